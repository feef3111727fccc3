using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>Dates are calendar dates at the precision the reporting gives: parsed and ordered without any time zone.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2019", DatePrecision.Year, "2019")]
    [InlineData("2025-08", DatePrecision.Month, "2025-08")]
    [InlineData("2025-08-15", DatePrecision.Day, "2025-08-15")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29")]
    [InlineData(" 2025-01-01 ", DatePrecision.Day, "2025-01-01")]
    public void ParsesADateAtItsPrecision(string text, DatePrecision precision, string iso)
    {
        // How a date reads is the site language's (SiteStringsTests); the date itself is language-free.
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13")]
    [InlineData("2025-00-10")]
    [InlineData("25-08-15")]
    [InlineData("2025/08/15")]
    [InlineData("August 15, 2025")]
    [InlineData("2025-08-15T00:00:00Z")]
    [InlineData("")]
    public void RejectsWhatIsNotACalendarDate(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void OrdersACoarserDateBeforeTheDaysInsideIt()
    {
        string[] dates = ["2025-08-18", "2025", "2019", "2025-08", "2025-08-15"];
        var ordered = dates.Select(d => { PartialDate.TryParse(d, out var p); return p; }).Order().Select(p => p.Iso);
        Assert.Equal(["2019", "2025", "2025-08", "2025-08-15", "2025-08-18"], ordered);
    }
}
