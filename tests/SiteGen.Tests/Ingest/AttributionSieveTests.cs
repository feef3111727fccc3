using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Each failure class seen on real reporting from other outlets, as an invented article in that outlet's style: who said
/// the quoted words, how sure ingest is of it, and who counts as a person. Written for these tests; no article is copied.
/// </summary>
public sealed class AttributionSieveTests
{
    private static ExtractedQuote QuoteOf(Extraction extraction, string text) =>
        Assert.Single(extraction.Quotes, q => q.Text == text);

    public static TheoryData<string, string, string, Attribution> Attributions => new()
    {
        // An attribution closing the sentence owns the fragment inside it, over a possessor nearer the quote (BBC style).
        {
            "Councillor Tom Ashe's plan has brought the bridge \"closer than ever to reopening\", Transport Minister Dame Ruth Okafor has said.",
            "closer than ever to reopening", "Ruth Okafor", Attribution.Named
        },
        {
            "The delay left the museum \"in limbo for a decade\", said museum director Paul Ferrand.",
            "in limbo for a decade", "Paul Ferrand", Attribution.Named
        },
        // The label a speaker puts on someone else's act is the speaker's (wire style).
        {
            "Governor Amal Haddad, speaking after the vote, called it Senator Joe Pike's \"last stand.\"",
            "last stand", "Amal Haddad", Attribution.Inferred // the verb's subject is an aside away from it: read from grammar, reviewed
        },
        // A possessor followed by a noun of speech keeps its own words, even after another speaker's verb.
        {
            "Analyst Mia Sorensen told the Herald that Governor Amal Haddad's insistence on \"no new taxes\" would not survive the year.",
            "no new taxes", "Amal Haddad", Attribution.Inferred // a possessor of words, not an attribution: reviewed
        },
        // A role before the name in a closing attribution ("..., lawmaker X told the paper").
        {
            "\"We will not back down on this,\" lawmaker Priya Natarajan told the Riverside Gazette.",
            "We will not back down on this", "Priya Natarajan", Attribution.Named
        },
        {
            "\"The count was fair,\" election official Omar Siddiqui told reporters.",
            "The count was fair", "Omar Siddiqui", Attribution.Named
        },
        // A relative pronoun before the speech verb: its antecedent speaks, not the sentence's subject.
        {
            "Mayor Lena Brandt thanked the engineer Ravi Menon, who said: \"The bridge will hold.\"",
            "The bridge will hold.", "Ravi Menon", Attribution.Named
        },
        {
            "Mayor Lena Brandt met Ravi Menon at the depot on Friday, who later told reporters, \"Work starts in June.\"",
            "Work starts in June.", "Ravi Menon", Attribution.Inferred // the antecedent is a phrase away from "who": reviewed
        },
        // A quoting verb's object is the one quoted, before or after the quote.
        {
            "The union's Kofi Mensah quoted Mayor Lena Brandt as saying, \"No depot will close.\"",
            "No depot will close.", "Lena Brandt", Attribution.Named
        },
        {
            "\"No depot will close,\" the local paper quoted Lena Brandt as saying.",
            "No depot will close", "Lena Brandt", Attribution.Named
        },
        {
            "Kofi Mensah cited Lena Brandt as saying the closures were \"off the table\".",
            "off the table", "Lena Brandt", Attribution.Inferred
        },
        // A speech participle after a comma shares the main clause's subject, not the subject of a clause in between.
        {
            "Finance Minister Tomas Berg told the council that Mayor Jane Roe was \"ready to talk\", adding that the plan was \"not finished at all\".",
            "not finished at all", "Tomas Berg", Attribution.Inferred
        },
        {
            "Jane Roe praised Tomas Berg, saying the strike \"would never have started\" under the old board.",
            "would never have started", "Jane Roe", Attribution.Inferred
        },
        // A second verb joined by "but" after an earlier quote keeps the first clause's subject.
        {
            "Tomas Berg called the talks \"very useful\" but warned, \"There is no deal until the council votes.\"",
            "There is no deal until the council votes.", "Tomas Berg", Attribution.Inferred
        },
        // A possessor before a spokesman's name says whose spokesman speaks, after the verb or before it.
        {
            "\"We are close to a deal,\" said Mayor Lena Brandt's spokesman Kofi Mensah.",
            "We are close to a deal", "Kofi Mensah", Attribution.Named
        },
        {
            "\"We are close to a deal,\" Lena Brandt's spokesman Kofi Mensah told reporters.",
            "We are close to a deal", "Kofi Mensah", Attribution.Named
        },
        // A name inside an appositive, after a preposition, is not the subject of the verb after it.
        {
            "Kofi Mensah, spokesperson for Mayor Lena Brandt, added that the deal shows \"the port is open for business\".",
            "the port is open for business", "Kofi Mensah", Attribution.Inferred
        },
        // A sentence that opens on its source ("According to X,") gives that source the quoted words.
        {
            "According to Mayor Lena Brandt, the talks brought the two ports closer to \"a lasting settlement\".",
            "a lasting settlement", "Lena Brandt", Attribution.Named
        },
        {
            "According to Lena Brandt, \"the ferries will run again in May\".",
            "the ferries will run again in May", "Lena Brandt", Attribution.Named
        },
        // A role with its own preposition between the verb and the name ("said the adviser for Ports, X").
        {
            "\"The harbour is safe,\" said senior adviser for Port Affairs, Kofi Mensah, quoted by local radio.",
            "The harbour is safe", "Kofi Mensah", Attribution.Named
        },
        // A speaker found past an aside that names someone else is read from grammar.
        {
            "Lena Brandt, replying to Kofi Mensah on the radio, said: \"The figures are wrong.\"",
            "The figures are wrong.", "Lena Brandt", Attribution.Inferred
        },
    };

