using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The preview server's caches change only how much work a rebuild does, never what it produces.</summary>
public sealed class IncrementalRenderTests
{
    private sealed class CachedBuilder(TempSite site)
    {
        private readonly ContentCache _content = new();
        private TemplateSet? _templates;

        public RenderCache Render { get; } = new();

        /// <summary>Like the preview server: templates are parsed again only when a template changed.</summary>
        public (Dictionary<string, byte[]> Files, string Diagnostics) Build(bool templatesChanged = false)
        {
            var loaded = SiteLoader.Load(site.Content, displayRoot: site.Root, cache: _content, checks: SiteGen.Checking.ContentChecks.All);
            var bag = new DiagnosticBag();
            bag.AddRange(loaded.Diagnostics);
            if (_templates is null || templatesChanged) _templates = TemplateSet.Load(site.Templates, site.Root, bag);
            var templates = _templates;
            var files = bag.HasErrors ? [] : SitePublisher.Render(new RenderRequest(loaded.Content, loaded.Bodies, templates) { Cache = Render }, bag).Files;
            return (files.ToDictionary(f => f.Path, f => f.Content), string.Join("\n", bag.ToImmutable().Select(d => d.ToDisplayString())));
        }
    }

    private static (Dictionary<string, byte[]> Files, string Diagnostics) Uncached(TempSite site)
    {
        var result = new Site(site.Options).Render();
        return (result.Files.ToDictionary(f => f.Path, f => f.Content), string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString())));
    }

    private static void AssertSame((Dictionary<string, byte[]> Files, string Diagnostics) expected, (Dictionary<string, byte[]> Files, string Diagnostics) actual)
    {
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Files) Assert.True(bytes.AsSpan().SequenceEqual(actual.Files[path]), $"{path} differs from an uncached build");
    }

    [Fact]
    public void AContentEditRerendersOnlyThePagesWhoseModelChanged()
    {
        using var site = TempSite.FromFixture();
        var builder = new CachedBuilder(site);
        builder.Build();

        site.Replace("content/people/ann-writer.md", "role: reporter", "role: senior reporter");
        var rebuilt = builder.Build();

        AssertSame(Uncached(site), rebuilt);
        var (rendered, reused) = builder.Render.LastCounts;
        Assert.True(reused > 0, "pages that do not show the reporter's role should be reused");
        Assert.True(rendered is > 0 and < 8, $"only the pages showing the role should render again, not {rendered}");
    }

    [Fact]
    public void ATemplateOrSiteWideEditRerendersEveryPage()
    {
        using var site = TempSite.FromFixture();
        var builder = new CachedBuilder(site);
        builder.Build();

        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: The Fixture Desk");
        AssertSame(Uncached(site), builder.Build());
        Assert.Equal(0, builder.Render.LastCounts.Reused);

        site.Replace("templates/partials/footer.scriban-html", "<h2>{{ t.nav.sources }}</h2>", "<h2>Our sources</h2>");
        AssertSame(Uncached(site), builder.Build(templatesChanged: true));
        Assert.Equal(0, builder.Render.LastCounts.Reused);
    }

    [Fact]
    public void ErrorsInUnchangedFilesAreReportedAgainAndDeletedFilesAreForgotten()
    {
        using var site = TempSite.FromFixture();
        var builder = new CachedBuilder(site);
        site.Replace("content/people/jon-berg.md", "kind: leader", "kind: monarch");
        var first = builder.Build();
        Assert.Contains("SG1104", first.Diagnostics);

        site.Replace("content/pages/about.md", "About the fixture.", "About the fixture, edited.");
        var second = builder.Build();
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains("    kind: monarch", second.Diagnostics);

        site.Replace("content/people/jon-berg.md", "kind: monarch", "kind: leader");
        File.Delete(site.Path("content/pages/about.md"));
        var third = builder.Build();
        AssertSame(Uncached(site), third);
        Assert.DoesNotContain("about/index.html", third.Files.Keys);
    }

    [Fact]
    public void ABrokenReferenceFromAnUnchangedFileStillQuotesItsLine()
    {
        using var site = TempSite.FromFixture();
        var builder = new CachedBuilder(site);
        builder.Build();
        File.Delete(site.Path("content/people/jon-berg.md"));
        var rebuilt = builder.Build();
        Assert.Equal(Uncached(site).Diagnostics, rebuilt.Diagnostics);
        Assert.Contains("people: [maria-lopez, jon-berg]", rebuilt.Diagnostics);
    }

    [Fact]
    public void AnArticleTitleEditReachesTheOtherArticlesThatShowIt()
    {
        // Article A's page lists an event whose sources include article B: B's title is on A's page, though A is unchanged.
        // Eight later articles keep B out of the footer's latest sources, so only the dependency on titles can catch it.
        using var site = TempSite.FromFixture();
        site.Write("content/articles/second-report.md", "---\ntitle: A second report\ndate: 2019-01-01\n---\nThe mayors met again.\n");
        for (var i = 1; i <= 8; i++) site.Write($"content/articles/later-{i}.md", $"---\ntitle: Later report {i}\ndate: 2025-07-0{i}\n---\nMore talks.\n");
        site.Replace("templates/article.scriban-html", "{{ event.title }}</a></li>", "{{ event.title }}</a> ({{ for source in event.sources }}{{ source.article_title }}; {{ end }})</li>");
        site.Replace("content/timeline/2025-06-03-harbour-talks.md", "    paragraph: 1\n", "    paragraph: 1\n  - article: second-report\n    paragraph: 1\n");
        var builder = new CachedBuilder(site);
        builder.Build();

        site.Replace("content/articles/second-report.md", "title: A second report", "title: The mayors' second meeting");
        var rebuilt = builder.Build();

        AssertSame(Uncached(site), rebuilt);
        Assert.Contains("The mayors&#39; second meeting", System.Text.Encoding.UTF8.GetString(rebuilt.Files["articles/harbour-talks-end/index.html"]));
    }

    [Fact]
    public void AnUnrelatedArticleEditReusesTheOtherArticlePagesWithoutBuildingThem()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/articles/second-report.md", "---\ntitle: A second report\ndate: 2025-06-04\n---\nThe mayors met again.\n");
        var builder = new CachedBuilder(site);
        builder.Build();

        site.Replace("content/articles/second-report.md", "The mayors met again.", "The mayors met again, briefly.");
        AssertSame(Uncached(site), builder.Build());
        Assert.True(builder.Render.LastCounts.Reused >= 1);
    }

    [Fact]
    public void ACitationMovedOffAParagraphOfAnUnchangedArticleTakesItOutOfTheSearchIndex()
    {
        // Under republish: cited, which paragraphs of an article are searchable depends on the records citing it: the
        // article's own file is unchanged, so only the citation tells the preview its search entries changed.
        using var site = TempSite.FromFixture();
        site.Write("content/site.yaml", site.Read("content/site.yaml") + "republish: cited\n");
        var builder = new CachedBuilder(site);
        builder.Build();

        Assert.Contains("harbour-talks-end/#p1\"", SearchDocuments(builder.Build()));
        site.Replace("content/timeline/2019-last-meeting.md", "paragraph: 1 }", "paragraph: 4 }");
        site.Replace("content/timeline/2025-06-03-harbour-talks.md", "paragraph: 1", "paragraph: 2");
        var rebuilt = builder.Build();

        AssertSame(Uncached(site), rebuilt);
        Assert.DoesNotContain("harbour-talks-end/#p1\"", SearchDocuments(rebuilt));
    }

    private static string SearchDocuments((Dictionary<string, byte[]> Files, string Diagnostics) built) =>
        string.Concat(built.Files.Where(f => f.Key.StartsWith("search/d/", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Value)));

    [Fact]
    public void ASearchIndexLeftForLaterIsTheOneARenderMakes()
    {
        using var site = TempSite.FromFixture();
        var whole = new Site(site.Options).Render();
        var pagesFirst = new Site(site.Options).Render(searchIndexLater: true);

        Assert.Null(whole.SearchIndexLater);
        Assert.DoesNotContain(pagesFirst.Files, f => SearchIndexBuilder.IsIndexFile(f.Path));
        Assert.Contains(pagesFirst.Files, f => f.Path == "search/index.html");
        var later = pagesFirst.SearchIndexLater!();
        Assert.All(later, f => Assert.True(SearchIndexBuilder.IsIndexFile(f.Path), f.Path));
        AssertSame(
            (whole.Files.ToDictionary(f => f.Path, f => f.Content), ""),
            (pagesFirst.Files.Concat(later).ToDictionary(f => f.Path, f => f.Content), ""));
    }
}
