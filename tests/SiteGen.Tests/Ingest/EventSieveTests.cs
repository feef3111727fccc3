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
        // A year that dates the happening it qualifies, after a possessive or "the".
        {
            "Governor Amal Haddad, isolated since his 2019 invasion of the islands, said little.",
            "2019", "2019", EventStatus.Happened
        },
        {
            "Mayor Lena Brandt recalled Ostland's 2014 annexation of the harbour.",
            "2014", "2014", EventStatus.Happened
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
        // A verb of commitment before an infinitive: what is promised is still ahead.
        {
            "Governor Amal Haddad vowed to meet Mayor Lena Brandt in Leeds on Friday.",
            "vowed to meet", null, EventStatus.Proposed
        },
        // A meeting arranged in the perfect, on a day the text gives no year for.
        {
            "Governor Amal Haddad and Mayor Lena Brandt have scheduled a meeting in Leeds on March 9.",
            "have scheduled a meeting", null, EventStatus.Proposed
        },
        // Arrangements or plans for a meeting float it.
        {
            "Minister Ruth Okafor said she had begun the arrangements for a Haddad-Brandt meeting.",
            "arrangements for a Haddad-Brandt meeting", null, EventStatus.Proposed
        },
        // An existential modal floats the event it introduces ("there could be a meeting", "there can be talks").
        {
            "Mayor Lena Brandt hopes that one day there can be a three-way meeting with Governor Amal Haddad.",
            "three-way meeting", null, EventStatus.Proposed
        },
        {
            "Minister Ruth Okafor said there might be talks between Governor Amal Haddad and Mayor Lena Brandt.",
            "there might be talks", null, EventStatus.Proposed
        },
        // A proposal noun with "of" before the meeting and its modifiers ("the possibility of a bilateral meeting").
        {
            "Officials see the possibility of a bilateral meeting between Governor Amal Haddad and Mayor Lena Brandt.",
            "possibility of a bilateral meeting", null, EventStatus.Proposed
        },
        {
            "Mayor Lena Brandt backed the idea of a three-way summit with Governor Amal Haddad and the port authority.",
            "idea of a three-way summit", null, EventStatus.Proposed
        },
        // A sequel meeting floated after a clause in the past tense ("there was a chance ..., but ... a second meeting").
        {
            "Mayor Lena Brandt said there was a slim chance of failure, but she could invite Governor Amal Haddad to Leeds for a subsequent, wider meeting.",
            "subsequent, wider meeting", null, EventStatus.Proposed
        },
        // When the words were said ("said on Tuesday") is no date of the meeting they float.
        {
            "Mayor Lena Brandt said on Tuesday that she has two towns in mind for a follow-up meeting with Governor Amal Haddad.",
            "follow-up meeting", null, EventStatus.Proposed
        },
        // The will to meet ("has agreed to a meeting", "is ready to meet") puts a weekday ahead, as a plan cue does.
        {
            "Harbour talks\nAugust 20, 2025\nMayor Lena Brandt has agreed to a meeting with Governor Amal Haddad in Leeds on Friday.",
            "on Friday", "2025-08-22", EventStatus.Planned
        },
        // A day counted from the article's own date line, beside a meeting or a visit.
        {
            "Harbour talks\nAugust 20, 2025\nMayor Lena Brandt prepares to meet Governor Amal Haddad in Leeds tomorrow.",
            "tomorrow", "2025-08-21", EventStatus.Planned
        },
        {
            "Harbour talks\nAugust 20, 2025\nMayor Lena Brandt met Governor Amal Haddad yesterday at the harbour.",
            "yesterday", "2025-08-19", EventStatus.Happened
        },
        {
            "Harbour talks\nAugust 20, 2025\nMayor Lena Brandt will host Governor Amal Haddad this evening.",
            "this evening", "2025-08-20", EventStatus.Planned
        },
        {
            "Harbour talks\nAugust 20, 2025\nThe ferry accord that Mayor Lena Brandt signed this afternoon takes effect at once.",
            "this afternoon", "2025-08-20", EventStatus.Happened
        },
        // A year counted from the article's: last year's has happened, next year's is ahead whatever the tense.
        {
            "Harbour talks\nAugust 20, 2025\nMayor Lena Brandt recalled last year's summit in Leeds with Governor Amal Haddad.",
            "last year", "2024", EventStatus.Happened
        },
        {
            "Harbour talks\nAugust 20, 2025\nNext year's summit with Governor Amal Haddad is in Leeds, Mayor Lena Brandt said.",
            "Next year", "2026", EventStatus.Planned
        },
        // Without a date line, "tomorrow" is still ahead but fixes no date.
        {
            "Mayor Lena Brandt prepares to meet Governor Amal Haddad in Leeds tomorrow.",
            "tomorrow", null, EventStatus.Proposed
        },
        // A month still ahead that has passed this year: the text does not say which year, so the plan stays undated.
        {
            "Ferry talks\nOctober 30, 2025\nMayor Lena Brandt said she will travel to Leeds in April to meet Governor Amal Haddad.",
            "travel to Leeds in April", null, EventStatus.Proposed
        },
        // A deadline ("by 2030") is a target, unless the article has already passed it.
        {
            "Ferry plan\nMayor Lena Brandt's council has agreed to replace every ferry by 2030.",
            "by 2030", "2030", EventStatus.Planned
        },
        {
            "Harbour news\nAugust 20, 2025\nMayor Lena Brandt had promised to replace every ferry by 2020.",
            "by 2020", "2020", EventStatus.Happened
        },
        // A day still ahead in an article that gives no year anywhere: in the offing, undated.
        {
            "Harbour news\nMayor Lena Brandt will meet Governor Amal Haddad in Leeds on Monday, 18 August.",
            "18 August", null, EventStatus.Proposed
        },
        {
            "Harbour news\nOn June 9, the Harbour Summit will open in Leeds with Mayor Lena Brandt as host.",
            "Harbour Summit", null, EventStatus.Proposed
        },
        // A sentence that names one year lends it to its days; a range is one happening, dated by its first day.
        {
            "Harbour news\nThe 2031 harbour summit will be held in Leeds from June 9 to June 11, Mayor Lena Brandt said.",
            "from June 9 to June 11", "2031-06-09", EventStatus.Planned
        },
        // A relative clause has its own tense: a plan cue before it does not make its date ahead.
        {
            "Harbour news\nMayor Lena Brandt warned there will be strikes if the dispute, which began with a walkout in 2019, goes on.",
            "2019", "2019", EventStatus.Happened
        },
        // A meeting still to come in the passive future ("will be held"), which is no past "held".
        {
            "The council hopes the next meeting between Mayor Lena Brandt and Governor Amal Haddad will be held in Leeds.",
            "next meeting", null, EventStatus.Proposed
        },
        // A date that opens its clause takes the tense of the words after it.
        {
            "Harbour plan\nAugust 20, 2025\nIn 2029, the council will review the ferry targets, Mayor Lena Brandt said.",
            "In 2029", "2029", EventStatus.Planned
        },
        {
            "Harbour plan\nAugust 20, 2025\nIn 2019, Mayor Lena Brandt said the port would grow.",
            "In 2019", "2019", EventStatus.Happened
        },
        // A month with a year counted from the article's ("in April next year").
        {
            "Harbour plan\nAugust 20, 2025\nMayor Lena Brandt confirmed plans to visit Leeds in April next year.",
            "April next year", "2026-04", EventStatus.Planned
        },
        // A modal governing a meeting verb with someone to meet: floated, not fixed.
        {
            "Governor Amal Haddad could soon meet Mayor Lena Brandt in Leeds, aides said.",
            "could soon meet", null, EventStatus.Proposed
        },
        // The will to meet ("ready to", "agreed to") floats a meeting.
        {
            "Mayor Lena Brandt is ready to meet with Governor Amal Haddad, but only once the budget is settled.",
            "ready to meet", null, EventStatus.Proposed
        },
        {
            "Governor Amal Haddad has agreed to visit Leeds at Mayor Lena Brandt's invitation.",
            "agreed to visit", null, EventStatus.Proposed
        },
        // A schedule cue after the noun, with a date the text gives no year for.
        {
            "Governor Amal Haddad has announced a long-awaited meeting with Mayor Lena Brandt scheduled for June 9 in Leeds.",
            "scheduled for June 9", null, EventStatus.Proposed
        },
        // A headline's or a deck's "to" straight after the names: a plan, whatever the article's date.
        {
            "Harbour leaders agree on a route\nPublished: 2 June 2025\n- Haddad and Brandt to hold reciprocal visits in 2026 amid harbour diplomacy.",
            "reciprocal visits", "2026", EventStatus.Planned
        },
        {
            "Harbour leaders agree on a route\nPublished: 2 June 2025\nMayors to meet in Leeds in September 2025, officials said.",
            "Mayors to meet", "2025-09", EventStatus.Planned
        },
        // "later in the day", "later today": on the article's day, still ahead of it.
        {
            "Ferry talks\nPublished: 2 June 2025\nMayor Lena Brandt is set to hold talks with Governor Amal Haddad of the northern province later in the day.",
            "later in the day", "2025-06-02", EventStatus.Planned
        },
        {
            "Ferry talks\nPublished: 2 June 2025\nMayor Lena Brandt will host Governor Amal Haddad for talks on the new ferry route later today.",
            "later today", "2025-06-02", EventStatus.Planned
        },
        // What a date after "since" names has happened, even in a sentence about a plan or a proposal, and even in an
        // article that gives no date of its own.
        {
            "Ferry talks\nGovernor Amal Haddad will visit Tarrow on a Friday, her first trip to the city since 2019.",
            "since 2019", "2019", EventStatus.Happened
        },
        {
            "Ferry talks\nThe proposed summit would be the first meeting of the two mayors since Governor Amal Haddad's visit to Leeds in June 2021.",
            "June 2021", "2021-06", EventStatus.Happened
        },
        // A date the article has passed, in a sentence that floats a proposal, is the past the proposal is measured against.
        {
            "Ferry talks\nPublished: 2 June 2025\nThe proposed meeting of Mayor Lena Brandt and Governor Amal Haddad would be their first after the talks of March 2024.",
            "March 2024", "2024-03", EventStatus.Happened
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
        // An existential modal before no event noun floats nothing.
        "Mayor Lena Brandt said there could be delays at the harbour.",
        // "potential" that qualifies no event.
        "Governor Amal Haddad sees Mayor Lena Brandt as a potential partner.",
        // A year before a noun that is no happening.
        "Mayor Lena Brandt said the 2024 figures were poor.",
        // A time ahead that follows no meeting word.
        "Mayor Lena Brandt said prices would fall next month.",
        // A modal or "ready to" before a verb that meets no one: "meet demand", "hold the line".
        "Mayor Lena Brandt said the new ferries could meet demand.",
        "Governor Amal Haddad said the port was ready to hold the line on fares.",
        // "Today" beside no meeting or visit is no event, even under a date line; "Radio Today" is a name.
        "Harbour news\nAugust 20, 2025\nToday almost every ferry in Tarrow runs on time, Mayor Lena Brandt said.",
        "Harbour news\nAugust 20, 2025\nMayor Lena Brandt told Radio Today that the ferry ran late.",
        // A quotation ends the plan cue's clause: the talks she describes are over.
        "Mayor Lena Brandt said she hopes the deal will open a \"new chapter for the port,\" describing the talks as \"calm.\"",
        // "As of" a date names the moment a statement holds for, not a happening.
        "As of August 11, 2025, reports from the port paint a calm picture, Mayor Lena Brandt said.",
        "Ferry fares were unchanged as at 1 March 2025, the harbour office said.",
    };

    // "... since early 2019" says where the dispute began; that year is no time frame for the sentence's other days, so a
    // meeting "on August 15" in an article that gives no year stays undated rather than being dated 2019.
    [Theory]
    [InlineData("The summit between Mayor Lena Brandt and Governor Amal Haddad will take place on August 15 and aims to end a dispute that has run since early 2019.")]
    [InlineData("Mayor Lena Brandt will meet Governor Amal Haddad on 15 August to end a row that has gone on since 2019.")]
    public void AYearAfterSinceLendsNoYearToTheSentencesDays(string sentence)
    {
        var events = Extract("Harbour news\n" + sentence).Events;
        Assert.DoesNotContain(events, e => e.Date?.Iso == "2019-08-15");
    }

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
    public void AnOldDateBeforeYearsTheArticleReportsAsPastIsNoAnchor()
    {
        // A sidebar biography gives the body's first full date; the article speaks of later years as past, so a weekday
        // cannot be counted from that day.
        var extraction = Extract("Port news\nThe harbour's founder was born on March 6, 1901, and opened the first quay in 1950.\nMayor Lena Brandt will meet Governor Amal Haddad on Friday.");
        Assert.DoesNotContain(extraction.Events, e => e.Date is { } d && d.Year == 1901 && d.Precision == DatePrecision.Day && e.Sentence.Contains("Friday", StringComparison.Ordinal));
        Assert.Null(Assert.Single(extraction.Articles).Date);
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
    public void AnIsoDateInAStampLineDatesTheArticle()
    {
        var extraction = Extract("Leaders meet in port city\nWorld 09:10 AM - 2025-10-26\nMayor Lena Brandt arrived in Tarrow on Sunday to attend the harbour summit.");
        Assert.Equal("2025-10-26", Assert.Single(extraction.Articles).Date?.Iso);
        var arrival = Assert.Single(extraction.Events);
        Assert.Equal(("2025-10-26", EventStatus.Happened), (arrival.Date?.Iso, arrival.Status));
    }

    [Fact]
    public void AWeekdayWithItsDateInBracketsIsOneDayAsPrinted()
    {
        var extraction = Extract("Leaders meet in port city\nPublished: October 31, 2025\nThe summit began at 10 a.m. on Wednesday (Oct. 29) at the port hall, Mayor Lena Brandt said.");
        var summit = Assert.Single(extraction.Events);
        Assert.Equal(("2025-10-29", EventStatus.Happened), (summit.Date?.Iso, summit.Status));
    }

    [Fact]
    public void AMeetingTwoPeopleFloatAgainIsOneProposal()
    {
        var extraction = Extract("Talks end\nMinister Ana Ruiz met Minister Tom Berg in Lyon.\nRuiz is ready to meet with Governor Ivo Marek, aides said.\nMarek said he could meet Ruiz once the budget is settled.");
        Assert.Single(extraction.Events, e => e.Date is null && e.Status == EventStatus.Proposed);
    }

    [Fact]
    public void MeetingsFloatedBetweenDifferentPeopleAreTwoProposals()
    {
        var extraction = Extract("Talks end\nMinister Ana Ruiz met Minister Tom Berg in Lyon.\nRuiz is ready to meet with Governor Ivo Marek, aides said.\nBerg said he could meet Mayor Pia Lund in the spring.");
        Assert.Equal(2, extraction.Events.Count(e => e.Date is null && e.Status == EventStatus.Proposed));
    }

    [Fact]
    public void APastMeetingCalledTheSecondIsNoProposal()
    {
        var extraction = IngestTestSupport.Extract("Talks end\nMinister Ana Ruiz met Minister Tom Berg in Lyon.\nIt was their second meeting with the envoy.");
        Assert.DoesNotContain(extraction.Events, e => e.Status == SiteGen.Content.EventStatus.Proposed);
    }
}
