using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A person's name never carries a title or descriptor, a name printed alone is the person as printed, and a listener or
/// a people is no person. Invented articles, one class each.
/// </summary>
public sealed class PeopleAsPrintedTests
{
    [Theory]
    [InlineData("Protester Marta Lind Vaher held a banner outside. \"They never ask us,\" Vaher said.", "Marta Lind Vaher", "Protester")]
    [InlineData("Resident Ali Demir watched from a balcony. \"It was loud all night,\" Demir said.", "Ali Demir", "Resident")]
    [InlineData("Parliament Speaker Irma Kask opened the session. \"We begin,\" Kask said.", "Irma Kask", "Parliament Speaker")]
    public void ADescriptorBeforeANameIsTheRoleNotPartOfTheName(string paragraph, string name, string role)
    {
        var extraction = Extract("Town hall debate\n" + paragraph);
        var person = Assert.Single(extraction.People);
        Assert.Equal((name, role), (person.Name, person.Role));
        Assert.All(extraction.Quotes, q => Assert.Same(person, q.Speaker));
    }

    // A noun that says what a person is (from WordNet's person nouns), with no title from the list: before the name, in an
    // appositive, or capitalised at a sentence's start before a given name.
    [Theory]
    [InlineData("\"We had sunk back into obscurity,\" joked the veteran Tarrow pollster Ivo Marek.", "Ivo Marek", "veteran Tarrow pollster")]
    [InlineData("\"The phones rang all day,\" said Pia Lund, a regional radio host who took the calls.", "Pia Lund", "regional radio host")]
    [InlineData("Host Dana Reyes opened the show. \"Welcome back,\" Reyes said.", "Dana Reyes", "Host")]
    [InlineData("\"It is close,\" said Omar Vidal, the party's nominee for mayor.", "Omar Vidal", "party's nominee for mayor")]
    public void ANounNamingWhatAPersonIsIsTheirRole(string paragraph, string name, string role)
    {
        var extraction = Extract("Town hall debate\n" + paragraph);
        var person = Assert.Single(extraction.People, p => !p.Credit);
        Assert.Equal((name, role), (person.Name, person.Role));
        Assert.Same(person, Assert.Single(extraction.Quotes).Speaker);
    }

    // Such a noun alone makes no one a person: "manufacturer Nordlex" is a company, "the senior Foreign Office team" a team.
    [Theory]
    [InlineData("Chip manufacturer Nordlex opened a plant in Tarrow.")]
    [InlineData("The senior Foreign Office team flew home on Monday.")]
    [InlineData("The deal pleased the affluent Tarrow families most.")]
    public void ANounNamingAPersonBeforeCapitalsThatAreNoNameMakesNoPerson(string paragraph)
    {
        Assert.Empty(Extract("Border quiet again\n" + paragraph).People.Where(p => !p.Credit));
    }

    [Theory]
    [InlineData("President Rein called the deal fair. \"It is a good day,\" Rein said.", "Rein", "President")]
    [InlineData("Secretary Alves spoke first. \"The votes are there,\" Alves said.", "Alves", "Secretary")]
    [InlineData("\"We will not sign,\" Mr Varga said.", "Varga", null)]
    public void APersonTheArticleNeverNamesInFullIsNamedAsPrinted(string paragraph, string name, string? role)
    {
        var extraction = Extract("Treaty talks stall\n" + paragraph);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal((name, role), (quote.Speaker.Name, quote.Speaker.Role));
        Assert.NotEqual(Attribution.Named, quote.Attribution);
    }

