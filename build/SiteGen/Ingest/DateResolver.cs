using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>A date expression found in a sentence, resolved to a calendar date at the precision the text gives.</summary>
internal sealed record DateMention(int Start, int End, PartialDate Date, bool HasYear, bool Relative, string Text)
{
    /// <summary>A day or year counted from the article's own ("yesterday", "next year"), not named.</summary>
    public bool Counted { get; init; }
}

/// <summary>
/// The day relative dates are read against. A caption's date is when the photo was taken: the article came out that day
/// or later, so a date after it is not thereby still ahead (<see cref="IsLowerBound"/>).
/// </summary>
internal sealed record DateAnchor(PartialDate Date, bool IsLowerBound);

/// <summary>Finds absolute dates ("August 15, 2025", "15 Aug 2025", "May 2024", "since 2019") and weekdays resolved against the article's anchor date.</summary>
internal sealed partial class DateResolver(WordLists words)
{
    [GeneratedRegex(@"\b(?<month>\p{L}{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?\b")]
    private static partial Regex MonthDayYear();

    // "25/06/2025", "14.08.2025": day first, as most of the world writes it; "06/25/2025" only when the day cannot be a month.
    [GeneratedRegex(@"(?<![\d./])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<year>(?:19|20)\d{2})(?![\d./]\d)")]
    private static partial Regex NumericDate();

