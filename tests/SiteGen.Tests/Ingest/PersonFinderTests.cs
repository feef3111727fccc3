using SiteGen.Content;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>People introduced in every common form, merged across articles and spellings, with credits kept apart.</summary>
public sealed class PersonFinderTests
{
    // "former mayors Ana Roe and Tom Ash": a plural title over two names joined by "and" is each one's title, in the singular;
    // a plural noun that is the sentence's subject, with the names its object, is no one's title.
    [Theory]
    [InlineData("The pier was opened by former Lyon mayors Ana Roe and Tom Ash on Monday.", "former Lyon mayor")]
    [InlineData("Foreign Ministers Ana Roe and Tom Ash arrived in Oslo.", "Foreign Minister")]
    [InlineData("The mayors met Ana Roe and Tom Ash.", null)]
    public void APluralTitleOverTwoNamesIsEachOnesTitle(string sentence, string? role)
    {
        var people = IngestTestSupport.Extract($"Harbour news\n{sentence}\nThe talks went on.").People;
        Assert.Equal([("Ana Roe", role), ("Tom Ash", role)], people.Select(p => (p.Name, p.Role)).Order());
    }

    // "Ash's Aurora Plan": a run after a named person's possessive is a thing of theirs, even when it opens on a word that
    // is also a given name; a country's possessive still leads to a name ("Norway's Ana Lind").
    [Theory]
    [InlineData("Critics called it Ash's Aurora Plan with the port.", "Aurora Plan", false)]
    [InlineData("The council weighed Ash's Sahara Gambit with care.", "Sahara Gambit", false)]
    [InlineData("Norway's Ana Lind met him on Monday.", "Ana Lind", true)]
    public void ARunAfterAPersonsPossessiveIsTheirThing(string sentence, string run, bool isPerson)
    {
        var extraction = IngestTestSupport.Extract($"""
            Harbour news
            Mayor Tom Ash opened the new pier on Monday.
            {sentence}
            """);
        Assert.Equal(isPerson, extraction.People.Any(p => p.Name == run));
    }

