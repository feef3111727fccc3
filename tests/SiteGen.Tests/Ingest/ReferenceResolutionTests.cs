using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Who "he", "she" and a role ("the U.S. president") stand for, and an attribution clause after the reported words.
/// Invented articles, one class each.
/// </summary>
public sealed class ReferenceResolutionTests
{
    [Fact]
    public void SheNeverStandsForAManWhoseGivenNameIsOnlyMale()
    {
        var extraction = Extract("""
            Flood town waits for help
            On the edge of the town we meet a mother who fled in 2023, and I ask her whether Governor Donald Kemp's visit gives her hope.
            "Nobody here trusts the governor," she snaps back.
            """);
        Assert.DoesNotContain(extraction.Quotes, q => q.Speaker.Name == "Donald Kemp");
    }

    [Fact]
    public void ATitleNobodysRoleFitsIsThePersonJustNamedWithoutOne()
    {
        var extraction = Extract("""
            Tariff tone shifts
            For months, Tom Grant's rhetoric on tariffs was blunt. After his talks with Prime Minister Ana Ruiz, the U.S. president dialed down his demands, focusing on what he called a "fair deal."
            """);
        var quote = Assert.Single(extraction.Quotes, q => q.Text == "fair deal");
        Assert.Equal("Tom Grant", quote.Speaker.Name);
        Assert.NotEqual(Attribution.Named, quote.Attribution);
    }

