using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// What an editor says about a seed in header lines at its top (<c>URL:</c>, <c>Outlet:</c>, <c>Date:</c>, <c>Byline:</c>,
/// <c>Language:</c>): facts that beat whatever ingest would read from the text. None is a paragraph.
/// </summary>
public sealed record SeedHeader(string? Url, string? Outlet, PartialDate? Date, string? Byline, string? Language)
{
    public static SeedHeader None { get; } = new(null, null, null, null, null);
}

/// <summary>
/// Reads the header lines of a seed: the leading lines of the form "Key: value" (blank lines between them allowed). Known
/// keys are taken out of the text (their lines left blank, so line numbers stay); any other "Key: value" line is text, as
/// is everything from the first line of another form on. A value that cannot be used is a warning at its place.
/// </summary>
public static partial class SeedHeaderReader
{
    [GeneratedRegex(@"^(?<key>\p{L}[\p{L} ]{0,24}?)\s*:\s*(?<value>.*?)\s*$")]
    private static partial Regex HeaderLine();

    // "2025-06-25", "2025-06-25T14:30:00+02:00", "2025-06-25 14:30".
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\p{Lu}{2,5})?)?$")]
    private static partial Regex IsoDate();

    // "25/06/2025", "25.06.2025", "25-06-2025": day first; month first ("06/25/2025") only when the day cannot be a month.
    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}+)\.?,?\s+(?<y>\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<month>\p{L}+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    // A time after the date: ", 14:30", " at 2:30 pm", " 14.30 CET", "T14:30".
    [GeneratedRegex(@"(?:,?\s+(?:at\s+)?|T)\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\(?\p{Lu}{2,5}\)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();

    // "Wednesday, " or "Wed " before the date (a weekday by ingest's word list, not a month).
    [GeneratedRegex(@"^(?<word>\p{L}{3,9})\.?,?\s+")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>The header of <paramref name="text"/> and the text without its header lines.</summary>
    public static (SeedHeader Header, string Text) Read(string text, string displayPath, DiagnosticBag bag)
    {
        string? url = null, outlet = null, byline = null, language = null;
        PartialDate? date = null;
        // The header lines ingest reads, left out of the text it returns (each line blanked, so line numbers hold). Lines are
        // cut out one at a time up to the first that is no header: splitting a seed into lines and joining it again copied
        // the whole seed twice.
        var read = new List<(int Start, int End)>();
        var next = 0;
        for (var i = 0; next >= 0; i++)
        {
            var start = next;
            var newline = text.IndexOf('\n', start);
            next = newline < 0 ? -1 : newline + 1;
            var end = newline < 0 ? text.Length : newline;
            var line = text[start..end];
            if (line.Trim().Length == 0) continue;
            if (HeaderLine().Match(line) is not { Success: true } m) break;
            var value = m.Groups["value"].Value;
            var at = SourceSpan.At(displayPath, i + 1, m.Groups["value"].Index + 1);
            var key = m.Groups["key"].Value.Trim().ToLowerInvariant();
            switch (key)
            {
                case "url":
                    if (LinkFilter.TryParse(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0) url = value;
                    else bag.Warning(DiagnosticCodes.SeedHeaderValue, at, $"'URL:' must be an http or https address, not '{Shorten(value)}'; the line is left out");
                    break;
                case "outlet":
                    outlet = NonEmpty(value);
                    break;
                case "byline":
                    byline = NonEmpty(value);
                    break;
                case "date":
                    date = ParseDate(value);
                    if (date is null)
                        bag.Warning(DiagnosticCodes.SeedHeaderValue, at, $"'Date:' is not a date ingest reads: '{Shorten(value)}'; write 2025-06-25, 25/06/2025, 25 June 2025 or June 25, 2025 (a time after it is allowed); the line is left out");
                    break;
                case "language":
                    if (LanguageTag().IsMatch(value)) language = value.ToLowerInvariant();
                    else bag.Warning(DiagnosticCodes.SeedHeaderValue, at, $"'Language:' must be a language tag such as en, fr or pt-BR, not '{Shorten(value)}'; the line is left out");
                    break;
                default:
                    // Not a header ingest knows ("Section: World"): the line is the article's text.
                    continue;
            }
            read.Add((start, end));
        }
        if (read.Count == 0) return (new SeedHeader(url, outlet, date, byline, language), text);
        var rest = new System.Text.StringBuilder(text.Length);
        var from = 0;
        foreach (var (start, end) in read)
        {
            rest.Append(text, from, start - from);
            from = end;
        }
        rest.Append(text, from, text.Length - from);
        return (new SeedHeader(url, outlet, date, byline, language), rest.ToString());
    }

    /// <summary>A date in any of the common forms, with or without a time (which is dropped: dates here are calendar days).</summary>
    public static PartialDate? ParseDate(string value)
    {
        var text = value.Trim();
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            return Day(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }
        if (PartialDate.TryParse(text, out var partial)) return partial;
        text = TrailingTime().Replace(text, "").Trim().TrimEnd(',');
        if (LeadingWord().Match(text) is { Success: true } lead && WordLists.Default.Weekdays.ContainsKey(lead.Groups["word"].Value.ToLowerInvariant())) text = text[lead.Length..];
        if (NumericDate().Match(text) is { Success: true } numeric)
        {
            var (a, b) = (Number(numeric, "a"), Number(numeric, "b"));
            return a > 12 || b <= 12 ? Day(Number(numeric, "y"), b, a) : Day(Number(numeric, "y"), a, b);
        }
        if (DayMonthYear().Match(text) is { Success: true } dmy && Month(dmy.Groups["month"].Value) is { } m1) return Day(Number(dmy, "y"), m1, Number(dmy, "d"));
        if (MonthDayYear().Match(text) is { Success: true } mdy && Month(mdy.Groups["month"].Value) is { } m2) return Day(Number(mdy, "y"), m2, Number(mdy, "d"));
        return null;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static PartialDate? Day(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;

    /// <summary>A month's name or its abbreviation, from ingest's word list ("June", "Jun", "Sept").</summary>
    private static int? Month(string name) => WordLists.Default.Months.TryGetValue(name.ToLowerInvariant().TrimEnd('.'), out var month) ? month : null;

    private static string? NonEmpty(string value) => value.Length == 0 ? null : value;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