    [Theory]
    [MemberData(nameof(Attributions))]
    public void AttributesEachQuoteToItsSpeaker(string paragraph, string quote, string speaker, Attribution attribution)
    {
        var found = QuoteOf(Extract(paragraph), quote);
        Assert.Equal((speaker, attribution), (found.Speaker.Name, found.Attribution));
    }

    [Theory]
    // An institution speaks, not the person it belongs to.
    [InlineData("\"The port stays open,\" Mayor Lena Brandt's office said in a statement.")]
    // Words given to several people at once are no one's quote.
    [InlineData("Mayor Lena Brandt and Governor Amal Haddad said in a joint statement: \"Talks will continue.\"")]
    [InlineData("\"Talks will continue,\" said Mayor Lena Brandt and Governor Amal Haddad.")]
    public void WordsOfAnOfficeOrOfSeveralPeopleAtOnceAreNoOnesQuote(string paragraph)
    {
        Assert.Empty(Extract("Harbour talks\n" + paragraph).Quotes);
    }

    [Fact]
    public void ResolvesACapitalisedRoleToThePersonWhoHoldsIt()
    {
        var extraction = Extract("""
            Prime Minister Sir Alan Whitcombe met Mayor Lena Brandt in Leeds on Friday.
            The Prime Minister insisted: "The railway will be built on time."
            """);
        var quote = QuoteOf(extraction, "The railway will be built on time.");
        Assert.Equal(("Alan Whitcombe", Attribution.Role), (quote.Speaker.Name, quote.Attribution));
        Assert.Contains(extraction.People, p => p.Name == "Alan Whitcombe" && p.Role == "Prime Minister");
    }

    [Theory]
    [InlineData("former", "Ana Ruiz")]
    [InlineData("latter", "Karl Dorn")]
    public void ResolvesTheFormerAndTheLatterToThePairJustNamed(string which, string speaker)
    {
        var extraction = Extract($"""
            Trade Minister Ana Ruiz met Finance Minister Karl Dorn in Madrid on Tuesday.
            The talks between Ruiz and Dorn ended early, with the {which} saying "real progress" was made.
            """);
        var quote = QuoteOf(extraction, "real progress");
        Assert.Equal((speaker, Attribution.Role), (quote.Speaker.Name, quote.Attribution));
    }

    [Fact]
    public void ASentenceLedByAPronounKeepsItsTopic()
    {
        var extraction = Extract("""
            Mayor Lena Brandt has said the river "will be clean by spring".
            Her statement comes after Governor Amal Haddad and the council failed to agree on funding.
            She also said the "clean-up fund" would double next year.
            """);
        var quote = QuoteOf(extraction, "clean-up fund");
        Assert.Equal(("Lena Brandt", Attribution.Pronoun), (quote.Speaker.Name, quote.Attribution));
    }

