using System.Globalization;

namespace SiteGen.Content;

/// <summary>How much of a calendar date the reporting fixes.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A calendar date known to a year, a month or a day; never a moment, so no time zone can shift it.</summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>ISO 8601 at the date's own precision: "2019", "2025-08", "2025-08-15".</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", rejecting impossible dates.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1) return false;
        var month = 0;
        var day = 0;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)) return false;
        if (parts.Length == 3 && (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Orders by calendar position; a coarser date sorts before the finer dates inside it.</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c == 0) c = Month.CompareTo(other.Month);
        if (c == 0) c = Day.CompareTo(other.Day);
        return c;
    }

    public override string ToString() => Iso;
}
