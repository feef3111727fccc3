using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Each way reporters place an event in time, as an invented article: the date the timeline gets (at the precision
/// the text gives, or none) and whether it happened, is planned or is only in the offing. Written for these tests.
/// </summary>
public sealed class EventSieveTests
{
    public static TheoryData<string, string, string?, EventStatus> Events => new()
    {
        // A caption's day is when the photo was taken: a later day told in the past tense has happened.
        {
            "Ferry strike ends\nMayor Lena Brandt greets the crew at the harbour in Tarrow on May 3, 2024. (Photo by Jon Ide/Getty Images)\n\nThe morning of May 4 began with queues at the harbour, as Mayor Lena Brandt reopened the ferry terminal.",
            "The morning of May 4", "2024-05-04", EventStatus.Happened
        },
        // A year long past, with a preposition ("in 1867", "since 1791").
        {
            "Governor Amal Haddad said the harbour, which the city bought from the crown in 1791, would stay public.",
            "1791", "1791", EventStatus.Happened
        },
        // A proposal cue before the names that qualify the meeting noun.
        {
            "Minister Ruth Okafor confirmed a possible Haddad-Brandt meeting in Leeds within two weeks.",
            "Haddad-Brandt meeting", null, EventStatus.Proposed
        },
        {
            "The talks brought no progress toward a potential meeting between Governor Amal Haddad and Mayor Lena Brandt.",
            "potential meeting", null, EventStatus.Proposed
        },
        // A travel verb after a plan cue, with a weekday no date fixes.
        {
            "Mayor Lena Brandt is due to fly to Leeds on Tuesday to meet Governor Amal Haddad.",
            "fly to Leeds", null, EventStatus.Proposed
        },
        // A time still ahead that fixes no date, after the meeting verb.
        {
            "Governor Amal Haddad invited Mayor Lena Brandt to visit Leeds next month.",
            "visit Leeds next month", null, EventStatus.Proposed
        },
        {
            "Governor Amal Haddad wants to meet Mayor Lena Brandt in the coming weeks.",
            "in the coming weeks", null, EventStatus.Proposed
        },
        // A schedule cue after the noun, with a date the text gives no year for.
        {
            "Governor Amal Haddad has announced a long-awaited meeting with Mayor Lena Brandt scheduled for June 9 in Leeds.",
            "scheduled for June 9", null, EventStatus.Proposed
        },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void PlacesEachEventInTime(string article, string sentenceHolds, string? date, EventStatus status)
    {
        var extraction = Extract(article);
        var found = Assert.Single(extraction.Events, e => e.Sentence.Contains(sentenceHolds, StringComparison.Ordinal));
        Assert.Equal((date, status), (found.Date?.Iso, found.Status));
    }

    public static TheoryData<string> NotEvents => new()
    {
        // A modal after the noun says what the meeting would be, not that one is coming.
        "Governor Amal Haddad said she hoped future meetings with Mayor Lena Brandt would be friendly.",
        "Mayor Lena Brandt said the meeting would serve as a starting point.",
        // "potential" that qualifies no event.
        "Governor Amal Haddad sees Mayor Lena Brandt as a potential partner.",
        // A time ahead that follows no meeting word.
        "Mayor Lena Brandt said prices would fall next month.",
    };

    [Theory]
    [MemberData(nameof(NotEvents))]
    public void FindsNoEventInSentencesThatPlanNone(string article) => Assert.Empty(Extract(article).Events);

    [Fact]
    public void AnArticleDatedOnlyByItsCaptionIsDatedNoEarlierThanWhatItReportsAsDone()
    {
        var extraction = Extract("Ferry strike ends\nMayor Lena Brandt greets the crew in Tarrow on May 3, 2024. (Photo by Jon Ide/Getty Images)\n\nOn May 5, Mayor Lena Brandt reopened the ferry terminal.");
        Assert.Equal("2024-05-05", Assert.Single(extraction.Articles).Date?.Iso);
    }

    [Fact]
    public void AnArticleWithAPublishedLineKeepsItsDate()
    {
        var extraction = Extract("Ferry strike ends\nPublished: May 3, 2024\n\nThe morning of May 4 will begin with queues, Mayor Lena Brandt said.");
        Assert.Equal("2024-05-03", Assert.Single(extraction.Articles).Date?.Iso);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2024-05-04" && e.Status == EventStatus.Planned);
    }

    [Theory]
    [InlineData("Minister Ana Ruiz agreed to a follow-up meeting with the Ruritanian president.")]
    [InlineData("Minister Ana Ruiz said further talks with Minister Tom Berg would be needed.")]
    [InlineData("Minister Ana Ruiz is keen on another summit with Minister Tom Berg.")]
    public void AMeetingNamedAsOneStillToComeIsProposedUndated(string sentence)
    {
        var extraction = IngestTestSupport.Extract("Talks end\nMinister Ana Ruiz met Minister Tom Berg in Lyon.\n" + sentence);
        Assert.Contains(extraction.Events, e => e.Date is null && e.Status == SiteGen.Content.EventStatus.Proposed);
    }

    [Fact]
    public void APastMeetingCalledTheSecondIsNoProposal()
    {
        var extraction = IngestTestSupport.Extract("Talks end\nMinister Ana Ruiz met Minister Tom Berg in Lyon.\nIt was their second meeting with the envoy.");
        Assert.DoesNotContain(extraction.Events, e => e.Status == SiteGen.Content.EventStatus.Proposed);
    }
}
