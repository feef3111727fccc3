using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Whole invented articles in the common shapes of news copy (wire copy with a dateline credit, a live blog, a scrape with image labels, a story with courtesy titles): the extractor is for news text in general, not for the two seeds.</summary>
public sealed class RealisticArticleTests
{
    internal const string WireCopy = """
        Leaders agree to new round of climate talks
        WASHINGTON (WNS) — Secretary of State Marco Rubio met German Foreign Minister Johann Wadephul in Washington on Tuesday, the first such meeting since 2023.
        “We have a lot of work ahead of us,” Rubio told reporters after the meeting. “But I am confident we will get there.”
        Wadephul said the two countries would hold another round of talks on Oct. 3, 2025, in Berlin.
        “This is not the end of the road,” said Maria Lopez, a senior fellow at the Atlantic Council. She added that both sides had shown “remarkable flexibility.”
        Lopez said, “Nobody expected a breakthrough this week.”
        The German minister warned against “premature optimism” and said a summit could be held in Paris.
        By MATTHEW LEE and JOSH BOAK
        """;

    private const string DatelinedWireCopy = "LONDON, Sept 2 (Wire) - Britain's finance minister, Rachel Reeves, said on Tuesday, Sept. 2, 2025, that the government will publish its budget on Nov. 26.\r\n"
        + "\"We will not raise taxes on working people,\" Reeves said in a statement.\r\n"
        + "Peter Hall, chief economist at Oxford Analytics, said the plan \"lacks detail\".\r\n"
        + "\"Markets want certainty. They are not getting it,\" Hall told the wire.\r\n"
        + "In 2024, the economy grew by 1.1%.\r\n";

    private const string CourtesyTitledStory = """
        Ukraine's President Volodymyr Zelensky has said he is ready to meet Russia's leader "at any time", following talks in Istanbul on 16 May 2025.
        Speaking in Kyiv, Mr Zelensky said: "We are ready for a ceasefire. The question is whether Russia is."
        The Kremlin spokesman, Dmitry Peskov, told reporters that a meeting between the two presidents might take place "in principle".
        Peskov added: "But first, agreements must be worked out by the delegations."
        Analysts were sceptical. "I see little sign of movement," said Prof Anna Smith of King's College London.
        """;

    internal static Extraction Extract(string name, string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        var seed = SeedReader.Decode(name, name, bytes, new DiagnosticBag());
        Assert.NotNull(seed);
        return new Extractor().Extract([seed]);
    }

    public static TheoryData<string, string, bool> WireCopyQuotes => new()
    {
        { "Marco Rubio", "We have a lot of work ahead of us", false },
        { "Marco Rubio", "But I am confident we will get there.", false },
        { "Maria Lopez", "This is not the end of the road", false },
        { "Maria Lopez", "remarkable flexibility", true },
        { "Maria Lopez", "Nobody expected a breakthrough this week.", false },
        { "Johann Wadephul", "premature optimism", true },
    };

    [Theory]
    [MemberData(nameof(WireCopyQuotes))]
    public void ReadsWireCopyClosingAndOpeningAttributions(string speaker, string text, bool partial)
    {
        var quote = Assert.Single(Extract("wire.txt", WireCopy, bom: true).Quotes, q => q.Text == text);
        Assert.Equal((speaker, partial), (quote.Speaker.Name, quote.Partial));
    }

    [Fact]
    public void ReadsWireCopyDatelineCreditBylineAndDates()
    {
        var extraction = Extract("wire.txt", WireCopy);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("Leaders agree to new round of climate talks", article.Title);
        Assert.Equal("WNS", article.Outlet);
        Assert.Equal("Matthew Lee, Josh Boak", article.Reporter);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2023");
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-10-03" && e.Status == SiteGen.Content.EventStatus.Planned);
        Assert.Contains(extraction.Events, e => e.Date is null && e.Status == SiteGen.Content.EventStatus.Proposed && e.Place == "Paris");
    }