    // "2025-10-26": the ISO order that page stamps and feeds print.
    [GeneratedRegex(@"(?<![\d\-])(?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})(?![\d\-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}{3,9})\.?,?\s+(?<year>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}{3,9})\b(?!\.?,?\s+\d)")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,9})\.?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|by|until|since|from|during|early|late|mid-?)\s+(?<month>\p{Lu}\p{Ll}{2,8})\b(?!\.?\s+\d)")]
    private static partial Regex PrepositionMonth();

    [GeneratedRegex(@"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?<qualifier>(?:on|last|next|this|coming|early|late)\s+)?(?<weekday>\p{L}{3,9})\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:the|his|her|its|their|\p{L}+['’]s)\s+(?<year>(?:1[6-9]|20)\d{2})\s+(?<noun>\p{Ll}+)\b")]
    private static partial Regex YearBeforeNoun();

    [GeneratedRegex(@"\b(?<prep>\p{L}+)\s+(?:the\s+(?:year\s+)?)?(?<year>(?:1[6-9]|20)\d{2})\b(?!\s*[-/]\d)")]
    private static partial Regex PrepositionYear();

    /// <summary>The anchor of an article: the caption's date, else a wire dateline's day, else the published line's date, else the body's first full date (outside quotes).</summary>
    public DateAnchor? FindAnchor(string? caption, IEnumerable<ParagraphText> body, string? published = null, string? datelineDate = null)
    {
        if (caption is not null && FirstFullDate([new ParagraphText(caption, words)]) is { } captioned) return new DateAnchor(captioned, IsLowerBound: true);
        return FindPublished(body, published, datelineDate) is { } date ? new DateAnchor(date, IsLowerBound: false) : null;
    }

    private PartialDate? FindPublished(IEnumerable<ParagraphText> body, string? published, string? datelineDate)
    {
        var publishedDate = published is null ? null : FirstFullDate([new ParagraphText(published, words)]);
        var bodyDate = BodyDate(body);
        // A wire dateline names the day of the news but not the year: take it from the published line or the body.
        if (datelineDate is not null && (publishedDate ?? bodyDate) is { } withYear)
        {
            var dateline = new ParagraphText(datelineDate + ", " + withYear.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), words);
            if (FirstFullDate([dateline]) is { } fromDateline) return fromDateline;
        }
        return publishedDate ?? bodyDate;
    }

    /// <summary>
    /// The body's first full date, as the day the article speaks from. An article cannot predate a year it reports as
    /// past: when the first date is older than one ("Born on March 6, 1909, ... founded the party in 1951"), it is a
    /// date of history, and the body gives no anchor.
    /// </summary>
    private PartialDate? BodyDate(IEnumerable<ParagraphText> body)
    {
        PartialDate? first = null;
        var latestPastYear = 0;
        foreach (var text in body)
        {
            foreach (var sentence in text.Sentences)
            {
                var ahead = IsFuture(text.Masked[sentence.Start..sentence.End]);
                foreach (var date in Find(text, sentence, anchor: null).Where(d => d.HasYear))
                {
                    if (date.Date.Precision == DatePrecision.Day) first ??= date.Date;
                    if (!ahead) latestPastYear = Math.Max(latestPastYear, date.Date.Year);
                }
            }
        }
        return first is { } f && f.Year < latestPastYear ? null : first;
    }

    private PartialDate? FirstFullDate(IEnumerable<ParagraphText> texts)
    {
        foreach (var text in texts)
        {
            foreach (var sentence in text.Sentences)
            {
                var full = Find(text, sentence, anchor: null).FirstOrDefault(d => d.HasYear && d.Date.Precision == DatePrecision.Day);
                if (full is not null) return full.Date;
            }
        }
        return null;
    }

    /// <summary>"next year" or "last year" right after a month ("in April next year"): the years it counts and where it ends, else (0, 0).</summary>
    private (int Offset, int End) RelativeYearAfter(string masked, int at)
    {
        var rest = masked[at..];
        var trimmed = rest.TrimStart(' ', ',');
        var parts = trimmed.Split(' ', 3);
        if (parts.Length < 2) return (0, 0);
        var phrase = parts[0].ToLowerInvariant() + " " + parts[1].TrimEnd('.', ',', ';').ToLowerInvariant();
        if (!words.RelativeYears.TryGetValue(phrase, out var offset)) return (0, 0);
        return (offset, at + (rest.Length - trimmed.Length) + parts[0].Length + 1 + parts[1].TrimEnd('.', ',', ';').Length);
    }

    /// <summary>Every date expression in a sentence, left to right; relative ones need an anchor and are skipped without one.</summary>
    /// <paramref name="anchorIsDay"/>: the anchor is the article's own day (not a caption's), so "yesterday" and "tomorrow" count from it.
    public IReadOnlyList<DateMention> Find(ParagraphText text, Sentence sentence, PartialDate? anchor, bool anchorIsDay = false)
    {
        var found = new List<DateMention>();
        var masked = text.Masked[sentence.Start..sentence.End];

        bool Free(int s, int e) => !found.Any(f => s < f.End && e > f.Start);
        void Add(int s, int e, PartialDate date, bool hasYear, bool relative, bool counted = false)
        {
            s += sentence.Start;
            e += sentence.Start;
            if (Free(s, e)) found.Add(new DateMention(s, e, date, hasYear, relative, text.Original[s..e]) { Counted = counted });
        }

        foreach (Match m in NumericDate().Matches(masked))
        {
            var first = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var (day, month) = second <= 12 ? (first, second) : m.Groups["sep"].Value == "/" && first <= 12 ? (second, first) : (0, 0);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)) Add(m.Index, m.Index + m.Length, new PartialDate(year, month, day), true, false);
        }
        foreach (Match m in IsoDate().Matches(masked))
        {
            var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)) Add(m.Index, m.Index + m.Length, new PartialDate(year, month, day), true, false);
        }
        foreach (Match m in DayMonthYear().Matches(masked))
        {
            if (Month(m) is { } month && Day(m, month, out var day)) Add(m.Index, m.Index + m.Length, new PartialDate(Year(m), month, day), true, false);
        }
        foreach (Match m in MonthDayYear().Matches(masked))
        {
            if (Month(m) is not { } month) continue;
            var hasYear = m.Groups["year"].Success;
            var year = hasYear ? Year(m) : anchor?.Year ?? 0;
            if (year == 0) continue;
            if (!Day(m, month, out var day, year)) continue;
            Add(m.Index, m.Index + m.Length, new PartialDate(year, month, day), hasYear, !hasYear);
        }
        if (anchor is { } dayAnchor)
        {
            // "on 16 August" (British order, no year): the anchor's year.
            foreach (Match m in DayMonth().Matches(masked))
            {
                if (Month(m) is { } month && Day(m, month, out var day, dayAnchor.Year)) Add(m.Index, m.Index + m.Length, new PartialDate(dayAnchor.Year, month, day), false, true);
            }
        }
        foreach (Match m in MonthYear().Matches(masked))
        {
            // "May 0000" names no year the content format can hold.
            if (Month(m) is { } month && Year(m) >= 1) Add(m.Index, m.Index + m.Length, new PartialDate(Year(m), month), true, false);
        }
        foreach (Match m in PrepositionYear().Matches(masked))
        {
            if (!words.YearPrepositions.Contains(m.Groups["prep"].Value.ToLowerInvariant())) continue;
            var g = m.Groups["year"];
            Add(g.Index, g.Index + g.Length, new PartialDate(int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)), true, false);
        }
        // "Norway's 2014 referendum", "his 2022 invasion", "the 2019 summit": a year that dates the happening it qualifies.
        foreach (Match m in YearBeforeNoun().Matches(masked))
        {
            var noun = m.Groups["noun"].Value;
            if (!words.HistoryNouns.Contains(noun) && !words.EventNouns.Contains(noun)) continue;
            var g = m.Groups["year"];
            Add(g.Index, g.Index + g.Length, new PartialDate(int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)), true, false);
        }
        if (anchor is { } anchorYear)
        {
            // "in April" without a year: the anchor's year; "in April next year": the year it counts to.
            foreach (Match m in PrepositionMonth().Matches(masked))
            {
                if (Month(m) is { } month && RelativeYearAfter(masked, m.Groups["month"].Index + m.Groups["month"].Length) is var (offset, end) && end > 0)
                {
                    Add(m.Groups["month"].Index, end, new PartialDate(anchorYear.Year + offset, month), true, true);
                    continue;
                }
                if (Month(m) is { } month2) Add(m.Groups["month"].Index, m.Groups["month"].Index + m.Groups["month"].Length, new PartialDate(anchorYear.Year, month2), false, true);
            }
        }
        // A weekday lies up to a week either side of the anchor: an anchor in the calendar's first or last week
        // ("January 1, 0001") has no such day on one side, so weekdays are left unresolved there.
        if (anchor is { Precision: DatePrecision.Day } a && new DateOnly(a.Year, a.Month, a.Day) is var anchorDate
            && anchorDate.DayNumber >= 7 && anchorDate.DayNumber <= DateOnly.MaxValue.DayNumber - 7)
        {
            foreach (Match m in Weekday().Matches(masked))
            {
                var name = m.Groups["weekday"].Value;
                if (!char.IsUpper(name[0]) || !words.Weekdays.TryGetValue(name.ToLowerInvariant(), out var weekday)) continue;
                var qualifier = m.Groups["qualifier"].Value.Trim().ToLowerInvariant();
                var date = ResolveWeekday(anchorDate, weekday, qualifier, IsFuture(masked) || WillsToMeet(masked));
                var start = m.Groups["qualifier"].Success && qualifier != "on" ? m.Index : m.Groups["weekday"].Index;
                Add(start, m.Groups["weekday"].Index + name.Length, PartialDate.FromDate(date), true, true);
            }
        }
        if (anchor is { } thisYear && thisYear.Year > 1 && thisYear.Year < 9999)
        {
            // "last year's summit", "next year": a year counted from the article's.
            var tokens = sentence.Tokens;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!words.RelativeYears.TryGetValue(tokens[i].Lower + " " + tokens[i + 1].Lower, out var offset)) continue;
                Add(tokens[i].Start - sentence.Start, tokens[i + 1].End - sentence.Start, new PartialDate(thisYear.Year + offset), true, true, counted: true);
                i++;
            }
        }
        if (anchorIsDay && anchor is { Precision: DatePrecision.Day } today && today.Year > 1 && today.Year < 9999)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                // The longest phrase wins: "later in the day", "last night", "today".
                var end = -1;
                var offset = 0;
                for (var n = Math.Min(MaxRelativeDayWords, tokens.Count - i); n >= 1 && end < 0; n--)
                {
                    if (words.RelativeDays.TryGetValue(string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Lower)), out offset)) end = i + n - 1;
                }
                if (end < 0) continue;
                // "USA Today", "Radio Free Europe": after a capitalised word, a capitalised one is part of a name.
                if (tokens[i].Capitalised && i > 0 && tokens[i - 1].Capitalised && text.Masked[tokens[i - 1].End..tokens[i].Start] == " ") continue;
                var date = new DateOnly(today.Year, today.Month, today.Day).AddDays(offset);
                Add(tokens[i].Start - sentence.Start, tokens[end].End - sentence.Start, PartialDate.FromDate(date), true, true, counted: true);
                i = end;
            }
        }
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return WithoutRestatements(text, found);
    }

    /// <summary>
    /// "at 11am on Friday, local time (5am Saturday, Oslo time)", "on Wednesday (June 25)": a date in brackets right after
    /// another restates the same moment (another time zone, or the weekday's date), so the two are one date: the named
    /// one when only one is named, else the first.
    /// </summary>
    private static List<DateMention> WithoutRestatements(ParagraphText text, List<DateMention> found)
    {
        for (var i = found.Count - 1; i >= 1; i--)
        {
            var (before, inside) = (found[i - 1], found[i]);
            var between = text.Masked[before.End..inside.Start];
            var open = between.LastIndexOf('(');
            if (open < 0 || between.IndexOf(')', open) >= 0) continue;
            // "(5am Saturday", "(June 25": the bracket opens on the date, or on a clock time and the date; "(and again on
            // Friday)" is another date.
            if (between[(open + 1)..].Trim() is { Length: > 0 } lead && !ClockTime().IsMatch(lead)) continue;
            var after = text.Masked[inside.End..Math.Min(text.Original.Length, inside.End + 40)];
            if (after.IndexOf(')') is var close && (close < 0 || after.IndexOf('(') is >= 0 and var reopen && reopen < close)) continue;
            // Only a short aside ("local time", a clock time) may stand between the date and its restatement.
            if (open > 30 || between[..open].IndexOfAny(['.', ';', '!', '?']) >= 0) continue;
            found.RemoveAt(before.Relative && !inside.Relative ? i - 1 : i);
        }
        return found;
    }

    /// <summary>
    /// The anchor's own weekday is the anchor; otherwise the next such day when the sentence looks ahead ("will meet on Monday"),
    /// the previous one when it looks back. "next" and "last" say so outright.
    /// </summary>
    public static DateOnly ResolveWeekday(DateOnly anchor, int weekday, string qualifier, bool future)
    {
        var anchorDay = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        var ahead = (weekday - anchorDay + 7) % 7;
        var back = (anchorDay - weekday + 7) % 7;
        return qualifier switch
        {
            "next" or "coming" => anchor.AddDays(ahead == 0 ? 7 : ahead),
            "last" => anchor.AddDays(-(back == 0 ? 7 : back)),
            _ when ahead == 0 => anchor,
            _ => future ? anchor.AddDays(ahead) : anchor.AddDays(-back),
        };
    }

    /// <summary>Whether a sentence speaks of something still ahead: a plan cue such as "will" or "is set to".</summary>
    /// <summary>
    /// Where the sentence names a day of a month the text gives no year for ("on Monday, 18 August" in an article with no
    /// date line): the offset of the first such day, or -1. Such a day fixes no date, but it still says when something is.
    /// </summary>
    public int UnresolvedDay(ParagraphText text, Sentence sentence)
    {
        var masked = text.Masked[sentence.Start..sentence.End];
        foreach (Match m in MonthDayYear().Matches(masked))
        {
            if (!m.Groups["year"].Success && Month(m) is not null) return sentence.Start + m.Index;
        }
        foreach (Match m in DayMonth().Matches(masked))
        {
            if (Month(m) is not null) return sentence.Start + m.Index;
        }
        return -1;
    }

    private const int MaxRelativeDayWords = 4;

    /// <summary>"has agreed to a meeting on Friday", "is ready to meet on Monday": the will to meet puts the day ahead.</summary>
    private bool WillsToMeet(string sentence)
    {
        var lower = " " + Regex.Replace(sentence.ToLowerInvariant(), @"[^\p{L}\p{Nd}' ]+", " ") + " ";
        return words.ReadinessWords.Any(cue => lower.Contains(" " + cue + " to ", StringComparison.Ordinal));
    }

    public bool IsFuture(string sentence)
    {
        var lower = " " + Regex.Replace(sentence.ToLowerInvariant(), @"[^\p{L}\p{Nd}' ]+", " ") + " ";
        return words.PlanCues.Any(cue => lower.Contains(" " + cue + " ", StringComparison.Ordinal));
    }

    private int? Month(Match m)
    {
        var name = m.Groups["month"].Value;
        if (!char.IsUpper(name[0])) return null;
        return words.Months.TryGetValue(name.ToLowerInvariant(), out var month) ? month : null;
    }

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Day(Match m, int month, out int day, int? year = null)
    {
        day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var y = year ?? Year(m);
        return y is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(y, month);
    }
}
