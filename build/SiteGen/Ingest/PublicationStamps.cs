using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>
/// Tells a publication stamp from body text: page furniture above or below a story that says when the page came out
/// ("Published: August 19, 2025 10:30 GMT", "Tuesday, August 19, 2025", "Lyon, August 16 | Updated 10:30"), which dates
/// the article instead of becoming a paragraph or an event.
/// </summary>
/// <remarks>
/// Three shapes, tried in order: a stamp word or a date with a clock time, whatever follows (the regex); a date line
/// alone under the headline with a year the resolver reads; and a short line of a date with only stamp words, times and
/// names besides it (the token rule). The date-only line is nearly a case of the token rule, but not quite: the regex
/// takes any word of three to nine letters before the date, the token rule only names, stamp words and weekdays.
/// </remarks>
internal sealed partial class PublicationStamps(WordLists words, DateResolver dates)
{
    [GeneratedRegex(@"^(?:(?:Published|Updated|Posted)(?:\s+on)?\s*:?\s+.{0,60}\d{4}.{0,20}|(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4})\W{0,3}\d{1,2}[:.]\d{2}.{0,50})$", RegexOptions.IgnoreCase)]
    private static partial Regex TimestampLine();

    [GeneratedRegex(@"^(?:\p{L}{3,9},?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4})$")]
    private static partial Regex DateOnlyLine();

    /// <summary>
    /// Whether the line is a publication stamp: null for any other line; true for a stamp with a year, which says when the
    /// page came out; false for one without ("Lyon, August 16"), which only repeats the day.
    /// </summary>
    public bool? Read(string line)
    {
        // A date line under the headline ("August 19, 2025") is when the page was published, not body text.
        if (TimestampLine().IsMatch(line) || DateOnlyLine().IsMatch(line) && dates.Find(new ParagraphText(line, words), new ParagraphText(line, words).Sentences[0], anchor: null).Any(d => d.HasYear))
        {
            return true;
        }
        // "Publication date: 30.10.2025 09:43": a short label, a colon, then only a date and a time, whatever the label says.
        // A speaker's label ("ROE: ...") is in capitals and says a sentence; a stamp's label is in lower case and says none.
        if (LabelledDate().Match(line) is { Success: true } labelled && labelled.Groups["label"].Value.Any(char.IsLower) && !".!?".Contains(line[^1], StringComparison.Ordinal)
            && DateStamp(labelled.Groups["stamp"].Value) is { } stamp) return stamp;
        return DateStamp(line);
    }

    [GeneratedRegex(@"^(?:[\p{Ll}\d-]+\.)+\p{Ll}{2,6}$")]
    private static partial Regex SiteAddress();

    [GeneratedRegex(@"^(?<label>[\p{L} ]{2,30}):\s*(?<stamp>\S.{4,60})$")]
    private static partial Regex LabelledDate();

    /// <summary>
    /// Whether a line is a date stamp, not a sentence: short, holding a date, and besides it only stamp words ("Updated",
    /// "GMT"), times, capitalised names (an outlet, a place, a social handle's owner) and punctuation. Returns whether the
    /// stamp has a year, or null for any other line.
    /// </summary>
    private bool? DateStamp(string line)
    {
        if (line.Length > 120) return null;
        var text = new ParagraphText(line, words);
        if (text.Sentences.Count != 1 || text.Quotes.Count > 0) return null;
        var found = dates.Find(text, text.Sentences[0], anchor: null);
        if (found.Count == 0) return null;
        var outside = text.Tokens.Where(t => !found.Any(d => t.Start >= d.Start && t.End <= d.End)).ToList();
        if (outside.Count > 8) return null;
        foreach (var t in outside)
        {
            // "example.com -- Friday, August 15, 2025, 9:28 AM": a site's address stands where an outlet's name would.
            if (t.Capitalised || char.IsDigit(t.Text[0]) || words.StampWords.Contains(t.Lower) || words.Weekdays.ContainsKey(t.Lower) || words.Months.ContainsKey(t.Lower)
                || SiteAddress().IsMatch(t.Text)) continue;
            return null;
        }
        // A caption or a heading that is all names and a date ("Presidents Roe and Doe, Lisbon, May 9, 2025") keeps its place.
        if (outside.Count(t => t.Capitalised && !words.StampWords.Contains(t.Lower)) > 4) return null;
        return found.Any(d => d.HasYear);
    }
}
