using System.Text.Json;
using SiteGen.Rendering.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>The fixture site's index: every paragraph, quote, claim, event and person, each leading to an anchor that exists.</summary>
public sealed class SiteSearchIndexTests
{
    private const string Article = "content/articles/harbour-talks-end.md";

    private static List<(int Kind, string Title, string Url, string Text)> Results(BuiltSite built) =>
        [.. built.Files.Keys.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal))
            .OrderBy(p => int.Parse(p["search/d/".Length..^".json".Length], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(p => JsonDocument.Parse(built.Files[p]).RootElement.EnumerateArray()
                .Select(r => (r[0].GetInt32(), r[1].GetString()!, r[2].GetString()!, r[3].GetString()!)))];

    [Fact]
    public void EveryParagraphQuoteClaimEventAndPersonIsAResult()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        var results = Results(built);
        var byKind = results.GroupBy(r => (SearchKind)r.Kind).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(["/harbour/articles/harbour-talks-end/#p1", "/harbour/articles/harbour-talks-end/#p2", "/harbour/articles/harbour-talks-end/#p3", "/harbour/articles/harbour-talks-end/#p4"],
            byKind[SearchKind.Paragraph].Select(r => r.Url));
        Assert.Contains("met on Tuesday for six hours", byKind[SearchKind.Paragraph][0].Text, StringComparison.Ordinal);
        Assert.Equal(3, byKind[SearchKind.Quote].Count);
        Assert.Equal(3, byKind[SearchKind.Event].Count);
        Assert.Equal(3, byKind[SearchKind.Person].Count);
        Assert.Contains(byKind[SearchKind.Analysis], r => r.Url == "/harbour/analysis/jon-berg-on-the-talks/#claim-1" && r.Text.Contains("hardest part", StringComparison.Ordinal));
        Assert.Single(byKind[SearchKind.Article]);
    }

    [Fact]
    public void EveryResultLeadsToAnAnchorOnItsPage()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        foreach (var (_, title, url, _) in Results(built))
        {
            var parts = url.Split('#');
            var file = built.FileFor(parts[0], "/harbour/");
            Assert.True(file is not null, $"'{title}' leads to {url}, which is no page");
            if (parts.Length == 2) Assert.True(built.Document(file).GetElementById(parts[1]) is not null, $"'{title}' leads to {url}, whose page has no #{parts[1]}");
        }
    }

    [Fact]
    public void ACitedOnlySiteIndexesOnlyTheParagraphsItPublishes()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "publisher:", "republish: cited\npublisher:");
        var built = BuiltSite.Render(site.Options);
        var paragraphs = Results(built).Where(r => r.Kind == (int)SearchKind.Paragraph).Select(r => r.Url.Split('#')[1]).ToList();
        // Paragraph 2 is cited by a quote too; every paragraph of the fixture is cited by something, so take one away.
        Assert.Equal(["p1", "p2", "p3", "p4"], paragraphs);

        site.Replace(Article, "  - speaker: maria-lopez\n    text: We found more common ground than I expected\n    paragraph: 2\n", "");
        var fewer = Results(BuiltSite.Render(site.Options)).Where(r => r.Kind == (int)SearchKind.Paragraph).Select(r => r.Url.Split('#')[1]).ToList();
        Assert.Equal(["p1", "p3", "p4"], fewer);
    }

    [Fact]
    public void TheSearchPageReadsTheManifest()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        var form = built.Document("search/index.html").QuerySelector("form[data-search-index]")!;
        Assert.Equal("/harbour/" + SearchIndexBuilder.ManifestPath, form.GetAttribute("data-search-index"));
        Assert.True(built.Files.ContainsKey(SearchIndexBuilder.ManifestPath));
        Assert.False(built.Files.ContainsKey("search-index.json"), "the old whole-site index is gone");
    }
}
