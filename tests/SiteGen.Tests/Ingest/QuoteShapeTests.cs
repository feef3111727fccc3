using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>Shapes a quote comes in besides "..., X said": a colon label, a paragraph of quote after reported speech, and
/// quoted names of things that are no one's words. Invented articles.</summary>
public sealed class QuoteShapeTests
{
    // Quotations nested in the same marks pair up wrongly: what falls between two of them ("and") is no one's words.
    [Fact]
    public void AFragmentOfOnlyShortFunctionWordsIsNoQuote()
    {
        var extraction = Extract("Port policy\nMayor Ana Ruiz said: \"Lund admires the port. His motto is \"Port first\" and \"Town first\", based on what he sees.");
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.Trim() == "and");
    }

    // A lone short word in capitals ("CCCP" on a shirt) is an abbreviation printed on something; words in capitals are speech.
    [Theory]
    [InlineData("Mayor Ana Ruiz wore a jacket with \"HBR\" on the back and said the port was ready.", "HBR", false)]
    [InlineData("Mayor Ana Ruiz called the vote \"HUGE\" on Monday.", "HUGE", true)]
    [InlineData("Mayor Ana Ruiz called the ferry plan \"A GREAT DEAL\" on Monday.", "A GREAT DEAL", true)]
    public void ALoneShortWordInCapitalsIsAnAbbreviationNotSpeech(string paragraph, string words, bool quote)
    {
        var extraction = Extract("Port policy\n" + paragraph);
        Assert.Equal(quote, extraction.Quotes.Any(q => q.Text == words));
    }

    [Theory]
    [InlineData("Quote from Minister Ana Ruiz: \"We will keep the border open.\"")]
    [InlineData("Minister Ana Ruiz's message to the summit: \"We will keep the border open.\"")]
    public void AColonLabelNamingOnePersonIntroducesTheirWordsForReview(string paragraph)
    {
        var quote = Assert.Single(Extract("Border stays open\n" + paragraph).Quotes);
        Assert.Equal(("Ana Ruiz", false, Attribution.Inferred), (quote.Speaker.Name, quote.Partial, quote.Attribution));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz, chairing the harbour board, stated during a briefing at the port on the same day, \"The ferries will run all night.\"", "The ferries will run all night.")]
    [InlineData("Mayor Ana Ruiz explained, \"The board met this morning,\" adding, \"There were doubts about the fares. They were settled.\"", "There were doubts about the fares. They were settled.")]
    [InlineData("Mayor Ana Ruiz said after the vote on Monday: \"Is this the end? It is not!\"", "Is this the end? It is not!")]
    [InlineData("On her blog, Mayor Ana Ruiz painted a bright picture: \"Everyone at the port is happy with the new ferries.\"", "Everyone at the port is happy with the new ferries.")]
    public void WholeSentencesEndingTheReportersSentenceAfterASpeechVerbAreAFullQuote(string paragraph, string words)
    {
        var quote = Assert.Single(Extract("Ferries run all night\n" + paragraph).Quotes, q => q.Text == words);
        Assert.Equal(("Ana Ruiz", false), (quote.Speaker.Name, quote.Partial));
    }

    [Fact]
    public void AHeadlinesQuoteAfterAColonIsWholeWithoutItsStop()
    {
        var quote = Assert.Single(Extract("Mayor Ana Ruiz hails Governor Ivo Berg’s nod to the ferry deal: “It works for everyone”\nThe mayor spoke at the port on Monday.").Quotes);
        Assert.Equal(("Ana Ruiz", "It works for everyone", false), (quote.Speaker.Name, quote.Text, quote.Partial));
    }

    // A dateline ("LYON. 23.06.2025", "Tarrow, 14/08/2025 –", "11:51 GMT 14.08.2025") is no reporter's words before the
    // paragraph's first quote; a stop printed after the closing mark ("...".) still leaves a paragraph that is only a quote,
    // so the speaker carries on into it.
    [Theory]
    [InlineData("LYON. 23.06.2025 \"We meet at a hard moment for the port,\" said the Harbour Secretary General Ivo Marek.")]
    [InlineData("Tarrow, 14/08/2025 – \"We meet at a hard moment for the port,\" said the Harbour Secretary General Ivo Marek.")]
    [InlineData("11:51 GMT 14.08.2025 \"We meet at a hard moment for the port,\" said the Harbour Secretary General Ivo Marek.")]
    public void ANumericDatelineBeforeAQuoteLeavesItWholeAndItsSpeakerCarriesOn(string lead)
    {
        var quotes = Extract("Port summit opens\n" + lead + "\n\"The ferries will run all winter\".\n\"And the fares will not rise\".").Quotes;
        Assert.Equal(["We meet at a hard moment for the port", "The ferries will run all winter", "And the fares will not rise"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(("Ivo Marek", false), (q.Speaker.Name, q.Partial)));
    }

    // A scrape that lost the space after a full stop glues the next quote's opening mark to it ("... a deal."We almost ...");
    // the quote still opens its own sentence, so it is whole.
    [Theory]
    [InlineData("Later, Mayor Ana Ruiz argued it was up to the governor to reach a deal.\"We almost reached an agreement,\" Ruiz said.")]
    [InlineData("Later, Mayor Ana Ruiz argued it was up to the governor to reach a deal!\"We almost reached an agreement,\" Ruiz said.")]
    public void AQuoteGluedToTheFullStopBeforeItOpensASentence(string paragraph)
    {
        var quote = Assert.Single(Extract("Ferries run all night\n" + paragraph).Quotes);
        Assert.Equal(("We almost reached an agreement", false, "Ana Ruiz"), (quote.Text, quote.Partial, quote.Speaker.Name));
    }

    // "As X put it, "...": the idiom attributes whole sentences as a speech verb does.
    [Fact]
    public void WholeSentencesAfterAsXPutItAreAFullQuote()
    {
        var quote = Assert.Single(Extract("Ferries run all night\nAs Tarrow historian Ivo Marek put it, \"Ports outlive the people who run them. Why hurry?\"").Quotes);
        Assert.Equal(("Ports outlive the people who run them. Why hurry?", false, "Ivo Marek"), (quote.Text, quote.Partial, quote.Speaker.Name));
    }

    [Fact]
    public void ASentenceAQuoteBrokeOffAndCarriesOnInLowerCaseIsStillFull()
    {
        var quotes = Extract("Ferries run all night\n\"We have waited a long time,\" Mayor Ana Ruiz said, \"and the ferries will finally run all night.\"").Quotes;
        Assert.All(quotes, q => Assert.False(q.Partial));
        Assert.Contains(quotes, q => q.Text.StartsWith("and the ferries", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz said the plan was, in her words, \"a big step\" for the port.", "a big step")]
    [InlineData("Mayor Ana Ruiz said on Monday that the vote was, \"in the end, fair.\"", "in the end, fair")]
    [InlineData("Arriving at the port, Mayor Ana Ruiz said the aim of the visit was simple: \"to keep the ferries running.\"", "to keep the ferries running")]
    [InlineData("This was needed, Mayor Ana Ruiz said, \"in order to keep the ferries running all winter.\"", "in order to keep the ferries running all winter")]
    public void AFragmentInsideTheReportersSentenceStaysPartial(string paragraph, string words)
    {
        var quote = Assert.Single(Extract("Ferries run all night\n" + paragraph).Quotes, q => q.Text == words);
        Assert.True(quote.Partial);
    }

    [Fact]
    public void WordsAfterAColonWithNoSpeechVerbGoToTheSubjectOfTheirClauseForReview()
    {
        var quote = Assert.Single(Extract("Talks end\nMinister Tom Berg called the talks useful, while Minister Ana Ruiz handed an invitation to the mayor: \"Next time in Lyon.\"").Quotes);
        Assert.Equal(("Ana Ruiz", Attribution.Inferred), (quote.Speaker.Name, quote.Attribution));
    }

    // A verb of voicing a view ("expressed appreciation", "voiced concern") reports speech as "stressed" does.
    [Theory]
    [InlineData("During the meeting, Prime Minister Ana Ruiz stressed the depth of the two countries' ties.")]
    [InlineData("Prime Minister Ana Ruiz expressed appreciation to every delegation for its work.")]
    [InlineData("Prime Minister Ana Ruiz voiced concern about the cost of the new port.")]
    public void AQuoteOnlyParagraphAfterReportedSpeechIsThatReportersForReview(string reporting)
    {
        var extraction = Extract($"""
            Trade ties deepen
            {reporting}
            "Our trade has doubled in five years. We will double it again."
            """);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(("Ana Ruiz", Attribution.PreviousSpeaker), (quote.Speaker.Name, quote.Attribution));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz proposed a \"Summit for Economic Well-Being\" next spring.")]
    [InlineData("Mayor Ana Ruiz cited the book \"The End of the Long Century\" in her speech.")]
    [InlineData("Mayor Ana Ruiz said she rode to the summit in \"The Barge\".")]
    [InlineData("Mayor Ana Ruiz said the \"Port with Purpose\" plan was ready.")]
    public void AQuotedNameOfAThingIsNoQuote(string paragraph)
    {
        Assert.Empty(Extract("Mayor's plan\n" + paragraph).Quotes);
    }

    [Theory]
    [InlineData("\"The market is watching the port,\" said ACME commodities analyst Jana Roe.")]
    [InlineData("\"The market is watching the port,\" said Northbank senior energy analyst Jana Roe.")]
    [InlineData("\"The market is watching the port,\" said chief market strategist Jana Roe.")]
    [InlineData("\"The market is watching the port,\" said retired Portuguese General Jana Roe.")]
    public void ATrailingAttributionWithWordsOfKindBeforeTheTitleNamesTheSpeaker(string paragraph)
    {
        var quote = Assert.Single(Extract("Oil news\nPrices rose on Monday.\n" + paragraph).Quotes);
        Assert.Equal(("Jana Roe", "The market is watching the port", false), (quote.Speaker.Name, quote.Text, quote.Partial));
    }

    [Fact]
    public void AnAllCapitalsCryIsStillSpeech()
    {
        Assert.Single(Extract("Mayor's post\nMayor Ana Ruiz wrote \"BIG DAY TODAY!!!\" on her page.").Quotes);
    }

    [Fact]
    public void AQuoteThatOpensASentenceTheReporterContinuesIsAFragmentOfTheClosingSpeaker()
    {
        var quote = Assert.Single(Extract("Vote delayed\n\"There is no vote planned\" before the summer, Council Speaker Amir Haddad said in a radio interview.").Quotes);
        Assert.Equal(("There is no vote planned", true, "Amir Haddad", Attribution.Named), (quote.Text, quote.Partial, quote.Speaker.Name, quote.Attribution));
    }
}
