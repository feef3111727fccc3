using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>What hosts, crawlers and feed readers read: sitemap, robots.txt, the Atom feed, JSON-LD and fingerprinted assets.</summary>
public sealed class MachineReadableOutputTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static BuiltSite Fixture()
    {
        using var site = TempSite.FromFixture();
        return BuiltSite.Render(site.Options);
    }

    [Fact]
    public void TheSitemapListsEveryPageByItsAbsoluteAddress()
    {
        var built = Fixture();
        var urls = XDocument.Parse(built.Text("sitemap.xml")).Descendants(Sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        // The embeddable timeline repeats the timeline page (its canonical address): crawlers are sent to that one.
        var expected = built.Pages.Where(p => p is not ("404.html" or "timeline/embed/index.html")).Select(built.UrlOf).Order(StringComparer.Ordinal);
        Assert.Equal(expected, locs.Order(StringComparer.Ordinal));
        Assert.Contains("timeline/embed/index.html", built.Pages);
        Assert.All(locs, l => Assert.StartsWith("https://news.example/harbour/", l));
        Assert.Equal("2025-06-03", urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/articles/harbour-talks-end/", StringComparison.Ordinal)).Element(Sitemap + "lastmod")!.Value);
        Assert.All(urls.Select(u => u.Element(Sitemap + "lastmod")?.Value).OfType<string>(), m => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", m));
    }

    [Fact]
    public void RobotsPointsAtTheSitemapWhenTheSiteIsAtTheDomainRoot()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options with { BaseUrl = "https://harbour.example/" });
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://harbour.example/sitemap.xml\n", built.Text("robots.txt"));
    }

    [Fact]
    public void NoRobotsUnderASubPathWhereCrawlersNeverReadIt()
    {
        var built = Fixture();
        Assert.Equal("/harbour/", built.Result.Content!.Site.Urls.BasePath);
        Assert.False(built.Files.ContainsKey("robots.txt"));
        Assert.True(built.Files.ContainsKey("sitemap.xml"));
    }

    [Fact]
    public void TheFeedIsAtomWithArticlesAndTimelineEntriesNewestFirst()
    {
        var feed = XDocument.Parse(Fixture().Text("feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://news.example/harbour/", feed.Element(Atom + "id")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(4, entries.Count); // one article and three timeline entries
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value == "https://news.example/harbour/articles/harbour-talks-end/");
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value == "Timeline: A next meeting in Northtown");
        var updated = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.Equal("2025-06-03T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void ASiteLargerThanOneSitemapGetsASitemapIndexOverItsParts()
    {
        var urls = SiteUrls.From("https://news.example/harbour/");
        var pages = Enumerable.Range(1, 7).Select(i => new DatedEntry($"Page {i}", $"/harbour/p{i}/", null, "")).ToList();
        var files = SiteFeeds.Sitemaps(pages, urls, limit: 3).ToDictionary(f => f.Path, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)).Root!);

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Keys.Order(StringComparer.Ordinal));
        var index = files["sitemap.xml"];
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        Assert.Equal(["https://news.example/harbour/sitemap-1.xml", "https://news.example/harbour/sitemap-2.xml", "https://news.example/harbour/sitemap-3.xml"],
            index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
        var listed = files.Where(f => f.Key != "sitemap.xml").OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => f.Value.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Equal(pages.Select(p => urls.Absolute(p.Url)), listed);
        Assert.All(files.Where(f => f.Key != "sitemap.xml"), f => Assert.True(f.Value.Elements(Sitemap + "url").Count() <= 3));

        // At the limit, one sitemap as before.
        Assert.Equal(["sitemap.xml"], SiteFeeds.Sitemaps(pages, urls, limit: 7).Select(f => f.Path));
    }

    [Fact]
    public void TheFeedCarriesOnlyItsNewestEntries()
    {
        using var site = TempSite.FromFixture();
        // More dated articles than the feed carries, one a day from 2024-01-01: the oldest are the ones left out.
        for (var day = 0; day < SiteFeeds.EntryLimit + 10; day++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            site.Write($"content/articles/notice-{day:000}.md", $"---\ntitle: Harbour notice {day}\ndate: {date}\n---\nThe harbour office posted notice {day}.\n");
        }
        var feed = XDocument.Parse(BuiltSite.Render(site.Options).Text("feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(SiteFeeds.EntryLimit, entries.Count);
        var updated = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value == "Harbour notice 59");
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value == "Harbour notice 9");
        Assert.Equal("The harbour office posted notice 59.", entries.Single(e => e.Element(Atom + "title")!.Value == "Harbour notice 59").Element(Atom + "summary")!.Value);
    }

    [Theory]
    [InlineData("articles/harbour-talks-end/index.html", "NewsArticle")]
    [InlineData("people/maria-lopez/index.html", "Person")]
    [InlineData("timeline/index.html", "Event")]
    [InlineData("people/maria-lopez/index.html", "BreadcrumbList")]
    public void PagesDescribeWhatTheyAreInJsonLd(string page, string type)
    {
        var graph = JsonLd(Fixture(), page);
        Assert.Contains(graph, node => node.GetProperty("@type").GetString() == type);
    }

    [Fact]
    public void TimelineEventsCarryTheirStartDateAtItsPrecision()
    {
        var events = JsonLd(Fixture(), "timeline/index.html").Where(n => n.GetProperty("@type").GetString() == "Event").ToList();
        string? StartOf(string name) => events.Single(e => e.GetProperty("name").GetString() == name).TryGetProperty("startDate", out var d) ? d.GetString() : null;
        Assert.Equal("2019", StartOf("The mayors' previous meeting"));
        Assert.Equal("2025-06-03", StartOf("The mayors meet in Port Example"));
        Assert.Null(StartOf("A next meeting in Northtown"));
        Assert.All(events, e => Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString()));
    }

    [Fact]
    public void StylesAndScriptsCarryAContentHashThatPagesReference()
    {
        var built = Fixture();
        var css = Assert.Single(built.Files.Keys, k => k.StartsWith("assets/style.", StringComparison.Ordinal));
        var js = Assert.Single(built.Files.Keys, k => k.StartsWith("assets/site.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/style\.[0-9a-f]{10}\.css$", css);
        Assert.Matches(@"^assets/site\.[0-9a-f]{10}\.js$", js);
        Assert.Contains($"href=\"/harbour/{css}\"", built.Text("index.html"));
        Assert.Contains($"src=\"/harbour/{js}\"", built.Text("index.html"));
    }

    [Fact]
    public void TheNotFoundPageWorksFromAnyDepth()
    {
        // A host serves 404.html at whatever address was missing, so every link in it must be absolute.
        var document = Fixture().Document("404.html");
        var links = document.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.StartsWith('/') || l.StartsWith("https://", StringComparison.Ordinal) || l.StartsWith('#'), $"'{l}' is relative"));
    }

    private static List<JsonElement> JsonLd(BuiltSite built, string page)
    {
        var script = built.Document(page).QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return [.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }
}
