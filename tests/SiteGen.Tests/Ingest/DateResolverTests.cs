using SiteGen.Content;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Every date form, resolved against the article's anchor (here Friday 15 August 2025, from the caption).</summary>
public sealed class DateResolverTests
{
    private const string Head = "Leaders shake hands in Geneva, Switzerland, on August 15, 2025. /AGENCY\nThe leaders met for talks behind closed doors.\n";

    [Theory]
    [InlineData(2025, 8, 15, 5, "", 2025, 8, 15)]     // the anchor's own weekday is the anchor
    [InlineData(2025, 8, 15, 1, "", 2025, 8, 11)]     // looking back: the previous Monday
    [InlineData(2025, 8, 15, 1, "future", 2025, 8, 18)] // looking ahead: the next Monday
    [InlineData(2025, 8, 15, 5, "next", 2025, 8, 22)]
    [InlineData(2025, 8, 15, 5, "last", 2025, 8, 8)]
    [InlineData(2025, 8, 17, 6, "", 2025, 8, 16)]
    public void ResolvesWeekdayFromAnchorDate(int y, int m, int d, int weekday, string how, int ey, int em, int ed)
    {
        var resolved = DateResolver.ResolveWeekday(new DateOnly(y, m, d), weekday, how is "next" or "last" ? how : "", how == "future");
        Assert.Equal(new DateOnly(ey, em, ed), resolved);
    }

    [Theory]
    [InlineData("The talks took place on Friday.", "2025-08-15", "happened")]
    [InlineData("She will travel to Washington on Monday.", "2025-08-18", "planned")]
    [InlineData("They last spoke on Monday.", "2025-08-11", "happened")]
    [InlineData("The accord was signed on August 1, 2025.", "2025-08-01", "happened")]
    [InlineData("The accord was signed on 1 August 2025.", "2025-08-01", "happened")]
    [InlineData("The accord was signed on Aug. 1, 2025.", "2025-08-01", "happened")]
    // Numeric dates, day first as most of the world writes them; month first only when the day cannot be a month.
    [InlineData("The accord was signed on 01.08.2025.", "2025-08-01", "happened")]
    [InlineData("The accord was signed on 1/8/2025 in Vienna.", "2025-08-01", "happened")]
    [InlineData("The accord was signed on 08/13/2025 in Vienna.", "2025-08-13", "happened")]
    [InlineData("Talks resumed on Aug. 12.", "2025-08-12", "happened")]
    [InlineData("Talks resumed on 12 August.", "2025-08-12", "happened")]
    [InlineData("It was their first meeting since 2019.", "2019", "happened")]
    [InlineData("In 2025 alone, they spoke five times.", "2025", "happened")]
    [InlineData("The plan was drawn up in March 2024.", "2024-03", "happened")]
    [InlineData("A follow-up round is scheduled for September 3, 2025.", "2025-09-03", "planned")]
    [InlineData("The leaders said the next meeting could take place in Moscow.", null, "proposed")]
    [InlineData("A second summit might be arranged in Vienna.", null, "proposed")]
    public void ExtractsEventFromDateForm(string sentence, string? date, string status)
    {
        var extraction = IngestTestSupport.Extract(Head + sentence);
        var e = Assert.Single(extraction.Events, e => e.Paragraph == 2);
        Assert.Equal(date, e.Date?.Iso);
        Assert.Equal(status, e.Status.ToString().ToLowerInvariant());
    }

    // A date in brackets right after another restates the same moment (another time zone, the weekday's date): one event,
    // on the date the reporter names, or on the bracket's when only it names one; "(and again on Monday)" is a second date.
    [Theory]
    [InlineData("The talks began just before 11am on Friday, local time (5am Saturday, Oslo time).", new[] { "2025-08-15" })]
    [InlineData("The talks began on Friday (August 15) in Geneva.", new[] { "2025-08-15" })]
    [InlineData("The talks began on Friday (15.08.2025) in Geneva.", new[] { "2025-08-15" })]
    [InlineData("The talks began on Tuesday (and went on again on Friday) in Geneva.", new[] { "2025-08-12", "2025-08-15" })]
    public void ADateInBracketsRestatesTheDateBeforeIt(string sentence, string[] dates)
    {
        var extraction = IngestTestSupport.Extract(Head + sentence);
        Assert.Equal(dates, extraction.Events.Where(e => e.Paragraph == 2).Select(e => e.Date?.Iso).Order());
    }

    [Theory]
    [InlineData("Their talks ended without a deal.")]
    [InlineData("The minister said Saturday that the talks had ended.")]
    [InlineData("The minister said on Friday, August 15, 2025, that the talks had ended.")]
    [InlineData("\"We met on Monday and again in 2019,\" she said.")]
    [InlineData("Hopes that future meetings would be productive remain.")]
    public void FindsNoEventWithoutDateOrProposal(string sentence)
    {
        var extraction = IngestTestSupport.Extract(Head + sentence);
        Assert.DoesNotContain(extraction.Events, e => e.Paragraph == 2);
    }

    [Fact]
    public void UsesTheCaptionDateAsAnchor()
    {
        var article = Assert.Single(IngestTestSupport.Extract(Head + "Nothing else happened.").Articles);
        Assert.Equal(new PartialDate(2025, 8, 15), article.Date);
    }

    [Fact]
    public void TakesTheAnchorFromAWireDatelineWithTheYearOfTheBody()
    {
        var extraction = IngestTestSupport.Extract(
            "WASHINGTON, Aug 15 (Wire) - U.S. Secretary of State Marco Rubio said on Friday he would meet his Chinese counterpart on Monday, weeks after talks on July 28, 2025.\n"
            + "\"We have a lot to discuss,\" Rubio told reporters.");
        var article = Assert.Single(extraction.Articles);
        Assert.Null(article.Caption);
        Assert.Equal("2025-08-15", article.Date?.Iso);
        Assert.Equal("Wire", article.Outlet);
        Assert.Equal(
            [("2025-08-18", EventStatus.Planned), ("2025-07-28", EventStatus.Happened)], // "said on Friday" is when it was said, not an event
            extraction.Events.Select(e => (e.Date?.Iso, e.Status)));
    }

    [Fact]
    public void LeavesWeekdaysUnresolvedWithoutAnchor()
    {
        var extraction = IngestTestSupport.Extract("The leaders met for talks behind closed doors.\nThe talks took place on Friday.");
        Assert.Empty(extraction.Events);
        Assert.Null(extraction.Articles[0].Date);
    }
}