    [Theory]
    [InlineData("Marta Kowal, 41, a nurse from Lublin, was unmoved.", "she", "Marta Kowal")]
    [InlineData("Tomas Reyes, aged 67, sat outside his shop.", "he", "Tomas Reyes")]
    public void ANameWithAnAgeIsAPersonAndCarriesTheNextPronoun(string introduction, string pronoun, string speaker)
    {
        var extraction = Extract($"""
            Governor Amal Haddad said the plan was fair.
            {introduction}
            "Nothing changes for us," {pronoun} said.
            """);
        var quote = QuoteOf(extraction, "Nothing changes for us");
        Assert.Equal((speaker, Attribution.Pronoun), (quote.Speaker.Name, quote.Attribution));
        Assert.Contains(extraction.People, p => p.Name == speaker);
    }

    [Theory]
    [InlineData("the envoy to Norway Erik Lund", "Erik Lund")]
    [InlineData("Presidents Erik Lund and Ana Ruiz", "Erik Lund")]
    [InlineData("the Finnish Erik Lund", "Erik Lund")]
    public void APlaceOrAPluralTitleIsNotPartOfAName(string phrase, string name)
    {
        var extraction = Extract($"""
            Talks resumed on Monday as {phrase} arrived in Oslo.
            "We listened carefully," Lund said.
            """);
        Assert.Equal(name, QuoteOf(extraction, "We listened carefully").Speaker.Name);
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("Norway") || p.Name.StartsWith("Presidents") || p.Name.StartsWith("Finnish"));
    }

    [Fact]
    public void AFullNameIsNamedAndEverythingWeakerAwaitsReview()
    {
        var extraction = Extract("""
            "We expect a ruling soon," Judge Helen Marsh said on Monday.
            "It will be final," Marsh added.
            "Nobody should doubt it," she said.
            """);
        Assert.Equal(Attribution.Named, QuoteOf(extraction, "We expect a ruling soon").Attribution);
        Assert.Equal(Attribution.Surname, QuoteOf(extraction, "It will be final").Attribution);
        Assert.Equal(Attribution.Pronoun, QuoteOf(extraction, "Nobody should doubt it").Attribution);
    }

    // "Tom Ash tried to channel Ruth Okafor and find what she once called 'steel'": a pronoun the sentence's subject cannot
    // take goes to the one named earlier in the sentence who can, before anyone from earlier sentences.
    [Theory]
    [InlineData("Mayor Tom Ash went in hoping to channel Ruth Okafor and find what she once called his \"backbone.\"", "backbone", "Ruth Okafor")]
    [InlineData("Councillor Anna Berg quoted Peter Lund, whom she had long admired, before he called the plan \"a trap.\"", "a trap", "Peter Lund")]
    public void APronounTheSubjectCannotTakeGoesToTheOneNamedInTheSentenceWhoCan(string sentence, string quote, string speaker)
    {
        var extraction = Extract($"""
            The bridge vote
            Ellen Strand chaired the council meeting on Monday.
            {sentence}
            """);
        Assert.Equal(speaker, QuoteOf(extraction, quote).Speaker.Name);
    }

    [Fact]
    public void AQuoteOnlyParagraphCarriesThePreviousSpeaker()
    {
        var extraction = Extract("""
            "The ferry will run again in June," Port Director Ines Duarte said.
            "Until then, the old route stays open."
            """);
        var quote = QuoteOf(extraction, "Until then, the old route stays open.");
        Assert.Equal(("Ines Duarte", Attribution.PreviousSpeaker), (quote.Speaker.Name, quote.Attribution));
    }

    [Fact]
    public void AnImageLineWithACreditIsACaptionAndItsPhotographerACredit()
    {
        var extraction = Extract("""
            Ministers agree on fishing quotas
            IMAGE: Trade Minister Ana Ruiz, Finance Minister Karl Dorn and Mayor Lena Brandt pose for a photo in Oslo, Norway, May 3, 2025. Photograph: Jonas Berg/Reuters
            Trade Minister Ana Ruiz said on Saturday that the deal was done.
            """);
        var article = Assert.Single(extraction.Articles);
        Assert.Contains(article.Credits, c => c.Name == "Jonas Berg" && c.Role == "photographer");
        Assert.DoesNotContain(article.Credits, c => c.Name.Contains("Minister"));
        Assert.StartsWith("Trade Minister Ana Ruiz said", article.Blocks[0].Text);
    }

    [Theory]
    [InlineData("May 20, 2025", "2025-05-19")]
    [InlineData("Tuesday, 20 May 2025", "2025-05-19")]
    public void ADateLineUnderTheHeadlineAnchorsWeekdaysAndIsNotAParagraph(string dateLine, string expected)
    {
        var extraction = Extract($"""
            Ministers agree on fishing quotas
            Source: Wire
            {dateLine}
            Trade Minister Ana Ruiz met Finance Minister Karl Dorn in Oslo on Monday.
            """);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("2025-05-20", article.Date?.Iso);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("2025"));
        Assert.Contains(extraction.Events, e => e.Date?.Iso == expected && e.Status == EventStatus.Happened);
    }
}

