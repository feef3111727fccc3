using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Whose words a phrase quoted inside the reporter's sentence are: the subject of the speech verb, not the nearest name.
/// Every sentence is invented; each row is one grammatical class.
/// </summary>
public sealed class PartialQuoteSpeakerTests
{
    public static TheoryData<string, string, string?> Sentences => new()
    {
        // The subject of the speech verb, past an object and a possessor nearer the quote.
        { "Mayor Lina Okafor met Governor Sam Brandt and said Brandt's budget was \"a recipe for closures\".", "a recipe for closures", "Lina Okafor" },
        // A name right before its verb is the subject even after a preposition ("after X claimed").
        { "The session ended after Senator Rita Vance claimed the two sides had reached an \"understanding\".", "understanding", "Rita Vance" },
        // A second verb coordinated with the first keeps the first one's subject.
        { "Minister Tomas Berg told Ana Ruiz the plan was sound and warned against \"reckless cuts\".", "reckless cuts", "Tomas Berg" },
        // Names joined by "and" after a preposition in an appositive are governed by it, the last one too: the appositive's head speaks.
        { "Ivo Marek, who served as an adviser to former mayors Ana Roe and Tom Ash, said the pier was \"a fine thing\".", "a fine thing", "Ivo Marek" },
        { "Ivo Marek, an adviser to Ana Roe and Tom Ash, said the pier was \"a fine thing\".", "a fine thing", "Ivo Marek" },
        // Verbs that name or judge aloud ("deemed", "branded", "termed") report words as "called" does; after "who", the
        // antecedent speaks, not the one who relays it.
        { "Spokeswoman Ana Roe quoted Mayor Tom Ash, who deemed the visit \"a fine start\" for the port.", "a fine start", "Tom Ash" },
        { "Governor Sam Brandt met Dana Holt, who branded the offer \"a trap\" on Monday.", "a trap", "Dana Holt" },
        // An adverb of manner between a speaker and the verb ("she famously called", "Holt bluntly described") leaves the
        // speaker the verb's subject.
        { "Mayor Tom Ash went in ready to channel Ruth Okafor and find what she famously called \"the backbone of the town\".", "the backbone of the town", "Ruth Okafor" },
        { "Governor Sam Brandt met Dana Holt, who then quietly described the offer as \"a final one\".", "a final one", "Dana Holt" },
        // So does a verb joined by "but", past the object of the first ("described Y as ... but warned").
        { "Minister Tomas Berg described Ana Ruiz as \"a tough negotiator\" but warned that the port would face \"serious delays\".", "serious delays", "Tomas Berg" },
        { "Mayor Lina Okafor thanked Governor Sam Brandt but cautioned that the budget left \"no room at all\".", "no room at all", "Lina Okafor" },
        // A participle of speech in any of its forms ("writing", "claiming", "urging"), with or without a comma before it,
        // keeps the sentence's subject; the name inside the clause it reports is not the speaker.
        { "Mayor Lina Okafor is pressing Brandt, writing online that the governor could end the row \"almost at once\".", "almost at once", "Lina Okafor" },
        { "Mayor Lina Okafor is pressing Governor Sam Brandt writing online that the governor could end the row \"almost at once\".", "almost at once", "Lina Okafor" },
        // After "with", the noun is the participle's own subject.
        { "Mayor Lina Okafor and Governor Sam Brandt were upbeat after the talks, with the governor saying they had \"a very good day\".", "a very good day", "Sam Brandt" },
        { "Mayor Lina Okafor and Governor Sam Brandt were upbeat after the talks, with Brandt saying they had \"a very good day\".", "a very good day", "Sam Brandt" },
        // Words given to two people named as one subject are no one's quote; a speaker's own account of what she and another
        // did ("she and Brandt discussed") stays hers.
        { "Mayor Lina Okafor and Governor Sam Brandt \"agreed to keep talking\" about the pier.", "agreed to keep talking", null },
        { "Mayor Lina Okafor said she and Governor Sam Brandt had discussed a \"toll swap\" for the port.", "toll swap", "Lina Okafor" },
        // A label the writer cites after "so-called" or "known as" is no one's words, whoever speaks in the sentence.
        { "The two towns formed the so-called \"harbour compact\" last year, Mayor Lina Okafor said.", "harbour compact", null },
        { "Mayor Lina Okafor backed what is known as \"the northern route\" for the ferries.", "the northern route", null },
        // A clause opened by "while" with its own subject, titled in several words, is out of the first verb's reach.
        { "Prime Minister Sok Rith described the day as \"historic,\" while Prime Minister Ana Lertkul considered that the accord was \"the basis for lasting peace.\"", "the basis for lasting peace", "Ana Lertkul" },
        { "Mayor Lina Okafor called the day \"historic,\" whereas the Nordic Trade Minister Ana Lertkul thought the accord \"a fine start.\"", "a fine start", "Ana Lertkul" },
        // A full stop inside the closing mark ends the sentence when the next one opens on a clause word ("However,") or its
        // speech verb opens a quote of its own: that speaker does not reach back.
        { "Governor Sam Brandt warned rivals not to \"torpedo the progress.\" However, Okafor stressed that talks would go on.", "torpedo the progress", "Sam Brandt" },
        { "Governor Sam Brandt warned rivals not to \"torpedo the progress.\" Okafor stressed, \"There is no deal until there is a deal.\"", "torpedo the progress", "Sam Brandt" },
        // So after "despite" and "amid", prepositions that take a clause of their own.
        { "Mayor Lina Okafor said no deal was reached, despite Governor Sam Brandt claiming the two had come to \"a firm accord\".", "a firm accord", "Sam Brandt" },
        { "Mayor Lina Okafor left the hall early amid Governor Sam Brandt warning of \"a long winter\" for the port.", "a long winter", "Sam Brandt" },
        { "Mayor Lina Okafor rebuked Brandt, claiming that Brandt had made \"a hollow offer\".", "a hollow offer", "Lina Okafor" },
        // A participle clause belongs to the sentence's subject.
        { "Spokesman Ivo Marsh defended Dana Holt's stance as \"the only sensible course,\" arguing that Holt's demand was \"fair\".", "fair", "Ivo Marsh" },
        { "Spokesman Ivo Marsh defended Dana Holt's stance as \"the only sensible course,\" arguing that Holt's demand was \"fair\".", "the only sensible course", "Ivo Marsh" },
        // A possessor whose noun of speech leads straight into the phrase keeps its own words.
        { "Analyst Mia Sorensen said Governor Amal Haddad's repeated promise of \"no new taxes\" would not last.", "no new taxes", "Amal Haddad" },
        { "Economist Joe Park said Mayor Kim Lee's insistence on addressing the \"root causes\" was wise.", "root causes", "Kim Lee" },
        // ... even when the article names the possessor by family name alone and never has them say anything.
        { "Brandt has floated a plan for the pier. Governor Amal Haddad rejected Brandt's suggestion that \"the ferries must stop\" for a year.", "the ferries must stop", "Brandt" },
        // A name before the quotation is the subject of the quoted clause; the attribution after its closing comma speaks.
        { "Brandt \"will not hand the keys to a deputy,\" Harbour Minister Ivo Marek told journalists.", "will not hand the keys to a deputy", "Ivo Marek" },
        { "Mayor Lena Brandt \"has no plan at all,\" Governor Amal Haddad said on Monday.", "has no plan at all", "Amal Haddad" },
        // A possessor of something that is not speech is not the speaker: the verb's subject is.
        { "Senator Ruth Adeyemi said Governor Carl Dunn's plan was \"a disaster for families\".", "a disaster for families", "Ruth Adeyemi" },
        // A family name alone after a comma and a place is a speaker of its own, not part of the place's name.
        { "Speaking beside Governor Amal Haddad in the port city of Tarrow, Brandt said he had \"no doubts\" about the plan.", "no doubts", "Brandt" },
        { "After the talks in Lyon, Okafor said the deal was \"fair to both towns\".", "fair to both towns", "Okafor" },
        // A sentence that opens on a participle of speech: the subject is the main clause's, after the quote.
        { "While reiterating that Governor Amal Haddad was \"ready to talk to the mayor,\" Brandt insisted the talks were not set.", "ready to talk to the mayor", "Brandt" },
        { "After saying that Mayor Kim Lee had \"no plan at all\", Minister Tomas Berg left the hall.", "no plan at all", "Tomas Berg" },
        // A verb joined by "and" keeps its subject when the clause opened on a name governed by a preposition, a country's
        // possessive and a title before it.
        { "Speaking alongside Portugal's President Amal Haddad in the port of Tarrow, Brandt said he had \"no doubts\" about the plan, and vowed that \"we will not give up\".", "we will not give up", "Brandt" },
        // An appositive the writer never closed: the name its preposition governs is inside it, not the verb's subject.
        { "Omar Haddad, a senior adviser to Governor Lena Brandt said on Monday that the port stays open under the \"terms and understandings\" of May.", "terms and understandings", "Omar Haddad" },
        { "Ana Ruiz, the spokeswoman for Mayor Kim Lee told reporters the deal was \"done and dusted\".", "done and dusted", "Ana Ruiz" },
        // A name right before its verb after a preposition with no appositive comma before it keeps its verb.
        { "At the request of Governor Lena Brandt, Omar Haddad said the port was \"open for business\".", "open for business", "Omar Haddad" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void APartialQuoteBelongsToTheSubjectOfItsSpeechVerb(string sentence, string quote, string? speaker)
    {
        var extraction = Extract("Council budget row goes on\n" + sentence);
        var found = extraction.Quotes.Where(q => q.Text == quote).ToList();
        if (speaker is null) Assert.Empty(found);
        else Assert.Equal(speaker, Assert.Single(found).Speaker.Name);
    }
}
