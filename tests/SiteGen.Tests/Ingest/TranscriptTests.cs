using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Transcripts and Q&amp;A: a labelled newsmaker's turn is their words, paragraph by paragraph, until the next label; askers,
/// hosts and datelines are not speakers. Invented transcripts.
/// </summary>
public sealed class TranscriptTests
{
    [Fact]
    public void ANameOverAShortQuotationIsASubheadingNotATurn()
    {
        // A contact line ("Email : ...") and a subheading that sums up what someone said are two "labels", but the lines
        // under the subheading are the reporter's: only the words in quotation marks are the mayor's.
        var extraction = Extract("""
            Mayor hails harbour deal
            Desk | Tarrow
            Email : desk@example.org
            Mayor Lena Brandt and Governor Amal Haddad signed the harbour deal on Friday.
            Brandt: “A Deal Long Overdue”
            Mayor Brandt opened her remarks by thanking the governor for hosting the signing.
            “It only makes sense that we signed here, by the water,” Brandt said.
            """);
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.Contains("opened her remarks", StringComparison.Ordinal));
        Assert.All(extraction.Quotes, q => Assert.Equal("Lena Brandt", q.Speaker.Name));
        Assert.Contains(extraction.Quotes, q => q.Text.StartsWith("It only makes sense", StringComparison.Ordinal));
    }

    [Fact]
    public void ATurnRunsOverEveryParagraphUntilTheNextLabelAndQuestionsAreNotQuotes()
    {
        var extraction = Extract("""
            Press conference on the water treaty
            SECRETARY ALVES: Good afternoon. Let me start with the treaty.
            We have worked on this for three years.
            QUESTION: Will the treaty be ratified this year?
            SECRETARY ALVES: I expect so. The votes are there.
            MR KOVACS: If I may add, the committee meets next month.
            Q: Thank you.
            """);
        Assert.Equal(
            [("Alves", "Good afternoon. Let me start with the treaty."), ("Alves", "We have worked on this for three years."),
             ("Alves", "I expect so. The votes are there."), ("Kovacs", "If I may add, the committee meets next month.")],
            extraction.Quotes.Select(q => (q.Speaker.Name, q.Text)));
        // A surname label is not a full name, and a line carrying the turn on is the previous speaker's: all await review.
        Assert.Equal([Attribution.Surname, Attribution.PreviousSpeaker, Attribution.Surname, Attribution.Surname], extraction.Quotes.Select(q => q.Attribution));
        Assert.Contains(extraction.People, p => p.Name == "Alves" && p.Role == "Secretary");
    }

    [Fact]
    public void AHostsBareNameLabelIsACreditAndAGuestsRoleMakesThemTheNewsmaker()
    {
        var extraction = Extract("""
            Interview: the trade minister on tariffs
            • Tom Hale:
            Welcome to the programme. Tariffs are back in the news.
            Jana Roe, Minister of Trade: Thank you. We will not raise them this year.
            • Tom Hale:
            And next year?
            Jana Roe, Minister of Trade: That depends on our partners.
            """);
        Assert.Equal(["Thank you. We will not raise them this year.", "That depends on our partners."], extraction.Quotes.Select(q => q.Text));
        Assert.All(extraction.Quotes, q => Assert.Equal(("Jana Roe", Attribution.Named), (q.Speaker.Name, q.Attribution)));
        Assert.Contains(extraction.People, p => p.Name == "Tom Hale" && p.Credit);
        // A host labelled on every turn is credited once.
        Assert.Equal("Tom Hale", Assert.Single(extraction.Articles).Reporter);
    }

    // Two people labelled by bare name, neither titled: whose turns ask questions is the interviewer, whose turns answer them
    // the newsmaker. The answerer's turns are quotes; the asker is credited.
    [Fact]
    public void InABareNamedInterviewTheOneWhoAnswersIsTheNewsmaker()
    {
        var extraction = Extract("""
            A long road to a ferry deal
            Ivo Marek: Many called last week's talks a failure. What is your view?
            Lena Brandt: I would not call them that. They were a first step, and first steps are slow.
            Ivo Marek: What comes next?
            Lena Brandt: More talks in the autumn.
            Both sides will need patience.
            Ivo Marek: Thank you.
            """);
        Assert.Equal(["I would not call them that. They were a first step, and first steps are slow.", "More talks in the autumn.", "Both sides will need patience."],
            extraction.Quotes.Select(q => q.Text));
        Assert.All(extraction.Quotes, q => Assert.Equal("Lena Brandt", q.Speaker.Name));
        Assert.Contains(extraction.People, p => p.Name == "Ivo Marek" && p.Credit);
    }

    // One person named bare, answering an unnamed asker ("Question:", "Q:"), is the newsmaker: their turns are quotes and
    // they are no credit, whether or not the page titles them anywhere.
    [Theory]
    [InlineData("Question")]
    [InlineData("Q")]
    public void OneBareNamedSpeakerAnsweringAnUnnamedAskerIsTheNewsmaker(string asker)
    {
        var extraction = Extract($"""
            Harbour chief on the ferry deal
            {asker}: Welcome. Will the ferries run this winter?
            Lena Brandt: They will. The contracts are signed.
            {asker}: And the fares?
            Lena Brandt: They stay as they are.
            """);
        Assert.Equal(["They will. The contracts are signed.", "They stay as they are."], extraction.Quotes.Select(q => q.Text));
        Assert.All(extraction.Quotes, q => Assert.Equal("Lena Brandt", q.Speaker.Name));
        Assert.DoesNotContain(extraction.People, p => p.Credit);
    }

    // A newsmaker's turn dates happenings as narration does: its events are the article's.
    [Fact]
    public void ANewsmakersTurnDatesEventsAsNarrationDoes()
    {
        var extraction = Extract("""
            Harbour chief on the ferry deal
            Question: When did the talks begin?
            Lena Brandt: We first met the ferry operators in Lyon in March 2023. They went well.
            Question: Thank you.
            """);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2023-03" && e.Status == EventStatus.Happened);
        Assert.Single(extraction.Quotes, q => q.Speaker.Name == "Lena Brandt");
    }

    // "The Harbour's Quiet Revival: a slow year": a possessive before the colon makes it a heading, not a speaker's label.
    [Fact]
    public void ALabelWithAPossessiveIsAHeadingNotASpeaker()
    {
        var extraction = Extract("""
            Ferries return
            Mayor Lena Brandt opened the new pier on Monday.
            The Harbour's Quiet Revival: A slow year for the port
            Ivo Marek: The fares rose again this week.
            Lena Brandt: They did, by four percent.
            """);
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("Revival", StringComparison.Ordinal));
    }

    // "President of Ruritania Ana Roe:": a title with its place after it, then the name, as official transcripts print a speaker.
    [Theory]
    [InlineData("President of Ruritania Ana Roe", "President of Ruritania")]
    [InlineData("Minister for Trade Ana Roe", "Minister for Trade")]
    public void ALabelWithATitleAndItsPlaceBeforeTheNameIsTheNewsmakers(string label, string role)
    {
        var extraction = Extract($"""
            Council meeting
            Transcripts /
            Address at the harbour council
            {label}: Friends, colleagues,
            The ferries will run all winter.
            """);
        Assert.Equal(["Friends, colleagues,", "The ferries will run all winter."], extraction.Quotes.Select(q => q.Text));
        Assert.All(extraction.Quotes, q => Assert.Equal("Ana Roe", q.Speaker.Name));
        Assert.Contains(extraction.People, p => p.Name == "Ana Roe" && p.Role == role);
    }

    // When neither asks, or both do, the turns say nothing about who is the newsmaker: bare-named turns stay unquoted.
    [Fact]
    public void TwoBareNamedSpeakersWhoBothAskOrBothAnswerStayUnquoted()
    {
        var extraction = Extract("""
            Podcast: the week in ferries
            Ivo Marek: The fares rose again this week.
            Lena Brandt: They did, by four percent.
            Ivo Marek: And the timetable changed too.
            Lena Brandt: It did.
            """);
        Assert.Empty(extraction.Quotes);
    }

    // "Main Takeaways:" alone over a bulleted list heads the list; it names no speaker, so with one other label on the page
    // there is no transcript, and no one is credited.
    [Theory]
    [InlineData("Main Takeaways:")]
    [InlineData("In Brief:")]
    [InlineData("What We Know:")]
    public void AListsHeadingIsNoSpeakersLabel(string heading)
    {
        var extraction = Extract($"""
            Port workers end strike after pay deal
            {heading}
            • The union accepted a four percent rise.
            • Ships will dock again on Tuesday
            Dock workers returned on Monday after a two-week strike over pay.
            Mo Baird: We got what we asked for.
            """);
        Assert.DoesNotContain(extraction.People, p => p.Name == heading.TrimEnd(':'));
    }

    // Related links printed as "Rising Fares Hit Commuters: Who Pays?" under a "Date:" field: labels, but no one speaks twice
    // and none has a title, so they are headings, and no one is credited as a host.
    [Fact]
    public void LabelsThatNeverTakeASecondTurnAreHeadings()
    {
        var extraction = Extract("""
            Port workers end strike after pay deal
            Date:
            Related stories
            Rising Fares Hit Commuters: Who Pays For The New Ferries?
            Ferry fares rose again this spring...
            Dock workers returned on Monday after a two-week strike over pay.
            "We got what we asked for," union leader Mo Baird said.
            """);
        Assert.Equal(["Mo Baird"], extraction.People.Select(p => p.Name));
    }

    // "LAGOS:  Dock workers ..." opening the story is its dateline, in capitals or not: no speaker, so one more label on the
    // page makes no transcript (and no host). A city that is also someone's family name in the story ("Ana Lagos") can still label a turn.
    [Theory]
    [InlineData("LAGOS:")]
    [InlineData("BRISBANE:")]
    [InlineData("Lagos:")]
    public void ACityDatelineIsNoSpeakersLabel(string dateline)
    {
        var extraction = Extract($"""
            Port workers end strike after pay deal
            {dateline}  Dock workers returned on Monday after a two-week strike over pay.
            Mo Baird: We got what we asked for.
            """);
        Assert.DoesNotContain(extraction.People, p => p.Name.Equals(dateline.TrimEnd(':'), StringComparison.OrdinalIgnoreCase));
        // Read as a transcript, the bare-named line would be a programme host's, and credited.
        Assert.DoesNotContain(extraction.People, p => p.Credit);
    }

    [Fact]
    public void ACityThatIsAlsoTheStorysFamilyNameStillLabelsATurn()
    {
        var extraction = Extract("""
            Interview: the harbour master on the strike
            Ana Lagos, the harbour master, spoke to us on Monday.
            Ivo Marek: Will the ships dock again?
            Lagos: They will, from Tuesday.
            """);
        Assert.Contains(extraction.Quotes, q => q.Text == "They will, from Tuesday." && q.Speaker.Name == "Ana Lagos");
    }

    [Theory]
    [InlineData("Harbour strike ends\nPORT ELLEN: Dock workers returned on Monday after a two-week strike.\n\"We got what we asked for,\" union leader Mo Baird said.")]
    [InlineData("Roe: the deal is close\nNews\nRoe: the deal is close\nThe minister spoke in Leeds on Monday.")]
    public void ADatelineOrARepeatedHeadlineIsNoTranscript(string article)
    {
        var extraction = Extract(article);
        Assert.DoesNotContain(extraction.People, p => p.Name is "Port Ellen" or "Roe");
        Assert.All(extraction.Quotes, q => Assert.NotEqual("Roe", q.Speaker.Name));
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.StartsWith("Dock workers", StringComparison.Ordinal) || q.Text.StartsWith("the deal", StringComparison.Ordinal));
    }

    [Fact]
    public void APageThatSaysItIsATranscriptTakesItsFirstTurnEvenAlone()
    {
        var extraction = Extract("""
            Transcript: harbour press conference
            Read the full transcript of Mayor Lena Holt's news conference on Thursday.
            HOLT: Thank you all for coming. The ferries will run all night from Monday.
            We have listened to the crews, and the crews were right.
            Ferries and Crews
            The new timetable starts at once.
            """);
        Assert.Equal(3, extraction.Quotes.Count(q => q.Speaker.Name == "Lena Holt"));
        // The title-case subheading between her lines is the page's.
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.Contains("Ferries and Crews", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWordTranscriptUnderThePagesMenuAndDateLinesStillDeclaresIt()
    {
        var extraction = Extract("""
            Media statement - Port Ellen
            Donate to the lifeboat appeal today!
            Shipping and Ports (SAP)
            Minister for the Islands - Jane Roe
            Media statement - Port Ellen
            Transcript
            Tuesday 4 March 2025
            Port Ellen
            JANE ROE, MINISTER FOR THE ISLANDS: Thank you for coming. The new ferry berth is finished.
            The crews will start using it from Monday, and the timetable stays as it is.
            """);
        Assert.Equal(2, extraction.Quotes.Count(q => q.Speaker.Name == "Jane Roe"));
        // The label's capitals are shouting, not the role's spelling.
        Assert.Equal("Minister For The Islands", extraction.People.Single(p => p.Name == "Jane Roe").Role);
    }

    [Fact]
    public void TheWordTranscriptInAStorysBodyAfterItsTurnsDeclaresNothing()
    {
        var extraction = Extract("""
            Harbour press conference
            Mayor Lena Holt spoke on Thursday.
            HOLT: Thank you all for coming.
            A transcript will be published later.
            """);
        Assert.Empty(extraction.Quotes);
    }

    [Fact]
    public void OneLabelOnAPageThatDoesNotSayTranscriptIsNoTranscript()
    {
        var extraction = Extract("""
            Harbour press conference
            Mayor Lena Holt spoke on Thursday.
            HOLT: Thank you all for coming.
            """);
        Assert.Empty(extraction.Quotes);
    }

    [Fact]
    public void AnInterviewsQuotedTurnsEndWhereTheReportingResumes()
    {
        var extraction = Extract("""
            Port chiefs on fares
            The harbour board met the press in Tarrow on Monday.
            Lena Park, Harbour Correspondent:
            "Will fares rise?"
            Harbour Master Ivo Kessler:
            "Fares will stay where they are."
            The board will meet again in the spring, and the ferries keep their timetable.
            """);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(("Ivo Kessler", "Fares will stay where they are."), (quote.Speaker.Name, quote.Text));
        Assert.Contains(extraction.People, p => p.Name == "Ivo Kessler" && p.Role == "Harbour Master");
        Assert.Contains(Assert.Single(extraction.Articles).Credits, c => c.Name == "Lena Park");
    }
}