/// <summary>People as a newsroom sees them: officials named in passing, with the role the text gives; credits as credits.</summary>
public sealed class PeopleInPassingTests
{
    [Theory]
    [InlineData("The talks also included Secretary of State Ana Ruiz, the President's envoy to Norway Erik Lund, and aide Karl Dorn.", "Erik Lund", "President's envoy to Norway")]
    [InlineData("Also present were Vice President JD Halvorsen and two aides.", "JD Halvorsen", "Vice President")]
    [InlineData("\"The bridge will hold,\" said Brandt, a 52-year-old site manager.", "Lena Brandt", "52-year-old site manager")]
    [InlineData("The envoy was joined by Vice Premier He Lifang and two aides. He said little.", "He Lifang", "Vice Premier")]
    public void RecordsOfficialsNamedInPassingWithTheirRole(string sentence, string name, string role)
    {
        var extraction = Extract("Lena Brandt said on Monday the repairs were finished.", sentence);
        Assert.Contains(extraction.People, p => p.Name == name && p.Role == role);
    }

    [Theory]
    [InlineData("Critics blamed the delay on Mark Osei, who ran the port until March.", "Mark Osei")]
    [InlineData("The mayor said the fund ran dry because Karen Holm spent it on ferries.", "Karen Holm")]
    [InlineData("A letter from Sofia Lind's office arrived on Tuesday.", "Sofia Lind")]
    public void RecordsAPersonNamedInPassingByAGivenName(string sentence, string name)
    {
        var extraction = Extract("Lena Brandt said on Monday the repairs were finished.", sentence);
        var person = Assert.Single(extraction.People, p => p.Name == name);
        Assert.Null(person.Role);
    }

