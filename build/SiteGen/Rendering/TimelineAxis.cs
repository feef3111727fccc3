using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>Entries of one day, under that day's heading.</summary>
public sealed record AxisDay<T>(PartialDate Date, ImmutableArray<T> Entries);

/// <summary>Entries known only to a month, then the days of that month that have entries.</summary>
public sealed record AxisMonth<T>(PartialDate Date, ImmutableArray<T> Entries, ImmutableArray<AxisDay<T>> Days);

/// <summary>Entries known only to a year, then the months of that year that have entries.</summary>
public sealed record AxisYear<T>(int Year, ImmutableArray<T> Entries, ImmutableArray<AxisMonth<T>> Months);

/// <summary>One side of the "now" line as a date axis: years in order, and the entries with no date at the end.</summary>
public sealed record AxisGroups<T>(ImmutableArray<AxisYear<T>> Years, ImmutableArray<T> Undated)
{
    public int Count => Undated.Length + Years.Sum(y => y.Entries.Length + y.Months.Sum(m => m.Entries.Length + m.Days.Sum(d => d.Entries.Length)));
}

/// <summary>Where the timeline's "now" line stands, and why there: an editor's <c>as_of</c> or the latest report.</summary>
public sealed record TimelineNow(PartialDate? Date, TimelineNowBasis Basis);

public enum TimelineNowBasis
{
    /// <summary>site.yaml's <c>as_of</c>.</summary>
    AsOf,

    /// <summary>The date of the newest source article: the site knows nothing later than its latest report.</summary>
    LatestArticle,

    /// <summary>No article has a date either: the line still divides what happened from what is ahead, undated.</summary>
    Undated,
}

/// <summary>
/// The timeline's date axis, as TimelineJS draws it but in headings: each entry goes under the year, month or day its
/// date is known to, and a "now" line divides what happened from what is planned or proposed.
/// </summary>
public static class TimelineAxis
{
    /// <summary>
    /// "Now" comes from content, never the clock, so a build is the same on any day: site.yaml's <c>as_of</c> when an
    /// editor sets it, otherwise the date of the latest source article.
    /// </summary>
    public static TimelineNow NowOf(SiteInfo site, IEnumerable<PartialDate?> articleDates) =>
        site.AsOf is { } asOf ? new TimelineNow(asOf, TimelineNowBasis.AsOf)
        : articleDates.Where(d => d is not null).Max() is { } latest ? new TimelineNow(latest, TimelineNowBasis.LatestArticle)
        : new TimelineNow(null, TimelineNowBasis.Undated);

    /// <summary>Whether an entry stands after the "now" line: anything not reported as having happened is ahead, whatever its date.</summary>
    public static bool IsAhead(EventStatus status) => status != EventStatus.Happened;

    /// <summary>
    /// Whether a planned or proposed date is wholly past "now" (the whole of August 2025 before 1 September): the
    /// entry is then marked as not reported to have happened. A date that overlaps now is not overdue.
    /// </summary>
    public static bool IsOverdue(EventStatus status, PartialDate? date, PartialDate? now) =>
        IsAhead(status) && date is { } d && now is { } n && LastDay(d) < FirstDay(n);

    /// <summary>
    /// Groups entries under year, month and day at each entry's own precision, in calendar order; within a group
    /// entries keep the order given (sort them first), and undated entries come last.
    /// </summary>
    public static AxisGroups<T> Group<T>(IEnumerable<(PartialDate? Date, T Entry)> entries)
    {
        var list = entries.ToList();
        var dated = list.Where(e => e.Date is not null).Select(e => (Date: e.Date!.Value, e.Entry)).ToList();
        var years = dated.GroupBy(e => e.Date.Year).OrderBy(g => g.Key).Select(year => new AxisYear<T>(
            year.Key,
            [.. year.Where(e => e.Date.Precision == DatePrecision.Year).Select(e => e.Entry)],
            [.. year.Where(e => e.Date.Precision != DatePrecision.Year).GroupBy(e => e.Date.Month).OrderBy(g => g.Key).Select(month => new AxisMonth<T>(
                new PartialDate(year.Key, month.Key),
                [.. month.Where(e => e.Date.Precision == DatePrecision.Month).Select(e => e.Entry)],
                [.. month.Where(e => e.Date.Precision == DatePrecision.Day).GroupBy(e => e.Date.Day).OrderBy(g => g.Key)
                    .Select(day => new AxisDay<T>(new PartialDate(year.Key, month.Key, day.Key), [.. day.Select(e => e.Entry)]))]))]));
        return new AxisGroups<T>([.. years], [.. list.Where(e => e.Date is null).Select(e => e.Entry)]);
    }

    private static DateOnly FirstDay(PartialDate d) => new(d.Year, Math.Max(d.Month, 1), Math.Max(d.Day, 1));

    private static DateOnly LastDay(PartialDate d) => d.Precision switch
    {
        DatePrecision.Day => new DateOnly(d.Year, d.Month, d.Day),
        DatePrecision.Month => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
        _ => new DateOnly(d.Year, 12, 31),
    };
}
