using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>What a reader sees first: an icon in the tab, each list once, labels that say what is there, roles written alike.</summary>
public sealed class ReaderFirstLookTests
{
    private static readonly Lazy<BuiltSite> Fixture = new(() =>
    {
        using var site = TempSite.FromFixture();
        return BuiltSite.Render(site.Options);
    });

    [Fact]
    public void EveryPageLinksAFingerprintedFavicon()
    {
        var site = Fixture.Value;
        foreach (var page in site.Pages)
        {
            var href = site.Document(page).QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.Matches(@"^/harbour/assets/favicon\.[0-9a-f]{10}\.svg$", href);
            Assert.True(site.Files.ContainsKey(href!["/harbour/".Length..]), page);
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("articles/index.html")]
    public void APageThatListsTheSourcesDoesNotListThemAgainInTheFooter(string path)
    {
        var page = Fixture.Value.Document(path);
        Assert.Null(page.QuerySelector(".site-footer .source-list"));
        Assert.Single(page.QuerySelectorAll("h1, h2"), h => h.TextContent == "Sources");
    }

    [Fact]
    public void OtherPagesKeepTheFooterSources() =>
        Assert.NotNull(Fixture.Value.Document("people/index.html").QuerySelector(".site-footer .source-list"));

    [Fact]
    public void ACaptionSaysItDescribesThePhotoInTheOriginal()
    {
        var caption = Fixture.Value.Document("articles/harbour-talks-end/index.html").QuerySelector(".caption .label")!;
        Assert.Equal("Photo in the original:", caption.TextContent);
    }

    [Fact]
    public void RolesStartWithACapitalWhereverTheyAreShown()
    {
        var site = Fixture.Value;
        Assert.Equal("Reporter", site.Document("people/ann-writer/index.html").QuerySelector(".lede")!.TextContent);
        Assert.Contains(site.Document("people/index.html").QuerySelectorAll(".person-card .role"), r => r.TextContent == "Reporter");
        Assert.DoesNotContain(site.Document("people/index.html").QuerySelectorAll(".person-card .role"), r => char.IsLower(r.TextContent[0]));
    }

    [Fact]
    public void FeedEntriesSummariseWithTheFirstParagraphOrTheEventBodyNeverTheCaption()
    {
        var feed = XDocument.Parse(Fixture.Value.Text("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var article = entries.Single(e => e.Element(atom + "title")!.Value == "Harbour talks end with a statement");
        Assert.Equal("Mayor Maria Lopez of Port Example and Mayor Jon Berg of Northtown met on Tuesday for six hours.", article.Element(atom + "summary")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(atom + "summary")?.Value.Contains("shake hands", StringComparison.Ordinal) == true);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "summary")?.Value), e.Element(atom + "title")!.Value));
    }
}