    [Theory]
    // A given name that opens a place, firm or outlet, or a run after a title or place that is no name.
    [InlineData("Lena Brandt spoke to Paul Street Radio and flew to Anna Island.", "Paul Street Radio")]
    [InlineData("Lena Brandt said the Henry Ford Hospital would stay open.", "Henry Ford Hospital")]
    [InlineData("Lena Brandt met reporters on Mark Lane in Leeds.", "Mark Lane")]
    public void AGivenNameOpeningAPlaceOrFirmIsNoPerson(string sentence, string notAPerson)
    {
        var extraction = Extract(sentence);
        Assert.DoesNotContain(extraction.People, p => notAPerson.StartsWith(p.Name, StringComparison.Ordinal) || p.Name.StartsWith(notAPerson, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAppositiveNeverOpensWithAConjunction()
    {
        var extraction = Extract("Mayor Lena Brandt, Italian PM Carla Ruffo, and Norway's Prime Minister Erik Lund posed for a photo.");
        Assert.Contains(extraction.People, p => p.Name == "Carla Ruffo" && p.Role == "Italian PM");
        Assert.Contains(extraction.People, p => p.Name == "Erik Lund" && p.Role == "Norway's Prime Minister");
    }

    [Fact]
    public void AQuotationDashOpensSpeechUpToTheCommaBeforeItsVerb()
    {
        var extraction = Extract("Alliance chief speaks\nAlliance chief Ana Roe met the press in Tarrow on Monday.\n\u2013We meet at a hard moment, with growing challenges, notes Roe as she opens the meeting.\n\u2013Everyone must carry the load, says Roe.\n\u2013 First item on the list\n\u2013 Second item, the budget");
        Assert.Equal(["We meet at a hard moment, with growing challenges", "Everyone must carry the load"],
            extraction.Quotes.Where(q => q.Speaker.Name == "Ana Roe").Select(q => q.Text));
        Assert.Equal(2, extraction.Quotes.Count());
    }

    [Fact]
    public void ASubheadingThatSaysWhoSpeaksGivesThemTheListedQuotesUnderIt()
    {
        var extraction = Extract("""
            Harbour chiefs speak
            Mayor Tom Brandt and Governor Amal Haddad met the press in Tarrow on Monday.
            What Brandt said
            - "The ferries will run on time. We are sure of it."
            - "We have hired forty new crew."
            Brandt also praised the crews.
            What Haddad said
            - "The port will stay public."
            """);
        Assert.Equal(["Tom Brandt", "Tom Brandt", "Amal Haddad"], extraction.Quotes.Where(q => !q.Partial).Select(q => q.Speaker.Name));
    }

    [Fact]
    public void ASubheadingThatNamesNoSpeakerEndsTheSpeakerCarriedBeforeIt()
    {
        var extraction = Extract("""
            Harbour chiefs speak
            "The ferries will run on time," Mayor Tom Brandt said on Monday.
            Reactions in the town
            "We will see about that."
            """);
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.StartsWith("We will see", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What Brandt said:")]
    [InlineData("How Brandt sees it")]
    [InlineData("Why Brandt left early")]
    public void AnInterrogativeIsNoPartOfAName(string line)
    {
        var extraction = Extract("Harbour chiefs speak\nMayor Tom Brandt met the press in Tarrow on Monday.\n" + line + "\n\"The ferries will run on time.\"");
        Assert.DoesNotContain(extraction.People, p => p.Name.Split(' ')[0] is "What" or "How" or "Why");
    }

    [Fact]
    public void ATranscriptsHostsAreCreditsAndANewsmakersTurnIsTheirQuote()
    {
        var extraction = Extract("""
            Harbour deal: what happens next?
            ANN WRITER, HOST:
            The mayors met for six hours on Tuesday. Our correspondent Bo Kim was there. Bo, what happened?
            BO KIM, BYLINE: Well, Ann, they talked about quotas.
            WRITER: And what did the mayor say?
            (SOUNDBITE OF ARCHIVED RECORDING)
            MAYOR MARIA LOPEZ: We found more common ground than I expected. The quotas are still hard.
            KIM: So a partial deal, Ann.
            """);
        var article = Assert.Single(extraction.Articles);
        Assert.Contains(article.Credits, c => c.Name == "Ann Writer");
        Assert.Contains(article.Credits, c => c.Name == "Bo Kim");
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(("Maria Lopez", "We found more common ground than I expected. The quotas are still hard.", false, Attribution.Named),
            (quote.Speaker.Name, quote.Text, quote.Partial, quote.Attribution));
        Assert.Contains(extraction.People, p => p.Name == "Maria Lopez" && p.Role == "Mayor");
        Assert.DoesNotContain(extraction.People, p => !p.Credit && p.Name is "Ann Writer" or "Bo Kim");
        Assert.DoesNotContain(article.Blocks, b => b.Text.StartsWith("(SOUNDBITE", StringComparison.Ordinal));
    }

    [Fact]
    public void ACapitalisedDatelineIsNotATranscriptLabel()
    {
        var extraction = Extract("""
            Ferries return
            OSLO: Harbour Director Ines Duarte said on Monday that the ferries would run again.
            """);
        Assert.Contains(extraction.People, p => p.Name == "Ines Duarte");
        Assert.Empty(extraction.Quotes);
    }

    [Fact]
    public void ThePhotographerInACaptionCreditIsCredited()
    {
        var extraction = Extract("""
            Mayors meet in Port Example
            The two mayors shake hands in Port Example on June 3, 2025. (Photo by Jonas Berg/POOL/AFP via Example Images)
            Mayor Maria Lopez said on Tuesday that the talks went well.
            """);
        var article = Assert.Single(extraction.Articles);
        Assert.Contains(article.Credits, c => c.Name == "Jonas Berg" && c.Role == "photographer");
    }
}
