using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Whose words these are: every source article says where it was first published, and a site may republish only what it cites.</summary>
public sealed class ProvenanceTests
{
    private const string Article = "content/articles/harbour-talks-end.md";
    private const string Original = "https://gazette.example/2025/06/03/harbour-talks";

    private static BuiltSite Build(Action<TempSite> change)
    {
        using var site = TempSite.FromFixture();
        change(site);
        return BuiltSite.Render(site.Options);
    }

    private static void WithUrl(TempSite site) => site.Replace(Article, "seed: harbour.txt\n", $"seed: harbour.txt\nurl: {Original}\n");

    [Fact]
    public void ArticlePageLinksToWhereItWasOriginallyPublished()
    {
        var built = Build(WithUrl);
        var provenance = built.Document("articles/harbour-talks-end/index.html").QuerySelector(".provenance")!;
        Assert.Equal("Original: Example Gazette, 3 June 2025", provenance.TextContent);
        var link = provenance.QuerySelector("a")!;
        Assert.Equal("Example Gazette", link.TextContent);
        Assert.Equal(Original, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void AnAddressWithoutOutletOrDateStillGetsAVisibleLinkNamedByItsHost()
    {
        var built = Build(site =>
        {
            WithUrl(site);
            site.Replace(Article, "outlet: Example Gazette\n", "");
            site.Replace(Article, "date: 2025-06-03\n", "");
        });
        var provenance = built.Document("articles/harbour-talks-end/index.html").QuerySelector(".provenance")!;
        Assert.Equal("Original: gazette.example", provenance.TextContent);
        Assert.Equal(Original, provenance.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void WithoutAnAddressTheOutletIsNamedWithoutALink()
    {
        var built = Build(_ => { });
        var provenance = built.Document("articles/harbour-talks-end/index.html").QuerySelector(".provenance")!;
        Assert.Equal("Originally published by Example Gazette on 3 June 2025", provenance.TextContent);
        Assert.Null(provenance.QuerySelector("a"));
    }

    [Fact]
    public void JsonLdNamesTheOutletAsPublisherNotTheSite()
    {
        var built = Build(WithUrl);
        var json = built.Document("articles/harbour-talks-end/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var doc = JsonDocument.Parse(json);
        var article = doc.RootElement.GetProperty("@graph").EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("Example Gazette", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://gazette.example/", article.GetProperty("publisher").GetProperty("url").GetString());
        Assert.Equal(Original, article.GetProperty("isBasedOn").GetString());
        Assert.DoesNotContain("Fixture Desk", json);
    }

    [Fact]
    public void CitedModePublishesOnlyTheCitedParagraphsWithTheirNumbersAndTheLink()
    {
        var built = Build(site =>
        {
            WithUrl(site);
            site.Replace("content/site.yaml", "publisher: Fixture Desk\n", "publisher: Fixture Desk\nrepublish: cited\n");
            // Paragraphs 1-4 are cited by the fixture's events, quotes and claim; a fifth is cited by nothing.
            site.Replace(Article, "said Berg, mayor of Northtown.", "said Berg, mayor of Northtown.\n\nAn uncited closing line about the weather.");
        });
        var page = built.Document("articles/harbour-talks-end/index.html");
        Assert.Equal(["p1", "p2", "p3", "p4"], page.QuerySelectorAll(".article-body p[id]").Select(p => p.Id));
        Assert.Equal("Paragraph 3", page.GetElementById("p3")!.QuerySelector("a.pn")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".article-body h2"));
        Assert.Null(page.QuerySelector(".caption"));
        var note = page.QuerySelector(".republish-note")!;
        Assert.Equal("This page shows the 4 paragraphs of 5 that this explainer cites, with their numbers in the original. Read the whole article at Example Gazette.", note.TextContent);
        Assert.Equal(Original, note.QuerySelector("a")!.GetAttribute("href"));
        foreach (var file in built.Files.Keys)
        {
            Assert.DoesNotContain("weather", built.Text(file));
            Assert.DoesNotContain("shake hands", built.Text(file));
        }
    }

    [Fact]
    public void FullModeKeepsEveryParagraph()
    {
        var built = Build(_ => { });
        var shown = built.Document("articles/harbour-talks-end/index.html").QuerySelectorAll(".article-body p[id]").Select(p => p.Id);
        Assert.Equal(["p1", "p2", "p3", "p4"], shown);
    }

    [Fact]
    public void ParagraphNumbersAreLinksToTheParagraph()
    {
        var built = Build(_ => { });
        var p3 = built.Document("articles/harbour-talks-end/index.html").GetElementById("p3")!;
        var number = p3.FirstElementChild!;
        Assert.Equal("a", number.LocalName);
        Assert.Equal("#p3", number.GetAttribute("href"));
        Assert.Equal("Paragraph 3", number.TextContent);
    }

    [Fact]
    public void QuotesCarryTheirOwnQuotationMarks()
    {
        var built = Build(_ => { });
        Assert.Equal("“The quotas are still the hard part”", built.Document("people/jon-berg/index.html").QuerySelector(".quote blockquote p")!.TextContent);
        Assert.Equal("“good faith”", built.Document("people/maria-lopez/index.html").QuerySelector(".phrases q")!.TextContent);
    }

    [Theory]
    [InlineData("We agreed", "“We agreed”")]
    [InlineData("We agreed.", "“We agreed.”")]
    [InlineData("“We agreed.”", "“We agreed.”")]
    [InlineData("\"We agreed.\"", "\"We agreed.\"")]
    [InlineData("He called it “a deal” twice.", "“He called it ‘a deal’ twice.”")]
    public void QuoteMarksWrapATextOnceAndAddNoFullStop(string text, string expected) =>
        Assert.Equal(expected, SiteGen.Rendering.QuoteMarks.Around(text));
}
