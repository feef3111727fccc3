using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// 'build' keeps an article page unrendered when the page index beside output/ says the same inputs made it and its
/// bytes still hash right; any change those inputs see renders it again. Every result is the clean build, byte for byte.
/// </summary>
public sealed class PageIndexTests
{
    private static readonly string[] Extra = ["quay-repairs-begin", "ferry-timetable-changes", "lighthouse-reopens"];

    /// <summary>The fixture plus three invented articles, built twice so the spare and the index both exist.</summary>
    private static TempSite SiteWithArticles()
    {
        var site = TempSite.FromFixture();
        for (var i = 0; i < Extra.Length; i++)
        {
            site.Write($"content/articles/{Extra[i]}.md",
                $"---\ntitle: Invented story {i + 1}\ndate: 2025-06-0{i + 4}\noutlet: Example Gazette\n---\nThe first invented paragraph of story {i + 1}.\n\nA second one, about the harbour.\n");
        }
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(new Site(site.Options).Build().Succeeded);
        return site;
    }

    private static WriteSummary Build(TempSite site)
    {
        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Written!;
    }

    /// <summary>Pages rendered rather than kept: every page is kept or rendered.</summary>
    private static int Rendered(WriteSummary written) => written.Pages - written.Kept;

    private static void AssertSameAsCleanBuild(TempSite site)
    {
        var clean = site.Options with { OutputDir = site.Path("clean-" + Guid.NewGuid().ToString("N")) };
        Assert.True(new Site(clean).Build().Succeeded);
        Assert.True(FolderSnapshot.AreEqual(FolderSnapshot.Of(clean.OutputDir), FolderSnapshot.Of(site.Output)), "the build differs from a clean build");
    }

    [Fact]
    public void AnUnchangedSiteKeepsEveryPage()
    {
        using var site = SiteWithArticles();
        Assert.True(File.Exists(OutputFolder.BuildStatePath(site.Output)));

        Assert.Equal(0, Rendered(Build(site)));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void AnEditedArticleBodyIsTheOnlyPageRenderedAgain()
    {
        using var site = SiteWithArticles();
        site.Replace($"content/articles/{Extra[1]}.md", "A second one, about the harbour.", "A second one, about the harbour at night.");

        Assert.Equal(1, Rendered(Build(site)));
        Assert.Contains("about the harbour at night", File.ReadAllText(Path.Combine(site.Output, "articles", Extra[1], "index.html")));
        AssertSameAsCleanBuild(site);
    }

    [Theory]
    [InlineData("templates/article.scriban-html")]
    [InlineData("templates/layout.scriban-html")]
    public void ATemplateChangeRendersEveryArticleAgain(string template)
    {
        using var site = SiteWithArticles();
        File.AppendAllText(site.Path(template), "\n<!-- an invented note -->\n");

        Assert.Equal(0, Build(site).Kept);
        AssertSameAsCleanBuild(site);
    }

    [Theory]
    [InlineData("content/site.yaml", "title: Harbour Talks, Explained", "title: Harbour Talks, Retold")]
    [InlineData("content/pages/about.md", "title: About", "title: About this site")]
    public void AChangeToConfigOrAFreePageRendersEveryArticleAgain(string file, string oldText, string newText)
    {
        using var site = SiteWithArticles();
        site.Replace(file, oldText, newText);

        Assert.Equal(0, Build(site).Kept);
        AssertSameAsCleanBuild(site);
    }

    /// <summary>The fixture's one article quotes and names Jon Berg and is cited by the timeline entry; the invented ones show neither.</summary>
    [Theory]
    [InlineData("content/people/jon-berg.md", "name: Jon Berg", "name: Jon A. Berg")]
    [InlineData("content/timeline/2025-06-03-harbour-talks.md", "title: The mayors meet", "title: The two mayors meet")]
    public void AChangeToAPersonOrEventRendersOnlyThePagesShowingIt(string file, string oldText, string newText)
    {
        using var site = SiteWithArticles();
        site.Replace(file, oldText, newText);

        var written = Build(site);
        Assert.InRange(Rendered(written), 1, written.Pages - Extra.Length);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void ADeletedArticleLeavesNoPageAndTheRestMatchACleanBuild()
    {
        using var site = SiteWithArticles();
        File.Delete(site.Path($"content/articles/{Extra[0]}.md"));

        Build(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", Extra[0])));
        AssertSameAsCleanBuild(site);
        // Deleted for two builds in a row: the spare (two builds old) still had it, and must lose it too.
        Build(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", Extra[0])));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void AHandEditedPageIsRenderedAgainNotKept()
    {
        using var site = SiteWithArticles();
        var page = Path.Combine("articles", Extra[2], "index.html");
        File.AppendAllText(Path.Combine(site.Output, page), "<!-- edited by hand -->");
        File.AppendAllText(Path.Combine(OutputFolder.SparePath(site.Output), page), "<!-- edited by hand -->");

        Assert.Equal(1, Rendered(Build(site)));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void ADamagedStateOnlyCostsRenders()
    {
        using var site = SiteWithArticles();
        var state = File.ReadAllBytes(OutputFolder.BuildStatePath(site.Output));
        state[state.Length / 2] ^= 0x5a;
        File.WriteAllBytes(OutputFolder.BuildStatePath(site.Output), state);

        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "SG5008" && d.Span.Path == ".sitegen-state-output");
        Assert.Equal(0, result.Written!.Kept);
        AssertSameAsCleanBuild(site);
        Assert.Equal(0, Rendered(Build(site)));
    }
}