    [Fact]
    public void ACourtesyTitleMarksAFullNameEvenWithAnAsideBeforeTheVerb()
    {
        var extraction = Extract("Rail plan backed\nSir Alan Whitcombe (Labour) insisted the line \"must be built\".");
        Assert.Equal("Alan Whitcombe", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Theory]
    [InlineData("\"We saw nothing,\" a guard told Radio Nordvik on Monday.")]
    [InlineData("Officials later told Ostland Daily the count was correct.")]
    [InlineData("Ukrainians said they would wait. They said nothing more.")]
    [InlineData("Well, the talks said little, observers noted.")]
    [InlineData("The Joint Chiefs of Staff said the drill would go ahead.")]
    [InlineData("Danish leader, also a Christian Democrat, said the plan was fair.")]
    public void AListenerAPeopleOrASentenceOpeningWordIsNoPerson(string paragraph)
    {
        Assert.Empty(Extract("Border quiet again\n" + paragraph).People.Where(p => !p.Credit));
    }

    // A word capitalised only because it opens the sentence (a correlative, a participle, a pronoun) is no part of the
    // name after it.
    [Theory]
    [InlineData("Neither Roe nor Doe took questions from reporters.")]
    [InlineData("Joining Roe in Tarrow were trade officials from both sides.")]
    [InlineData("Both Roe and Doe left early.")]
    [InlineData("They noted that Roe had said nothing.")]
    public void AWordOpeningTheSentenceBeforeANameIsNoPartOfIt(string sentence)
    {
        var extraction = Extract("Ferry talks\nPresident Jon Roe met Prime Minister Ana Doe in Tarrow. \"We agree,\" Roe said.\n" + sentence);
        Assert.Equal(["Ana Doe", "Jon Roe"], extraction.People.Where(p => !p.Credit).Select(p => p.Name).Order());
    }

    [Fact]
    public void AParticipleOpeningTheSentenceIsNoPartOfTheTitle()
    {
        var extraction = Extract("Ministry hails talks\nQuoting PM Ravi Sen, the ministry added that \"the talks were useful\".");
        var person = Assert.Single(extraction.People, p => !p.Credit);
        Assert.Equal("PM", person.Role);
    }

    [Theory]
    [InlineData("Mila Horak, 66, a Tarrow resident, watched the motorcade pass.", "Mila Horak", "Tarrow resident")]
    [InlineData("Karl Voss, 41, the harbour's night pilot, said the fog was thick.", "Karl Voss", "harbour's night pilot")]
    public void AnAgeBeforeTheAppositiveIsNotTheRole(string paragraph, string name, string role)
    {
        var person = Assert.Single(Extract("Motorcade passes\n" + paragraph).People, p => !p.Credit);
        Assert.Equal((name, role), (person.Name, person.Role));
    }

    // An auxiliary opening a question ("Is", "Will", "Has") is no part of the title after it.
    [Theory]
    [InlineData("Is President Tom Grant going to sign the ferry deal?", "President")]
    [InlineData("Will Governor Tom Grant attend the harbour talks?", "Governor")]
    [InlineData("Has Mayor Tom Grant seen the new timetable?", "Mayor")]
    public void AnAuxiliaryOpeningAQuestionIsNoPartOfTheTitle(string question, string role)
    {
        var person = Assert.Single(Extract("Ferry questions\n" + question).People, p => !p.Credit);
        Assert.Equal(("Tom Grant", role), (person.Name, person.Role));
    }

    // One given name transliterated two ways, or mistyped by a swap of letters, is one person; a man's and a woman's
    // name one letter apart are two.
    [Theory]
    [InlineData("Dmitri Volkov", "Dmitry Volkov", 1)]
    [InlineData("Nikolai Orlov", "Nikolay Orlov", 1)]
    [InlineData("Valdimir Orlov", "Vladimir Orlov", 1)]
    [InlineData("Ivan Orlov", "Ivana Orlov", 2)]
    [InlineData("Mark Orlov", "Mary Orlov", 2)]
    public void AGivenNameSpelledTwoWaysIsOnePerson(string first, string second, int people)
    {
        var extraction = Extract($"Ferry talks\nPort chief {first} met the mayor on Monday.\nLater, {second} told reporters the talks went well.");
        Assert.Equal(people, extraction.People.Count(p => !p.Credit));
    }

    // What a person is, said by a relative clause or a sentence about them, is their role as an appositive would be.
    [Theory]
    [InlineData("\"The fog came early,\" said Mila Horak, who runs a ferry service in Tarrow.", "Mila Horak", "runs a ferry service in Tarrow")]
    [InlineData("\"The fog came early,\" said Karl Voss, who works for a shipping firm.", "Karl Voss", "works for a shipping firm")]
    [InlineData("Karl Voss, who is a harbour pilot, watched the ships leave.", "Karl Voss", "harbour pilot")]
    [InlineData("Karl Voss, who served as a harbour pilot in Tarrow, watched the ships leave.", "Karl Voss", "harbour pilot in Tarrow")]
    [InlineData("Mila Horak, who works as an adviser to the port, watched the ships leave.", "Mila Horak", "adviser to the port")]
    [InlineData("Mila Horak is an organiser with the group Tarrow Harbour Watch, which meets on Fridays.", "Mila Horak", "organiser with the group Tarrow Harbour Watch")]
    [InlineData("Karl Voss is Norway's ambassador to Chile. He spoke on Monday.", "Karl Voss", "Norway's ambassador to Chile")]
    public void WhatASentenceSaysAPersonIsIsTheirRole(string paragraph, string name, string role)
    {
        var person = Assert.Single(Extract("Harbour news\n" + paragraph).People, p => !p.Credit);
        Assert.Equal((name, role), (person.Name, person.Role));
    }

    // A relative clause that says what the person did, not what they do, and a sentence that says something else about
    // them, give no role.
    [Theory]
    [InlineData("\"The fog came early,\" said Mila Horak, who arrived on Monday.")]
    [InlineData("Mila Horak is expected to arrive in Tarrow on Monday.")]
    public void AClauseThatIsNoOccupationGivesNoRole(string paragraph)
    {
        var person = Assert.Single(Extract("Harbour news\n" + paragraph).People, p => !p.Credit);
        Assert.Null(person.Role);
    }

    // "U. S.": spaced initials alone are an abbreviation, not a name.
    [Theory]
    [InlineData("U. S. officials said the talks would go on.")]
    [InlineData("The deal pleased U. K. exporters, who said so on Monday.")]
    public void InitialsAloneAreNoName(string paragraph)
    {
        Assert.Empty(Extract("Talks go on\n" + paragraph).People.Where(p => !p.Credit));
    }

    // A title held towards a large city, which stands for its government: "ambassador to Lagos".
    [Fact]
    public void ATitleTowardsACityBeforeACommaSetNameIsTheRole()
    {
        var extraction = Extract("Envoy speaks\nTwo issues remain, believes the Ostland ambassador to Lagos, Ivo Marek. \"Both can be solved,\" he said.");
        var person = Assert.Single(extraction.People, p => !p.Credit);
        Assert.Equal(("Ivo Marek", "Ostland ambassador to Lagos"), (person.Name, person.Role));
    }

    [Fact]
    public void SpellingsThatDifferOnlyInAccentsAndANameGoneByAloneAreOnePerson()
    {
        var extraction = Extract(
            "Summit host speaks\nPresident Luis Inácio Mora da Costa opened the summit. \"We are ready,\" Mora said.",
            "Summit closes\nPresident Luis Inacio Mora da Costa closed the summit.");
        var person = Assert.Single(extraction.People);
        Assert.Equal("Luis Inácio Mora da Costa", person.Name);
        Assert.Equal("Luis Inácio Mora da Costa", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void AListOfPeopleInACaptionIsNoRoleInApposition()
    {
        var extraction = Extract("Family photo\nDana Holt, Ruritania's Foreign Minister Ali Khan and others pose for a photo in Lyon.\nThe leaders met on Monday.");
        Assert.DoesNotContain(extraction.People, p => p.Role is { } role && role.Contains("pose", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tarrow hails Holt-Brandt Lyon summit, calls ferry plan \"historic\"")]
    [InlineData("Tarrow hails Holt-Brandt talks, calls ferry plan \"historic\"")]
    public void NamesPairedBeforeAnEventNounQualifyTheEventAndNameNoOne(string line)
    {
        var extraction = Extract("Harbour deal\n" + line + "\nMayor Lena Holt met Governor Ivo Brandt in Lyon.");
        Assert.Equal(["Ivo Brandt", "Lena Holt"], extraction.People.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(extraction.Quotes, q => q.Speaker.Name.Contains("Holt-Brandt", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondFullNameAfterAndIsItsOwnPersonWhenItOpensOnAGivenName()
    {
        var extraction = Extract("Summits rarely matter\nPolitical scientists Robert Finch and Joanne Marsh argue that summits rarely change much.\nThe delegates came from Bosnia and Herzegovina.");
        Assert.Contains(extraction.People, p => p.Name == "Joanne Marsh");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("Herzegovina", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Home / World / Europe / Ports agree on a ferry plan")]
    [InlineData("News > Politics > Ports agree on a ferry plan")]
    public void ABreadcrumbTrailIsPageFurnitureNotAHeadlineRepeated(string trail)
    {
        var extraction = Extract("Ports agree on a ferry plan\n" + trail + "\nMayor Lena Brandt said the ferries \"will run all night.\"");
        Assert.DoesNotContain(Assert.Single(extraction.Articles).Blocks, b => b.Text.Contains(" / ", StringComparison.Ordinal) || b.Text.Contains(" > ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnImageLibraryInAPictureCreditIsNoPhotographer()
    {
        var extraction = Extract("Ports agree\nThe two mayors shake hands in Tarrow. (Photo/Wikimedia Commons)\nMayor Lena Brandt opened the ferry terminal on Monday.");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("Commons", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Egyptian President Karim Nabil al-Hakim said the summit \"will act.\"", "Karim Nabil al-Hakim", "Egyptian President")]
    // A transliteration mark ending a name word before the particle name ("Hadi’ al-Rubai").
    [InlineData("Iraqi Prime Minister Karim Hadi\u2019 al-Rubai said the summit \"will act.\"", "Karim Hadi al-Rubai", "Iraqi Prime Minister")]
    [InlineData("Somali President Yusuf Sheikh Ali said the summit \"will act.\"", "Yusuf Sheikh Ali", "Somali President")]
    [InlineData("King Edwin IV said the summit \"will act.\"", "Edwin IV", "King")]
    [InlineData("Senator Tom Cruz Jr. said the summit \"will act.\"", "Tom Cruz Jr.", "Senator")]
    public void ANameKeepsItsParticlesInnerTitlesAndSuffixes(string paragraph, string name, string role)
    {
        var extraction = Extract("Summit ends\n" + paragraph);
        var person = Assert.Single(extraction.People);
        Assert.Equal((name, role), (person.Name, person.Role));
        Assert.Equal(name, Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void AFamilyNameJoinedToItsParticleAloneStillNamesThePerson()
    {
        var extraction = Extract("Summit ends\nEgyptian President Karim Nabil al-Hakim opened the summit.\n\"We will act,\" al-Hakim said.");
        Assert.Equal("Karim Nabil al-Hakim", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void TheFirstWordOfATwoWordTitleStartsNoName()
    {
        var extraction = Extract("Summit ends\nSamir Allami, adviser to Iraqi Prime Minister Tom Rawi, spoke first.");
        Assert.DoesNotContain(extraction.People, p => p.Name == "Prime" || p.Name.StartsWith("Prime ", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameIntroducedAfterAnOrganisationsNounIsThatOrganisationNotASpeaker()
    {
        var extraction = Extract("Summit ends\nState news agency Tinhua played down the rivalry. \"The port is a partner,\" Tinhua wrote.");
        Assert.Empty(extraction.People);
        Assert.Empty(extraction.Quotes);
    }

    [Fact]
    public void ARoleHeldTowardsAnotherPersonIsStillAnAppositive()
    {
        var extraction = Extract("Summit ends\n\"The summit will unite us,\" Samir Allami, adviser to Iraqi Prime Minister Tom Rawi, told reporters on Saturday.");
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal("Samir Allami", quote.Speaker.Name);
        Assert.Equal("adviser to Iraqi Prime Minister Tom Rawi", quote.Speaker.Role);
    }

    [Fact]
    public void ACountrysPossessiveBeforeAFullNameMarksAPerson()
    {
        var extraction = Extract("Leaders gather\nIndia's Ravi Kumar and Kazakhstan's Aida-Marat Tokanov arrived on Monday, as did Iran's Foreign Affairs Minister Ali Khan.\nKumar, who arrived late, told reporters the summit was \"productive.\"");
        Assert.Contains(extraction.People, p => p.Name == "Ravi Kumar");
        Assert.Contains(extraction.People, p => p.Name == "Aida-Marat Tokanov");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("Affairs", StringComparison.Ordinal));
        Assert.Equal("Ravi Kumar", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void ASubheadingInCapitalsIsNoByline()
    {
        var extraction = Extract("Leaders gather\nMayor Lena Holt opened the summit in Lyon on Monday.\nHOLT PRESSES PARIS\nThe mayor asked for more ferries.");
        Assert.DoesNotContain(extraction.People, p => p.Credit);
    }
}