    // "Ash's wife Ruth": a given name printed alone after a named possessor and a word of kinship is that family's member,
    // whether or not the sentence has her speak; the possessor keeps the family name's quotes.
    [Theory]
    [InlineData("Ash's wife Ruth wrote a letter to the council.", "Ruth Ash")]
    [InlineData("Mayor Ash stood on the pier, with Ash's daughter Maria beside him.", "Maria Ash")]
    [InlineData("The mayor thanked Ash's son Peter for his help.", "Peter Ash")]
    public void AGivenNameAfterAPossessorsKinTakesTheFamilyName(string sentence, string relative)
    {
        var extraction = IngestTestSupport.Extract($"""
            Harbour news
            Mayor Tom Ash opened the new pier on Monday.
            {sentence}
            "We will keep going," Ash said.
            """);
        Assert.Equal(new[] { "Tom Ash", relative }.Order(), extraction.People.Select(p => p.Name).Order());
        Assert.Equal("Tom Ash", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    // A programme named for its host names a person: a full name before a programme noun, or after "with" in a title-case
    // programme name, quoted or not. What merely shares the shape ("City Hall With", a run with no given name) names no one.
    [Theory]
    [InlineData("Mayor Tom Ash said so on \"Harbour Week with Dana Orlow\" on Sunday.", "Dana Orlow")]
    [InlineData("Mayor Tom Ash said so on Harbour Week With Dana Orlow on Sunday.", "Dana Orlow")]
    [InlineData("Mayor Tom Ash said so on the Carl Menzer radio show.", "Carl Menzer")]
    [InlineData("Mayor Tom Ash said so on The Hugo Palo Show.", "Hugo Palo")]
    [InlineData("Mayor Tom Ash said so on the Hugo Palo podcast.", "Hugo Palo")]
    [InlineData("Mayor Tom Ash said so on the Harbour Radio show.", null)]
    [InlineData("Mayor Tom Ash said so at the Atlantic Forum with Norway Trade.", null)]
    public void AProgrammeNamedForItsHostNamesAPerson(string sentence, string? host) =>
        AssertPeople("Harbour news\n" + sentence, "Tom Ash", host);

    // An acronym before a full name that opens on a given name is the person's outlet or agency, not the head of a longer name.
    [Theory]
    [InlineData("Mayor Tom Ash spoke in an interview with TVN Dana Orlow on Sunday.", "Dana Orlow")]
    [InlineData("Mayor Tom Ash spoke to ORF Carl Menzer and others.", "Carl Menzer")]
    [InlineData("Mayor Tom Ash spoke at the UNDP Harbour Forum.", null)]
    public void AnAcronymBeforeAGivenNameIsTheOutletNotTheName(string sentence, string? person) =>
        AssertPeople("Harbour news\n" + sentence, "Tom Ash", person);

    // A title, "of" and the body it serves, then a full name ("the spokeswoman of the Harbour Authority Maria Lund"): the
    // body's name ends where the given name starts, the title with its body is the role, and the title is no reference
    // back to someone named before. A body's word with no title before it names its body, not a role.
    [Theory]
    [InlineData("On Monday the spokeswoman of the Harbour Authority Maria Lund said the port would reopen.", "Maria Lund", "spokeswoman of the Harbour Authority")]
    [InlineData("This was announced by the official representative of the Nordic Trade Ministry Anna Brekke.", "Anna Brekke", "official representative of the Nordic Trade Ministry")]
    [InlineData("Talks with the head of the Central Bank Omar Haddad went on late.", "Omar Haddad", "head of the Central Bank")]
    [InlineData("Talks with the head at the Tarrow Port Board Omar Haddad went on late.", "Omar Haddad", "head at the Tarrow Port Board")]
    [InlineData("Norway's Minister of National Defence, Anna Solli, spoke first.", "Anna Solli", "Norway's Minister of National Defence")]
    [InlineData("The Secretary for Coastal Affairs, Tomas Vik, spoke first.", "Tomas Vik", "Secretary for Coastal Affairs")]
    public void ATitleOfABodyBeforeAFullNameIsItsRole(string sentence, string name, string role)
    {
        var extraction = IngestTestSupport.Extract($"Harbour news\nMayor Tom Ash opened the pier.\n{sentence}\n\"We are ready,\" {name.Split(' ')[1]} said.");
        Assert.Equal(new[] { "Tom Ash", name }.Order(), extraction.People.Select(p => p.Name).Order());
        var person = extraction.People.Single(p => p.Name == name);
        Assert.Equal(role, person.Role);
        Assert.DoesNotContain(person.Aliases, a => a.StartsWith("the ", StringComparison.Ordinal));
        Assert.Equal(name, Assert.Single(extraction.Quotes).Speaker.Name);
    }

    // A given name before a word that ends the names of landforms ("Rosa Lake", "Rosa Mountain") names a place, not a
    // person, even after a nationality that would otherwise mark a person's full name.
    [Theory]
    [InlineData("Mayor Tom Ash spoke at the Swedish Rosa Lake lodge on Sunday.")]
    [InlineData("Mayor Tom Ash left the summit in the Canadian Rosa Mountain resort early.")]
    [InlineData("Mayor Tom Ash fished in the Danish Maria River on Sunday.")]
    public void AGivenNameBeforeALandformIsAPlace(string sentence) => AssertPeople("Harbour news\n" + sentence, "Tom Ash");

    // Initials run together with their stops ("J.D. Harlan") open a full name as "JD" does; an abbreviation spelt so
    // ("U.K. Labour") opens none.
    [Theory]
    [InlineData("The talks would involve Vice President J.D. Harlan and others.", "J.D. Harlan")]
    [InlineData("\"We will see,\" said A.B. Roe, a harbour pilot.", "A.B. Roe")]
    [InlineData("Mayor Tom Ash said U.K. Labour had backed the pier.", null)]
    public void DottedInitialsOpenAName(string sentence, string? person) =>
        AssertPeople("Harbour news\nMayor Tom Ash opened the pier.\n" + sentence, "Tom Ash", person);

    // Honorifics between a title and a name ("H.E.", "Datuk Seri") are neither the name's nor the role's; a verb spelt like a
    // plural title ("who chairs Nordbloc, and ...") makes no one of the body it governs.
    [Theory]
    [InlineData("The accord was signed before Prime Minister Datuk Seri Ravi Osman, who currently chairs Nordbloc, and others.", "Ravi Osman", "Prime Minister")]
    [InlineData("President of Kenya H.E. Ravi Osman welcomed the mayor.", "Ravi Osman", "President of Kenya")]
    public void HonorificsBeforeANameAreNeitherNameNorRole(string sentence, string name, string role)
    {
        var people = IngestTestSupport.Extract("Harbour news\nMayor Tom Ash opened the pier.\n" + sentence).People;
        Assert.Equal(new[] { "Tom Ash", name }.Order(), people.Select(p => p.Name).Order());
        Assert.Equal(role, people.Single(p => p.Name == name).Role);
    }

    // A given name and a bare capital letter (a surname the reporter withholds) is a person's whole name; a capital letter
    // after a word that is no given name ("Plan B") names no one.
    [Theory]
    [InlineData("In a cabin by the road we meet Maria K who fled the coast with her son.", "Maria K")]
    [InlineData("Mayor Tom Ash said the town had no Plan B for the ferries.", null)]
    public void AGivenNameAndABareInitialIsAPersonsName(string sentence, string? person) =>
        AssertPeople("Harbour news\nMayor Tom Ash opened the pier.\n" + sentence + "\n\"We lost everything,\" she snaps.", "Tom Ash", person);

    // A single word the article puts after "in", "from" or "near" is a place there, even before a speech verb
    // ("in Tarrow concluded"): no one is called Tarrow.
    [Fact]
    public void AWordTheArticlePutsAfterAPlacePrepositionIsNoSpeaker() =>
        AssertPeople("Harbour talks end\nA meeting between Mayor Lena Brandt and Governor Amal Haddad in Tarrow concluded on Friday without a deal.", "Amal Haddad", "Lena Brandt");

    // A title word hyphened to the word before it ("12-member", "long-serving chief") is part of a compound adjective: the
    // capitalised word after it names no one.
    [Fact]
    public void ATitleWordInAHyphenedCompoundIsNoTitle() =>
        AssertPeople("Harbour talks end\nMayor Lena Brandt addressed leaders of the 12-member Nordic bloc, including Governor Amal Haddad, on Friday.", "Amal Haddad", "Lena Brandt");

    /// <summary>The article's people are exactly those named (a null stands for no one).</summary>
    private static void AssertPeople(string article, params string?[] names) =>
        Assert.Equal(names.OfType<string>().Order(), IngestTestSupport.Extract(article).People.Select(p => p.Name).Order());

    [Theory]
    [InlineData("U.S. Secretary of State Marco Rubio met his counterparts in Rome.", "Marco Rubio", "U.S. Secretary of State", null)]
    [InlineData("German Foreign Minister Johann Wadephul met his counterparts in Rome.", "Johann Wadephul", "German Foreign Minister", null)]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the talks were useful.", "Dmitry Peskov", "Kremlin spokesman", null)]
    [InlineData("Kremlin foreign policy aide Yuri Ushakov told reporters the talks were useful.", "Yuri Ushakov", "Kremlin foreign policy aide", null)]
    [InlineData("The president's chief of staff, Andriy Yermak, said the talks were useful.", "Andriy Yermak", "president's chief of staff", null)]
    [InlineData("European Commission President Ursula von der Leyen said the talks were useful.", "Ursula von der Leyen", "European Commission President", null)]
    [InlineData("Retired Gen. Mark A. Milley, a former chairman of the Joint Chiefs of Staff, said the talks could fail.", "Mark A. Milley", "former chairman of the Joint Chiefs of Staff", null)]
    [InlineData("Britain's finance minister, Rachel Reeves, said the budget was ready.", "Rachel Reeves", "Britain's finance minister", null)]
    [InlineData("The president sent his foreign minister, Ivo Marek, to the talks in Lyon.", "Ivo Marek", "foreign minister", null)]
    [InlineData("Prime Minister of Norway Ivo Marek, left, shakes hands with a guest.", "Ivo Marek", "Prime Minister of Norway", null)]
    [InlineData("The island sent its trade envoy, Ana Lasko, to the talks in Lyon.", "Ana Lasko", "trade envoy", null)]
    [InlineData("The republic sent only its chargé d’affaires, Ivo Marek, to the closing session in Lyon.", "Ivo Marek", "chargé d’affaires", null)]
    [InlineData("\"Markets are nervous,\" said Peter Hall, chief economist at Oxford Analytics.", "Peter Hall", "chief economist", "Oxford Analytics")]
    [InlineData("Maria Lopez, a senior fellow at the Atlantic Council, said the deal was fragile.", "Maria Lopez", "senior fellow", "Atlantic Council")]
    [InlineData("John Carter, a spokesman for the State Department, said talks would continue.", "John Carter", "spokesman", "State Department")]
    [InlineData("\"It is fragile,\" Li Wei, expert on trade policy at the Eastbridge Institute of Economics explained.", "Li Wei", "expert on trade policy", "Eastbridge Institute of Economics")]
    [InlineData("\"It is fragile,\" said Ana Costa, director of the Center for Ocean Law, Policy, and Governance at Lisbon University.", "Ana Costa", "director of the Center for Ocean Law, Policy, and Governance", "Lisbon University")]
    public void ReadsNameRoleAndAffiliation(string sentence, string name, string role, string? affiliation)
    {
        var person = Assert.Single(IngestTestSupport.Extract(sentence + "\nThe talks went on.").People);
        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Theory]
    [InlineData("President", PersonKind.Leader)]
    [InlineData("Foreign Minister", PersonKind.Official)]
    [InlineData("Kremlin spokesman", PersonKind.Official)]
    [InlineData("senior fellow", PersonKind.Expert)]
    [InlineData("analyst", PersonKind.Expert)]
    public void MapsRoleToKind(string role, PersonKind kind)
    {
        var person = Assert.Single(IngestTestSupport.Extract($"{role} Tomas Novak spoke on Friday.\nThe talks went on.").People);
        Assert.Equal(kind, person.Kind);
    }

    [Fact]
    public void ResearchAffiliationMakesAnExpert()
    {
        var person = Assert.Single(IngestTestSupport.Extract("\"It is fragile,\" said Ana Costa, director of the Center for Ocean Law at Lisbon University.\nThe talks went on.").People);
        Assert.Equal(PersonKind.Expert, person.Kind);
    }

    [Fact]
    public void MergesSpellingVariantsAcrossArticles()
    {
        var extraction = IngestTestSupport.Extract(
            "Ukrainian President Olena Kovalenkko met envoys in Kyiv.\n\"We want peace,\" Kovalenkko said.\nKovalenkko left on Friday.",
            "Ukrainian President Olena Kovalenko spoke to reporters.\n\"We are ready,\" Kovalenko said.");
        var person = Assert.Single(extraction.People);
        Assert.Equal("Olena Kovalenkko", person.Name);
        Assert.Contains("Kovalenko", person.Aliases);
        Assert.All(extraction.Quotes, q => Assert.Same(person, q.Speaker));
    }

    [Theory]
    [InlineData("Tomas R. Novak")]
    [InlineData("Tomas R Novak")]
    public void AMiddleInitialAddsNoOneAcrossArticles(string withInitial)
    {
        var extraction = IngestTestSupport.Extract(
            "Finance Minister Tomas Novak arrived in Lisbon on Monday.\nThe talks went on.",
            $"Finance Minister {withInitial} met the unions.\n\"We will not sign,\" Novak said.");
        var person = Assert.Single(extraction.People);
        Assert.Equal("Tomas Novak", person.Name);
    }

    [Fact]
    public void AnotherGivenNameIsAnotherPersonEvenWithTheSameFamilyName()
    {
        var extraction = IngestTestSupport.Extract(
            "Finance Minister Tomas Novak arrived in Lisbon on Monday.\nThe talks went on.",
            "Trade Minister Petra Novak met the unions.\nThe talks went on.");
        Assert.Equal(2, extraction.People.Length);
    }

    [Fact]
    public void WhatTheSecondPassSeesReachesTheFinalPersonAndEveryReferenceToThem()
    {
        // Introduced in one article, then only called by surname and by role in another: both sightings belong to the one person.
        var extraction = IngestTestSupport.Extract(
            "Finance Minister Teodor Varga arrived in Lisbon on Monday.\nThe talks went on.",
            "\"We will not sign,\" Varga said on Tuesday.\n\"The terms are unfair,\" the finance minister added.");
        var person = Assert.Single(extraction.People);
        Assert.Equal(["t0.txt", "t1.txt"], person.Seeds.ToArray());
        Assert.Contains("Varga", person.Aliases);
        Assert.Contains("the finance minister", person.Aliases);
        Assert.NotEmpty(extraction.Quotes);
        Assert.All(extraction.Quotes, q => Assert.Same(person, q.Speaker));
    }

    [Fact]
    public void FamilyNameFirstNamesResolveByFamilyName()
    {
        var extraction = IngestTestSupport.Extract("\"Trade will recover,\" said Li Wei, professor of economics at Eastbridge University.\n\"Prices will fall,\" Li said.");
        Assert.Equal(["Li Wei", "Li Wei"], extraction.Quotes.Select(q => q.Speaker.Name));
        Assert.Contains("Li", Assert.Single(extraction.People).Aliases);
    }

    [Fact]
    public void CreditsAreJournalistsAndAgenciesAreNotPeople()
    {
        var extraction = IngestTestSupport.Extract("Foreign Minister Anna Berg arrived in Geneva.\n\"We are ready,\" Berg said.\nReporter: Jane Miller\nPhoto: AFP");
        var credit = Assert.Single(extraction.People, p => p.Credit);
        Assert.Equal(("Jane Miller", PersonKind.Journalist, "reporter"), (credit.Name, credit.Kind, credit.Role));
        Assert.DoesNotContain(extraction.People, p => p.Name == "AFP");
    }

    [Theory]
    [InlineData("North Korea said it would respond.")]
    [InlineData("Saudi Arabia said it welcomed the talks.")]
    [InlineData("The White House said it welcomed the news.")]
    [InlineData("Fox News reported the talks.")]
    public void PlacesAndOrganisationsNextToSaidAreNotPeople(string sentence)
    {
        Assert.Empty(IngestTestSupport.Extract(sentence + "\nThe talks went on.").People);
    }

    [Fact]
    public void AGivenNameTheArticleUsesAsAPlaceOpensNoBareName()
    {
        var people = IngestTestSupport.Extract(
            "Farm talks\nFarmers in Lorraine blocked the roads on Monday.\nSome claim the 1867 Lorraine Purchase was a lease, Mayor Lena Brandt said.\nThe talks went on.").People;
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Lorraine", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameThatIsNoPlaceInTheArticleStillOpensABareName()
    {
        var people = IngestTestSupport.Extract(
            "Farm talks\nFarmers in Tarrow blocked the roads on Monday.\nThe mayor thanked Lorraine Okafor for the letter about the farms.\nThe talks went on.").People;
        Assert.Contains(people, p => p.Name == "Lorraine Okafor");
    }

    [Fact]
    public void SurnameThatIsAlsoAPlaceWordStillNamesAPerson()
    {
        Assert.Equal("Jonathan West", Assert.Single(IngestTestSupport.Extract("Jonathan West said nothing.\nThe talks went on.").People).Name);
    }

    [Fact]
    public void NamesThatAreAlsoWordsDoNotTurnWordsIntoMentions()
    {
        var extraction = IngestTestSupport.Extract(
            "Former Prime Minister Theresa May visited Kyiv on March 3, 2025.\nTom Reyes, a spokesman for Northbank Capital, spoke first.\nMay brought new talks.\n\"It went well,\" he said.");
        Assert.Equal("Tom Reyes", Assert.Single(extraction.Quotes).Speaker.Name);
    }

    [Fact]
    public void NameThatIsAlsoAWordStillSpeaks()
    {
        var extraction = IngestTestSupport.Extract("Former Prime Minister Theresa May visited Kyiv on March 3, 2025.\n\"It went well,\" May said.");
        Assert.Equal(("Theresa May", "Former Prime Minister"), (extraction.People[0].Name, extraction.People[0].Role));
        Assert.Equal("Theresa May", Assert.Single(extraction.Quotes).Speaker.Name);
        Assert.Null(extraction.Articles[0].Caption); // a lede in the past tense is not a photo caption
    }

    [Fact]
    public void TheRoleMostArticlesGiveWinsOverOneCaptionsWording()
    {
        var extraction = IngestTestSupport.Extract(
            "Ruritania's President Ana Brel, left, greets delegates.\nRuritanian President Ana Brel opened the forum on Tuesday.",
            "Ruritanian President Ana Brel chaired the second day.\nThe talks went on.");
        var person = Assert.Single(extraction.People);
        Assert.Equal(("Ana Brel", "Ruritanian President"), (person.Name, person.Role));
    }

    [Fact]
    public void BetweenRolesGivenAsOftenTheFirstWinsAndSpellingsOfOneRoleCountTogether()
    {
        var extraction = IngestTestSupport.Extract(
            "Alliance chief Tomas Ferro arrived on Monday.\nThe talks went on.",
            "Alliance Secretary-General Tomas Ferro spoke first.\nThe talks went on.",
            "Alliance Secretary General Tomas Ferro spoke last.\nThe talks went on.");
        Assert.Equal("Alliance Secretary-General", Assert.Single(extraction.People).Role);
        var tie = IngestTestSupport.Extract(
            "Harbour Board chairman Ivo Marek spoke first.\nThe talks went on.",
            "Harbour Board director Ivo Marek spoke last.\nThe talks went on.");
        Assert.Equal("Harbour Board chairman", Assert.Single(tie.People).Role);
    }

    [Fact]
    public void AGivenNameBeforeATitleIsAnotherPersonsNameNotPartOfTheTitle()
    {
        // A byline run into the lead: "Nora Adeyemi" is the writer, "Chief" the subject's title.
        var extraction = IngestTestSupport.Extract(
            "Meet the founder of the harbour union\nNora Adeyemi Chief Tunde Bakare (1910 - 1988) was a union leader.\nThe talks went on.");
        var person = extraction.People.Single(p => p.Name.EndsWith("Bakare", StringComparison.Ordinal));
        Assert.Equal("Chief", person.Role);
    }

    [Fact]
    public void AListOfPeopleAfterACommaIsNoRoleOfTheFirst()
    {
        var extraction = IngestTestSupport.Extract(
            "I spoke to our members there, including Tom Alder, Rosa Quint, and Minister Bell, on Friday.\nThe talks went on.");
        Assert.Null(extraction.People.Single(p => p.Name == "Tom Alder").Role);
    }

    [Theory]
    [InlineData("Ethiopia")]
    [InlineData("Bhutan")]
    [InlineData("Bolivia")]
    [InlineData("Cameroon")]
    public void ATitleOfAnyCountryBeforeANameIntroducesThePerson(string country)
    {
        var person = Assert.Single(IngestTestSupport.Extract($"Leaders meet\nPrime Minister of {country} Ivo Marek, left, shakes hands with a guest.\nThe talks went on.").People);
        Assert.Equal(("Ivo Marek", $"Prime Minister of {country}"), (person.Name, person.Role));
    }

    [Theory]
    [InlineData("The envoys met again, even though Washington warned that the talks would fail.")]
    [InlineData("Ferry talks in Chengdu continue! The envoys met again on Monday.")]
    [InlineData("Nairobi said the border would stay open, and the envoys met again on Monday.")]
    public void ACityAloneBesideASpeechVerbSpeaksForItsGovernmentNotAsAPerson(string sentence)
    {
        Assert.Empty(IngestTestSupport.Extract("Envoys meet again\n" + sentence + "\nThe talks went on.").People);
    }

    // A name run followed by a word that names a place or a body is that place's or body's name.
    [Theory]
    [InlineData("He flew out from Ben Varo Airport near Lyon on Monday.")]
    [InlineData("She was treated at the Ana Lind Hospital in Tarrow.")]
    // An administrative division's or landform's noun ends a place name too.
    [InlineData("The drones hit an oil pumping station in Norway's Tarrow Region, causing the pipeline to be shut down.")]
    [InlineData("Floods cut off villages across the Lind County, officials said.")]
    public void ANameBeforeAPlaceOrBodyWordIsThatPlacesName(string sentence)
    {
        Assert.Empty(IngestTestSupport.Extract("Harbour waits\n" + sentence + "\nThe talks went on.").People);
    }

    // The outlet a credit before the first paragraph names ("(Nordwire) -- ") is the article's outlet, never a person,
    // even when the text says "Nordwire wrote".
    [Fact]
    public void TheOutletACreditNamesIsNoPerson()
    {
        var extraction = IngestTestSupport.Extract("Oil steady\n(Nordwire) -- Oil was steady on Monday as traders waited.\nPrices held near their lows, Nordwire wrote, citing traders.");
        Assert.Empty(extraction.People);
        Assert.Equal("Nordwire", Assert.Single(extraction.Articles).Outlet);
    }

    // A participle has no subject of its own, so the word before it is no "Name said".
    [Theory]
    [InlineData("The council hopes to hold a briefing by noon in Tarrow announcing some progress.")]
    [InlineData("Crowds gathered outside Lyon demanding a recount.")]
    public void AWordBeforeAParticipleOfSpeechIsNoSpeaker(string sentence)
    {
        Assert.Empty(IngestTestSupport.Extract("Harbour waits\n" + sentence + "\nThe talks went on.").People);
    }

    [Fact]
    public void APlaceTakesNoAppositiveRole()
    {
        var extraction = IngestTestSupport.Extract(
            "Bloc speaks out\nThe bloc's statement, which took aim at strikes in the Middle East, also spared its member states from criticism and mentioned the war once.\nThe talks went on.");
        Assert.Empty(extraction.People);
    }

    [Theory]
    [InlineData("• Harbour Declaration condemns the blockade")]
    [InlineData("The Tarrow Communique welcomes the deal")]
    [InlineData("The Lyon Pact says the ferries must run")]
    public void ADocumentNamedAfterAPlaceIsNoPerson(string line)
    {
        var extraction = IngestTestSupport.Extract("Ferry deal signed\n" + line + ".\nThe talks went on.");
        Assert.Empty(extraction.People);
    }

    [Theory]
    [InlineData("Oleksandr Dovhan")]
    [InlineData("Yury Petrenko")]
    [InlineData("Dmitry Sokolov")]
    [InlineData("Recep Aydin")]
    public void ARussianUkrainianOrTurkishGivenNameNamedInPassingIsAPerson(string name)
    {
        var extraction = IngestTestSupport.Extract($"Ferry talks\nThe mayor thanked {name} for the letter about the ferry.\nThe talks went on.");
        Assert.Equal(name, Assert.Single(extraction.People).Name);
    }

    [Fact]
    public void OrganisationsAreNotPeople()
    {
        var extraction = IngestTestSupport.Extract("\"Talks resume,\" Xavier Ortiz, analyst at the Academy of Social Sciences explained.\nThe White House said it welcomed the news. Fox News reported the talks.");
        Assert.Equal(["Xavier Ortiz"], extraction.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Mayor Lena Brandt Welcomes Delegates to the Harbour Summit https://example.org/p/1 — City Hall (@cityhall) March 3, 2025")]
    [InlineData("Governor Amal Haddad Signs Water Pact With Three Neighbouring Provinces")]
    public void AHeadlineStyleLineIntroducesNobodyForItsCapitalsHideWhereANameEnds(string line)
    {
        var people = IngestTestSupport.Extract("Water talks\n" + line + "\nThe talks went on.").People;
        Assert.DoesNotContain(people, p => p.Name.Split(' ').Length >= 3 || p.Name.EndsWith("Welcomes") || p.Name.EndsWith("Signs"));
    }

    [Fact]
    public void AHeadlineStyleLineStillMentionsAPersonTheArticleIntroduces()
    {
        var extraction = IngestTestSupport.Extract("""
            Water talks
            Mayor Lena Brandt Welcomes Delegates to the Harbour Summit
            Mayor Lena Brandt opened the summit on Monday.
            """);
        Assert.Equal(["Lena Brandt"], extraction.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Protesters will gather at Tarrow Park, where the union said it will speak.")]
    [InlineData("The union said the Harbour Reform Act, which the mayor said would pass, was unfair.")]
    public void APlaceOrALawNextToASpeechVerbIsNoPerson(string sentence)
    {
        Assert.Empty(IngestTestSupport.Extract("Harbour news\n" + sentence).People);
    }

    [Fact]
    public void ACourtesyWordThatEndsATitleIsTheTitles()
    {
        var person = Assert.Single(IngestTestSupport.Extract("Harbour news\nReporters asked about first lady Ana Reyes's letter to the council.\nThe talks went on.").People);
        Assert.Equal(("Ana Reyes", "first lady"), (person.Name, person.Role));
    }

    [Fact]
    public void AFullNameWithTheBodyItSpeaksForIsAPersonAndSpeaks()
    {
        var extraction = IngestTestSupport.Extract("Harbour news\nIn response, Tomas Okoye of the Tarrow Harbour Authority stressed that \"no ship will be turned away\".");
        Assert.Contains(extraction.People, p => p.Name == "Tomas Okoye");
        Assert.Equal("Tomas Okoye", Assert.Single(extraction.Quotes).Speaker.Name);
    }
}