    [Fact]
    public void ReadsADatelineDayWithoutAYearAndItsOutletCredit()
    {
        var extraction = Extract("dateline.txt", DatelinedWireCopy);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("Wire", article.Outlet);
        Assert.Equal("2025-09-02", article.Date?.Iso);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Rachel Reeves" && q.Text == "We will not raise taxes on working people" && !q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Peter Hall" && q.Text == "lacks detail" && q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Peter Hall" && q.Text == "Markets want certainty. They are not getting it" && !q.Partial);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-11-26" && e.Status == SiteGen.Content.EventStatus.Planned);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2024");
        Assert.DoesNotContain(extraction.Events, e => e.Date?.Iso is "2025-09-02" && e.Status != SiteGen.Content.EventStatus.Happened);
    }

    [Fact]
    public void ReadsCourtesyTitlesAndColonIntroducedQuotes()
    {
        var extraction = Extract("courtesy.txt", CourtesyTitledStory);
        Assert.Equal(["Anna Smith", "Dmitry Peskov", "Volodymyr Zelensky"], extraction.People.Select(p => p.Name));
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Volodymyr Zelensky" && q.Text.StartsWith("We are ready for a ceasefire.", StringComparison.Ordinal) && !q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Dmitry Peskov" && q.Text.StartsWith("But first", StringComparison.Ordinal) && !q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Anna Smith" && q.Text == "I see little sign of movement");
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-05-16");
    }

    private const string WireCopyWithStampAndPhotoCredit = """
        Ceasefire talks stall as envoys leave Doha
        By AMY TEIBEL and SAM METZ
        Updated 4:12 PM GMT, March 7, 2025
        DOHA, Qatar (WNS) — Talks on a ceasefire stalled on Thursday after envoys left Doha without a deal, officials said.
        Israeli Prime Minister Benjamin Netanyahu said his government would send a new team on Sunday. “We are not giving up,” Netanyahu said in a video statement.
        “We want all the hostages home,” he said, “and we will keep working until they are.”
        Hamas official Basem Naim told The Associated Press that the group had accepted the proposal “in full.”
        “The ball is in their court,” Naim said.
        “There is nothing more to give.”
        White House press secretary Karoline Leavitt said President Donald J. Trump would travel to the region in April.
        Retired Gen. Mark A. Milley, a former chairman of the Joint Chiefs of Staff, said the talks could collapse. “Nobody should be surprised,” Milley said.
        Qatar’s Prime Minister Mohammed bin Abdulrahman Al Thani, who also serves as foreign minister, said mediators would meet again next week.
        The war began on Oct. 7, 2023, when militants attacked southern Israel.
        A man walks past a damaged building in Gaza City, Thursday, March 6, 2025. (WNS Photo/Abdel Kareem Hana)
        “It is a difficult moment,” the prime minister said.
        Reporting by Jane Doe in Doha; Editing by Tom Hill and Ann Lee
        """;

    [Fact]
    public void ReadsWireCopyWithAStampLineAndAPhotoCredit()
    {
        var extraction = Extract("wire2.txt", WireCopyWithStampAndPhotoCredit);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("Ceasefire talks stall as envoys leave Doha", article.Title);
        Assert.Equal("WNS", article.Outlet);
        Assert.Equal("2025-03-07", article.Date?.Iso); // from the "Updated" line
        Assert.Equal("Amy Teibel, Sam Metz, Jane Doe", article.Reporter);
        Assert.Equal(new[] { "Tom Hill", "Ann Lee" }, article.Editors.ToArray());
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("AP Photo", StringComparison.Ordinal));

        var milley = Assert.Single(extraction.People, p => p.Name == "Mark A. Milley");
        Assert.Equal("former chairman of the Joint Chiefs of Staff", milley.Role);
        Assert.Contains(extraction.People, p => p.Name == "Mohammed bin Abdulrahman Al Thani" && p.Role == "Qatar\u2019s Prime Minister");
        Assert.Contains(extraction.People, p => p.Name == "Karoline Leavitt" && p.Role == "White House press secretary");

        Assert.Contains(extraction.Quotes, q => q.Text == "There is nothing more to give." && q.Speaker.Name == "Basem Naim");
        Assert.Contains(extraction.Quotes, q => q.Text == "It is a difficult moment" && q.Speaker.Role!.EndsWith("Prime Minister", StringComparison.Ordinal));

        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-03-06" && e.Title.StartsWith("Talks on a ceasefire", StringComparison.Ordinal));
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-03-09" && e.Status == SiteGen.Content.EventStatus.Planned);
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-04" && e.Status == SiteGen.Content.EventStatus.Planned);
        // "the talks could collapse" floats no event; "mediators would meet again next week" is a meeting with no date the text fixes.
        var undated = Assert.Single(extraction.Events, e => e.Date is null);
        Assert.Equal(SiteGen.Content.EventStatus.Proposed, undated.Status);
        Assert.Contains("mediators would meet again next week", undated.Sentence, StringComparison.Ordinal);
    }

    private const string LiveBlogWithBylineAndCaptionCredit = """
        EU leaders clash over migration pact at Brussels summit
        Photograph: Olivier Hoslet/EPA
        The European Commission president, Ursula von der Leyen, has urged member states to back a new migration pact, warning that "time is running out".
        Speaking after a summit in Brussels on Thursday 19 June 2025, Von der Leyen said the bloc could not afford another year of deadlock. "We need a solution that works for all 27 member states," she said.
        Hungary's prime minister, Viktor Orbán, rejected the plan. "We will never accept quotas," Orbán told reporters. He called the proposal "a recipe for disaster".
        Poland's deputy foreign minister, Andrzej Szejna, said Warsaw would present its own plan in September.
        Sophie in 't Veld, a Dutch former MEP, said: "This is the same debate we had in 2015."
        Another summit could be held in Copenhagen before the end of the year, diplomats said.
        According to the European Council on Foreign Relations, the number of asylum applications fell by 11% in 2024.
        "It's a start," said Camino Mortera-Martinez, head of the Brussels office at the Centre for European Reform. "But member states are still far apart."
        Mortera-Martinez added that the pact was "better than nothing".
        """;

    [Fact]
    public void ReadsALiveBlogWithABylineAndACaptionCredit()
    {
        var extraction = Extract("liveblog.txt", LiveBlogWithBylineAndCaptionCredit);
        Assert.Equal(["Andrzej Szejna", "Camino Mortera-Martinez", "Olivier Hoslet", "Ursula von der Leyen", "Viktor Orb\u00E1n"], extraction.People.Select(p => p.Name));
        Assert.Contains(extraction.People, p => p.Name == "Ursula von der Leyen" && p.Role == "European Commission president");
        Assert.Contains(extraction.People, p => p.Name == "Olivier Hoslet" && p.Credit);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Ursula von der Leyen" && q.Text == "We need a solution that works for all 27 member states" && !q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Ursula von der Leyen" && q.Text == "time is running out" && q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Viktor Orb\u00E1n" && q.Text == "a recipe for disaster" && q.Partial);
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Camino Mortera-Martinez" && q.Text == "But member states are still far apart." && !q.Partial);
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.Contains("same debate", StringComparison.Ordinal) && q.Speaker.Name != "Sophie in 't Veld");
        Assert.Equal(
            [("2025-06-19", "happened"), ("2025-09", "planned"), (null, "proposed"), ("2024", "happened")],
            extraction.Events.Select(e => (e.Date?.Iso, e.Status.ToString().ToLowerInvariant())));
        Assert.Equal(1, extraction.Quotes.First().Paragraph); // the photo credit line is not paragraph 1
    }

    private const string ScrapeWithImageLabels = """
        Trump and Putin to meet in Budapest, says White House
        Image source,Getty Images
        Image caption,
        The two leaders last met in Alaska in August
        Listen to this article
        Donald Trump says he will meet Vladimir Putin in Budapest "within two weeks" after a phone call on Thursday 16 October 2025.
        Mr Trump said the call with the Russian president had been "very productive".
        "I believe great progress was made," the US president wrote on his Truth Social platform.
        Hungary's Prime Minister Viktor Orban said his country was "ready" to host the summit.
        Kremlin aide Yuri Ushakov told reporters the summit could take place in Budapest.
        Related Topics
        Russia-Ukraine war
        """;

    [Fact]
    public void ReadsImageCaptionLabelsOnTheirOwnLinesWithImageLabels()
    {
        var extraction = Extract("labels.txt", ScrapeWithImageLabels);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("Trump and Putin to meet in Budapest, says White House", article.Title);
        Assert.Equal("The two leaders last met in Alaska in August", article.Caption);
        Assert.StartsWith("Donald Trump says", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, b => b.Text.StartsWith("Listen", StringComparison.Ordinal) || b.Text.StartsWith("Related", StringComparison.Ordinal));
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Donald Trump" && q.Text == "I believe great progress was made" && !q.Partial);
        Assert.DoesNotContain(extraction.People.Single(p => p.Name == "Donald Trump").Aliases, a => a.Contains("Russian", StringComparison.Ordinal));
        Assert.Equal([("2025-10-16", "happened"), (null, "proposed")], extraction.Events.Select(e => (e.Date?.Iso, e.Status.ToString().ToLowerInvariant())));
    }

    [Fact]
    public void NameWithoutRoleIsAPersonWhenItsSurnameSpeaksLater()
    {
        var extraction = IngestTestSupport.Extract("Donald Trump will meet Vladimir Putin in Budapest.\nMr Putin said, \"We are ready.\"");
        Assert.Contains(extraction.Quotes, q => q.Speaker.Name == "Vladimir Putin" && q.Text == "We are ready.");
    }

    private const string MixedAttributions = """
        Fed holds rates steady as inflation cools
        NEW YORK (Wire) - Federal Reserve Chair Jerome Powell said on Wednesday, July 30, 2025, that the central bank would keep rates unchanged.
        "We are well positioned to wait," Powell told a news conference. "The economy is solid."
        Powell added that officials would meet again in September.
        "I think the Fed is making a mistake," said Mark Zandi, chief economist at Moody's Analytics, in an interview.
        Zandi, who has advised both parties, said the labor market was "cracking."
        Treasury Secretary Scott Bessent disagreed. "The Fed is too late," he wrote on X.
        "Why wait?" Bessent asked.
        Asked whether he would resign, Powell said: "No."
        "It's not a question of politics," the Fed chair said, "it's a question of data."
        Some analysts see cuts ahead. "A September cut is likely," Goldman Sachs economists wrote in a note.
        Diane Swonk, chief economist at KPMG, said: "The risks are rising. We could see a cut by fall."
        "They're behind the curve," she said.
        """;

    public static TheoryData<string, string> MixedQuotes => new()
    {
        { "Jerome Powell", "We are well positioned to wait" },
        { "Jerome Powell", "The economy is solid." },
        { "Mark Zandi", "I think the Fed is making a mistake" },
        { "Scott Bessent", "The Fed is too late" },
        { "Scott Bessent", "Why wait?" },
        { "Jerome Powell", "No." },
        { "Jerome Powell", "It's not a question of politics" },
        { "Jerome Powell", "it's a question of data." },
        { "Diane Swonk", "The risks are rising. We could see a cut by fall." },
        { "Diane Swonk", "They're behind the curve" },
    };

    [Theory]
    [MemberData(nameof(MixedQuotes))]
    public void AttributesEveryFullQuoteInAMixedArticle(string speaker, string text)
    {
        var quote = Assert.Single(Extract("mixed.txt", MixedAttributions).Quotes, q => q.Text == text);
        Assert.Equal((speaker, false), (quote.Speaker.Name, quote.Partial));
    }

    [Fact]
    public void DropsQuotesWithoutANamedSpeaker()
    {
        var quotes = Extract("mixed.txt", MixedAttributions).Quotes.ToList();
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("A September cut", StringComparison.Ordinal));
        Assert.Equal(10, quotes.Count(q => !q.Partial));
    }

    private const string WireSummitStoryWithDatelineCredit = """
        Trump and Putin end Alaska summit without a Ukraine ceasefire deal
        By ZEKE MILLER, WILL WEISSERT and JIM HEINTZ
        Updated 11:02 PM GMT+8, August 16, 2025
        ANCHORAGE, Alaska (WNS) — President Donald Trump and Russian President Vladimir Putin ended their highly anticipated summit on Friday without an agreement to end the war in Ukraine.
        “There’s no deal until there’s a deal,” Trump told reporters after the nearly three-hour meeting at Joint Base Elmendorf-Richardson.
        Putin, speaking first at a joint news conference, said the talks were “constructive.” “Next time in Moscow,” Putin said in English.
        Trump said he would call Ukrainian President Volodymyr Zelenskyy and NATO leaders.
        Zelenskyy is set to visit the White House on Monday, the Ukrainian leader said Saturday.
        “We support President Trump’s proposal for a trilateral meeting,” Zelenskyy wrote on social media.
        The two leaders last met in 2019 in Osaka, Japan, at a Group of 20 summit.
        Secretary of State Marco Rubio and special envoy Steve Witkoff joined Trump at the talks.
        Kremlin foreign affairs adviser Yuri Ushakov told Russian state media that a trilateral meeting with Zelenskyy had not been discussed.
        European leaders, including French President Emmanuel Macron, welcomed the talks but said pressure on Moscow must continue.
        “We will not accept any deal that is made without Ukraine,” Macron said in a statement.
        Associated Press writer Illia Novikov in Kyiv contributed to this report.
        """;

    [Fact]
    public void ReadsASummitStoryWithADatelineCredit()
    {
        var extraction = Extract("wire3.txt", WireSummitStoryWithDatelineCredit);
        Assert.Equal(
            [("Donald Trump", "There\u2019s no deal until there\u2019s a deal", false), ("Vladimir Putin", "constructive", true), ("Vladimir Putin", "Next time in Moscow", false),
             ("Volodymyr Zelenskyy", "We support President Trump\u2019s proposal for a trilateral meeting", false), ("Emmanuel Macron", "We will not accept any deal that is made without Ukraine", false)],
            extraction.Quotes.Select(q => (q.Speaker.Name, q.Text, q.Partial)));
        Assert.Contains(extraction.People, p => p.Name == "Yuri Ushakov" && p.Role == "Kremlin foreign affairs adviser");
        Assert.Contains(extraction.People, p => p.Name == "Illia Novikov" && p.Credit);
        Assert.Equal(
            [("2025-08-15", "happened"), ("2025-08-18", "planned"), ("2019", "happened")],
            extraction.Events.Select(e => (e.Date?.Iso, e.Status.ToString().ToLowerInvariant())));
        Assert.DoesNotContain(extraction.Articles[0].Blocks, b => b.Text.Contains("contributed", StringComparison.Ordinal));
    }

    private const string WireSummitStoryWithDatelineDay = """
        Putin says Alaska summit was 'useful', Trump says no deal yet
        By Steve Holland and Vladimir Soldatkin
        August 16, 2025 4:21 AM GMT+8 Updated 2 hours ago
        ANCHORAGE, Alaska, Aug 15 (Wire) - Russian President Vladimir Putin said on Friday his summit with U.S. President Donald Trump had been "useful", while Trump said there was no agreement yet on a ceasefire in Ukraine.
        "We had an extremely productive meeting," Trump told reporters, standing beside Putin. "There's no deal until there's a deal."
        Putin, who spoke first, warned Kyiv and European capitals not to "throw a wrench in the works".
        Speaking in English, Putin told Trump: "Next time in Moscow."
        Trump replied that he could "possibly see that happening."
        Ukrainian President Volodymyr Zelenskiy said he would travel to Washington on Monday to meet Trump.
        "Russia must end this war," Zelenskiy said on the Telegram messaging app.
        The last U.S.-Russia summit took place in Helsinki in 2018, and Trump and Putin last met in Osaka in June 2019.
        Reporting by Steve Holland in Anchorage and Vladimir Soldatkin in Moscow; Editing by Don Durfee
        """;

    [Fact]
    public void ReadsASummitStoryWithADatelineDay()
    {
        var extraction = Extract("dateline3.txt", WireSummitStoryWithDatelineDay);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("2025-08-15", article.Date?.Iso); // the dateline's day, not the published timestamp
        Assert.StartsWith("ANCHORAGE", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Steve Holland", "Vladimir Soldatkin"], extraction.People.Where(p => p.Credit && p.Role == "reporter").Select(p => p.Name));
        Assert.Contains(extraction.Quotes, q => q is { Partial: false, Text: "Next time in Moscow." } && q.Speaker.Name == "Vladimir Putin");
        Assert.Contains(extraction.Quotes, q => q is { Partial: false, Text: "Russia must end this war" } && q.Speaker.Name == "Volodymyr Zelenskiy");
        Assert.Contains(extraction.Quotes, q => q is { Partial: true, Text: "throw a wrench in the works" } && q.Speaker.Name == "Vladimir Putin");
        Assert.Equal(
            [("2025-08-18", "planned"), ("2018", "happened"), ("2019-06", "happened")],
            extraction.Events.Select(e => (e.Date?.Iso, e.Status.ToString().ToLowerInvariant())));
    }

    private const string SummitStoryWithCourtesyTitles = """
        Trump and Putin hail 'productive' talks but no Ukraine deal
        Anthony Zurcher
        North America correspondent
        Reporting from Anchorage, Alaska
        Getty Images
        The two leaders greeted each other on a red carpet at the air base
        US President Donald Trump and Russia's Vladimir Putin have held talks in Alaska, but failed to reach a deal on Ukraine.
        Speaking after almost three hours of talks on Friday, Mr Trump said: "We didn't get there, but we have a very good chance of getting there."
        Mr Putin said the agreement reached would "pave the way to peace in Ukraine".
        The Russian leader also invited Mr Trump to Moscow for their next meeting.
        "Oh, that's an interesting one," Mr Trump replied. "I'll get a little heat on that one."
        Ukraine's President Volodymyr Zelensky said he would meet Mr Trump in Washington on Monday.
        In a statement, European leaders said they were ready to work with Mr Trump and Mr Zelensky towards a trilateral summit.
        """;

    [Fact]
    public void ReadsASummitStoryWithCourtesyTitles()
    {
        var extraction = Extract("courtesy3.txt", SummitStoryWithCourtesyTitles);
        var article = Assert.Single(extraction.Articles);
        Assert.Equal("Anthony Zurcher", article.Reporter);
        Assert.Equal("Getty Images", article.CaptionCredit);
        Assert.Equal("The two leaders greeted each other on a red carpet at the air base", article.Caption);
        Assert.StartsWith("US President Donald Trump", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(
            [("Donald Trump", "We didn't get there, but we have a very good chance of getting there.", false),
             ("Vladimir Putin", "pave the way to peace in Ukraine", true),
             ("Donald Trump", "Oh, that's an interesting one", false),
             ("Donald Trump", "I'll get a little heat on that one.", false)],
            extraction.Quotes.Select(q => (q.Speaker.Name, q.Text, q.Partial)));
    }

    [Fact]
    public void ContentFromAllStylesLoadsWithoutProblems()
    {
        using var temp = new TempFolder();
        var articles = new[] { WireCopy, DatelinedWireCopy, CourtesyTitledStory, WireCopyWithStampAndPhotoCredit, LiveBlogWithBylineAndCaptionCredit, ScrapeWithImageLabels, MixedAttributions, WireSummitStoryWithDatelineCredit, WireSummitStoryWithDatelineDay, SummitStoryWithCourtesyTitles };
        for (var i = 0; i < articles.Length; i++) temp.Write($"seeds/s{i:00}.txt", articles[i]);
        var result = IngestRunner.Run(new IngestOptions(temp.Combine("seeds"), temp.Combine("content")), temp.Path);
        Assert.Empty(result.Diagnostics);
        temp.Write("content/site.yaml", "title: Test\nbase_url: https://example.org/\n");
        temp.Write("content/_index.md", "---\ntitle: Test\n---\n");

        var loaded = SiteGen.Content.SiteLoader.Load(temp.Combine("content"), displayRoot: temp.Path, checks: SiteGen.Checking.ContentChecks.All);

        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(articles.Length, loaded.Content.Articles.Length);
        Assert.All(loaded.Content.Articles.SelectMany(a => a.Quotes.Select(q => (a, q))),
            x => Assert.Contains(x.q.Text, x.a.Paragraphs[x.q.Source.Paragraph - 1].TextIn(loaded.Bodies.Read(x.a)), StringComparison.Ordinal));
        // One person across stories, whatever the spelling: Zelenskyy, Zelensky, Zelenskiy.
        Assert.Single(loaded.Content.People, p => p.Name.StartsWith("Volodymyr Zelensk", StringComparison.Ordinal));
    }
}