    [Fact]
    public void ACommaNameAndVerbCloseTheReportedClauseWhateverFollowsTheVerb()
    {
        var extraction = Extract("""
            Chancellor upbeat
            Chancellor Lena Vogt met the envoys on Monday.
            The talks moved "within the lines" agreed last week, Vogt said in an interview with a public broadcaster that aired late on Saturday.
            """);
        Assert.Equal("Lena Vogt", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void ANameInAnAsideBeforeTheVerbIsNoSpeaker()
    {
        var extraction = Extract("Leaders trade words\nPresident Tom Grant and President Ivan Petrov met in Lyon on Monday.\nGrant, asked about Petrov, said: \"He is tough.\"");
        Assert.Equal("Tom Grant", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    // "Watching from the shore, political analyst Ivo Marek called it ...": a lower-case description opening the stretch
    // after a comma is the person's, so the person is the sentence's subject and "he said" next is theirs.
    [Theory]
    [InlineData("Watching from the shore, political analyst Ivo Marek called it a show of force.")]
    [InlineData("In Tarrow, veteran ferry pilot Ivo Marek called it a show of force.")]
    public void ADescriptionOpeningTheStretchBeforeANameLeavesItTheSubject(string sentence)
    {
        var extraction = Extract("Harbour parade\nPresident Jon Roe's yacht sailed into the harbour, escorted by two tugs.\n" + sentence + " \"There was no need for this,\" he said.");
        Assert.Equal("Ivo Marek", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    // "Orban" for "Viktor Orbán" and the like: a family name printed without its accents is the same person.
    [Fact]
    public void AFamilyNamePrintedWithoutItsAccentsIsTheSamePerson()
    {
        var extraction = Extract("Harbour call\nPrime Minister Ana Daró spoke with Mayor Jon Roe on Monday.\n\"Preparations are in full swing,\" Daro said.");
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal("Ana Daró", quote.Speaker.Name);
        Assert.Single(extraction.People, p => p.Name.StartsWith("Ana", StringComparison.Ordinal) || p.Name.StartsWith("Dar", StringComparison.Ordinal));
    }

    [Fact]
    public void HeAfterASentenceAboutAWomanStandsForTheManBeforeHer()
    {
        var extraction = Extract("""
            Ferry talks end early
            Mayor Tom Brandt left the harbour summit in Tarrow early on Monday.
            "Much was done, but the mayor will leave tonight," press officer Julia Marsh said.
            During the dinner, he said to the host: "I have to be back early."
            """);
        var quote = Assert.Single(extraction.Quotes, q => q.Text.StartsWith("I have", StringComparison.Ordinal));
        Assert.Equal("Tom Brandt", quote.Speaker.Name);
        Assert.NotEqual(Attribution.Named, quote.Attribution);
    }

    [Fact]
    public void TheArticlesOwnHisOrHerOutweighsAGivenNamesUsualGender()
    {
        // "Kay" is mostly a woman's name in the name lists; this article says "his".
        var extraction = Extract("""
            Island joins the trade bloc
            The treaty was signed by President Tom Brandt and other leaders at the harbour hall.
            Island Premier Kay Ruan Lasama expressed his country's readiness to be a "loyal partner" in the bloc.
            "We have waited twenty years for this day, and we will not waste it," he said.
            """);
        var quote = Assert.Single(extraction.Quotes, q => q.Text.StartsWith("We have", StringComparison.Ordinal));
        Assert.Equal("Kay Ruan Lasama", quote.Speaker.Name);
    }

    [Fact]
    public void HerAsAVerbsObjectSaysNothingOfTheSubject()
    {
        // "thanked her for" is about someone else: Tom Brandt stays "he".
        var extraction = Extract("""
            Ferry talks end early
            Press officer Julia Marsh left the harbour summit in Tarrow early on Monday.
            Mayor Tom Brandt thanked her for the work.
            "We will miss the team," he said.
            """);
        Assert.Equal("Tom Brandt", Assert.Single(extraction.Quotes, q => q.Text.StartsWith("We will", StringComparison.Ordinal)).Speaker.Name);
    }

    [Fact]
    public void AFamilyNameTwoPeopleShareStandsForTheOneTheArticleNamedFirstForReview()
    {
        var extraction = Extract("""
            Mayor hosts the harbour board
            Mayor Tom Brandt welcomed the harbour board on Monday.
            His wife, the artist Lena Brandt, opened the exhibition at the port.
            "The harbour belongs to everyone," Brandt said.
            """);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(("Tom Brandt", Attribution.Surname), (quote.Speaker.Name, quote.Attribution));
    }

    [Fact]
    public void TheOneSpokenToIsNoSpeaker()
    {
        var extraction = Extract("""
            Ferry talks end early
            Mayor Tom Brandt left the harbour summit in Tarrow early on Monday.
            During the dinner, he said to the host, Governor Amal Haddad: "I have to be back early."
            """);
        Assert.DoesNotContain(extraction.Quotes, q => q.Speaker.Name == "Amal Haddad");
    }

    [Fact]
    public void ANameRightBeforeTheVerbIsItsSubjectEvenAfterAnd()
    {
        var extraction = Extract("""
            Radio hour
            Host Dana Reyes asked what advice he would give to Governor Amal Haddad, and Mayor Tom Brandt replied: "Make the deal."
            """);
        Assert.Equal("Tom Brandt", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    // "the Norwegian trade minister" is the one printed "Norway's trade minister" or "trade minister of Norway": a country
    // fits a role in any of its forms, name, adjective, possessive or abbreviation, and nobody else gets the words.
    [Theory]
    [InlineData("Norway's trade minister, Ivo Marek,", "The Norwegian trade minister")]
    [InlineData("The trade minister of Norway, Ivo Marek,", "The Norwegian trade minister")]
    [InlineData("Norwegian trade minister Ivo Marek", "Norway's trade minister")]
    [InlineData("America's trade envoy, Ivo Marek,", "The U.S. trade envoy")]
    public void ACountryFitsARoleInAnyOfItsForms(string introduced, string referred)
    {
        var extraction = Extract($"""
            Port deal near
            {introduced} arrived in Lyon on Monday for talks with Tom Grant.
            Grant greeted the delegation at the harbour.
            {referred} told reporters the deal was "almost done" after the first round.
            """);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal("Ivo Marek", quote.Speaker.Name);
    }
}
