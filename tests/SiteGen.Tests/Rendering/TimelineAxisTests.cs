using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The timeline's date axis: entries under year, month and day at their own precision, and where "now" stands.</summary>
public sealed class TimelineAxisTests
{
    private static PartialDate? D(string? iso) => iso is null ? null : PartialDate.TryParse(iso, out var d) ? d : throw new ArgumentException(iso);

    private static AxisGroups<string> Group(params (string? Date, string Entry)[] entries) => TimelineAxis.Group(entries.Select(e => (D(e.Date), e.Entry)));

    /// <summary>The axis as an outline, one line per heading or entry, indented by depth: easy to read in a failure.</summary>
    private static string Outline(AxisGroups<string> groups)
    {
        var lines = new List<string>();
        foreach (var year in groups.Years)
        {
            lines.Add($"{year.Year}");
            lines.AddRange(year.Entries.Select(e => "  " + e));
            foreach (var month in year.Months)
            {
                lines.Add("  " + TestStrings.English.Date(month.Date));
                lines.AddRange(month.Entries.Select(e => "    " + e));
                foreach (var day in month.Days)
                {
                    lines.Add("    " + TestStrings.English.Date(day.Date));
                    lines.AddRange(day.Entries.Select(e => "      " + e));
                }
            }
        }
        if (groups.Undated.Length > 0) lines.Add("Date not set");
        lines.AddRange(groups.Undated.Select(e => "  " + e));
        return string.Join("\n", lines);
    }

    [Fact]
    public void AnEntryKnownOnlyToAYearStandsUnderTheYearWithNoMonthOrDay()
    {
        var groups = Group(("2019", "last meeting"));
        Assert.Equal("2019\n  last meeting", Outline(groups));
    }

    [Fact]
    public void EachEntryStandsAtItsOwnPrecisionWithinItsYear()
    {
        var groups = Group(("2025", "five calls"), ("2025-08", "talks in August"), ("2025-08-15", "summit"));
        Assert.Equal("2025\n  five calls\n  August 2025\n    talks in August\n    15 August 2025\n      summit", Outline(groups));
    }

    [Fact]
    public void YearsMonthsAndDaysComeInCalendarOrderWhateverTheInputOrder()
    {
        var groups = Group(("2025-08-18", "Washington"), ("2024-12-01", "December"), ("2025-03-02", "March"), ("2025-08-15", "Anchorage"));
        Assert.Equal(
            "2024\n  December 2024\n    1 December 2024\n      December\n" +
            "2025\n  March 2025\n    2 March 2025\n      March\n  August 2025\n    15 August 2025\n      Anchorage\n    18 August 2025\n      Washington",
            Outline(groups));
    }

    [Fact]
    public void EntriesOnTheSameDayShareOneHeadingInTheOrderGiven()
    {
        var groups = Group(("2025-08-15", "arrival"), ("2025-08-15", "talks"), ("2025-08-15", "press conference"));
        var day = Assert.Single(Assert.Single(Assert.Single(groups.Years).Months).Days);
        Assert.Equal(["arrival", "talks", "press conference"], day.Entries.ToArray());
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void APlannedEntryWithNoExactDayStandsUnderItsMonthAndUndatedOnesComeLast()
    {
        var groups = Group((null, "a meeting in Moscow"), ("2025-09", "a meeting in September"), (null, "a trilateral"), ("2025-09-02", "a call"));
        Assert.Equal("2025\n  September 2025\n    a meeting in September\n    2 September 2025\n      a call\nDate not set\n  a meeting in Moscow\n  a trilateral", Outline(groups));
        Assert.Equal(4, groups.Count);
    }

    [Fact]
    public void NoEntriesMakeAnEmptyAxis()
    {
        var groups = Group();
        Assert.Empty(groups.Years);
        Assert.Empty(groups.Undated);
        Assert.Equal(0, groups.Count);
    }

    private static SiteInfo Site(string? asOf) =>
        new("t", "d", "en", SiteUrls.From("https://example.org/"), "p", default) { AsOf = D(asOf) };

    [Fact]
    public void NowIsTheEditorsAsOfDateWhenSiteYamlSetsIt()
    {
        var now = TimelineAxis.NowOf(Site("2025-08-20"), [D("2025-08-16"), D("2025-09-01")]);
        Assert.Equal(new TimelineNow(D("2025-08-20"), TimelineNowBasis.AsOf), now);
    }

    [Fact]
    public void WithoutAsOfNowIsTheLatestArticlesDateNeverTheClock()
    {
        var now = TimelineAxis.NowOf(Site(null), [D("2025-08-15"), null, D("2025-08-16"), D("2025-08")]);
        Assert.Equal(new TimelineNow(D("2025-08-16"), TimelineNowBasis.LatestArticle), now);
    }

    [Fact]
    public void WithNoDatesAtAllNowIsUndated()
    {
        Assert.Equal(new TimelineNow(null, TimelineNowBasis.Undated), TimelineAxis.NowOf(Site(null), [null]));
    }

    [Theory]
    [InlineData(EventStatus.Happened, false)]
    [InlineData(EventStatus.Planned, true)]
    [InlineData(EventStatus.Proposed, true)]
    public void EverythingNotReportedAsHappenedStandsAfterTheNowLine(EventStatus status, bool ahead) =>
        Assert.Equal(ahead, TimelineAxis.IsAhead(status));

    [Theory]
    [InlineData(EventStatus.Planned, "2025-08-10", "2025-08-15", true)]
    [InlineData(EventStatus.Planned, "2025-08-15", "2025-08-15", false)]
    [InlineData(EventStatus.Planned, "2025-07", "2025-08-15", true)]
    [InlineData(EventStatus.Planned, "2025-08", "2025-08-15", false)]
    [InlineData(EventStatus.Proposed, "2024", "2025-08-15", true)]
    [InlineData(EventStatus.Planned, "2025", "2025-08", false)]
    [InlineData(EventStatus.Planned, "2025-08-20", "2025-08", false)]
    [InlineData(EventStatus.Happened, "2025-07", "2025-08-15", false)]
    [InlineData(EventStatus.Planned, null, "2025-08-15", false)]
    [InlineData(EventStatus.Planned, "2025-07", null, false)]
    public void APlanIsOverdueOnlyWhenItsWholeDateIsBeforeNow(EventStatus status, string? date, string? now, bool overdue) =>
        Assert.Equal(overdue, TimelineAxis.IsOverdue(status, D(date), D(now)));

    [Fact]
    public void AnExcerptIsCutAtAWordWithAnEllipsisAndQuoted()
    {
        var (quoted, holds) = TimelinePage.Excerpt("The mayors talked for six hours about the harbour quotas and left without a date", 40);
        Assert.Equal("\u201CThe mayors talked for six hours about\u2026\u201D", quoted);
        Assert.False(holds);
    }

    [Fact]
    public void AnExcerptCutAfterASentenceNeedsNoEllipsis()
    {
        var (quoted, _) = TimelinePage.Excerpt("They met. Then they talked about the quotas for a long time.", 12);
        Assert.Equal("\u201CThey met.\u201D", quoted);
    }

    [Fact]
    public void AnExcerptStartsWhereTheEntrysOwnTextStandsInTheParagraph()
    {
        var (quoted, holds) = TimelinePage.Excerpt("Talks went on. \"We will meet again,\" Lopez said of Northtown.", 160, "\"We will meet again,\" Lopez said of Northtown.");
        Assert.Equal("\u201C\u2026\u2018We will meet again,\u2019 Lopez said of Northtown.\u201D", quoted);
        Assert.True(holds);
    }
}
