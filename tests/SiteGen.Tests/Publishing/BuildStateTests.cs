using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// 'build' with the build state beside output/: unchanged article files are not read or parsed again, unchanged article
/// pages are not rendered again, their search documents are merged from the state, and the output is the clean build of
/// the same content byte for byte, whatever was edited or deleted.
/// </summary>
public sealed class BuildStateTests
{
    private static readonly string[] Extra = ["quay-repairs-begin", "ferry-timetable-changes", "lighthouse-reopens", "harbour-fees-rise"];

    /// <summary>The fixture plus invented articles no record cites (so one can be deleted), built once so the state exists.</summary>
    private static TempSite BuiltSite()
    {
        var site = TempSite.FromFixture();
        for (var i = 0; i < Extra.Length; i++)
        {
            site.Write($"content/articles/{Extra[i]}.md",
                $"---\ntitle: Invented story {i + 1}\ndate: 2025-06-0{i + 4}\noutlet: Example Gazette\n---\nThe first invented paragraph of story {i + 1}.\n\nA second one, about the harbour.\n");
        }
        Build(site);
        Assert.True(File.Exists(OutputFolder.BuildStatePath(site.Output)));
        return site;
    }

    private static BuildResult Build(TempSite site)
    {
        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Pages rendered rather than kept: every page is kept or rendered.</summary>
    private static int Rendered(BuildResult result) => result.Written!.Pages - result.Written.Kept;

    private static void AssertSameAsCleanBuild(TempSite site, BuildResult incremental)
    {
        var clean = site.Options with { OutputDir = site.Path("clean-" + Guid.NewGuid().ToString("N")) };
        var cleanResult = new Site(clean).Build();
        Assert.True(cleanResult.Succeeded);
        var expected = FolderSnapshot.Of(clean.OutputDir);
        var actual = FolderSnapshot.Of(site.Output);
        var differing = expected.Keys.Union(actual.Keys).Where(p => !expected.TryGetValue(p, out var e) || !actual.TryGetValue(p, out var a) || !e.AsSpan().SequenceEqual(a)).ToList();
        Assert.True(differing.Count == 0, "the incremental build differs from a clean build in: " + string.Join(", ", differing.Take(10)));
        // The same warnings too: a kept file's diagnostics are replayed from the state.
        Assert.Equal(cleanResult.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void AnEditedArticleBodyIsTheOnlyFileParsedAndTheOnlyPageRendered()
    {
        using var site = BuiltSite();
        site.Replace($"content/articles/{Extra[1]}.md", "A second one, about the harbour.", "A second one, about the harbour at night.");

        var result = Build(site);

        Assert.Equal(1, result.FilesParsed - PeoplePagesAndRecords(site));
        Assert.Equal(1, Rendered(result));
        Assert.Contains("about the harbour at night", File.ReadAllText(Path.Combine(site.Output, "articles", Extra[1], "index.html")));
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void AnArticleBodyThatNowNamesAPersonIsListedOnTheirPage()
    {
        using var site = BuiltSite();
        // Above the footer, which lists every source article on every page.
        string PersonMain() => File.ReadAllText(Path.Combine(site.Output, "people", "jon-berg", "index.html")).Split("<footer")[0];
        Assert.DoesNotContain("Invented story 1", PersonMain());
        site.Replace($"content/articles/{Extra[0]}.md", "A second one, about the harbour.", "A second one, in which Jon Berg speaks about the harbour.");

        var result = Build(site);

        Assert.Contains("Invented story 1", PersonMain());
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void AnEditedArticleTitleReachesEveryListAndTheSearchIndex()
    {
        using var site = BuiltSite();
        site.Replace($"content/articles/{Extra[2]}.md", "title: Invented story 3", "title: The lighthouse shines again");

        var result = Build(site);

        Assert.Equal(1, result.FilesParsed - PeoplePagesAndRecords(site));
        var search = string.Concat(Directory.GetFiles(Path.Combine(site.Output, "search", "d")).Select(File.ReadAllText));
        Assert.Contains("The lighthouse shines again", search);
        Assert.DoesNotContain("Invented story 3", search);
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void AnEditedPersonRendersAgainWhatShowsThem()
    {
        using var site = BuiltSite();
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: Jon A. Berg");

        var result = Build(site);

        Assert.Equal(0, result.FilesParsed - PeoplePagesAndRecords(site));
        // The invented articles do not show Jon Berg: their pages are kept.
        Assert.InRange(Rendered(result), 1, result.Written!.Pages - Extra.Length);
        Assert.Contains("Jon A. Berg", File.ReadAllText(Path.Combine(site.Output, "people", "jon-berg", "index.html")));
        Assert.Contains("Jon A. Berg", File.ReadAllText(Path.Combine(site.Output, "articles", "harbour-talks-end", "index.html")));
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void ADeletedArticleLeavesNoPageNoSearchEntryAndNoStateBehind()
    {
        using var site = BuiltSite();
        File.Delete(site.Path($"content/articles/{Extra[3]}.md"));

        var result = Build(site);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", Extra[3])));
        Assert.DoesNotContain("Invented story 4", string.Concat(Directory.GetFiles(Path.Combine(site.Output, "search", "d")).Select(File.ReadAllText)));
        AssertSameAsCleanBuild(site, result);
        // Restored as it was: the state forgot it, so it is read again, and the spare (two builds old) is brought up to date.
        site.Write($"content/articles/{Extra[3]}.md", "---\ntitle: Invented story 4\ndate: 2025-06-07\noutlet: Example Gazette\n---\nThe first invented paragraph of story 4.\n\nA second one, about the harbour.\n");
        result = Build(site);
        Assert.Equal(1, result.FilesParsed - PeoplePagesAndRecords(site));
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void AnUnchangedSiteParsesNoArticleAndKeepsEveryPage()
    {
        using var site = BuiltSite();

        var result = Build(site);

        Assert.Equal(0, result.FilesParsed - PeoplePagesAndRecords(site));
        Assert.Equal(0, Rendered(result));
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void ATemplateChangeDropsTheWholeState()
    {
        using var site = BuiltSite();
        File.AppendAllText(site.Path("templates/article.scriban-html"), "\n<!-- an invented note -->\n");

        var result = Build(site);

        Assert.Equal(Directory.GetFiles(site.Path("content"), "*.md", SearchOption.AllDirectories).Length - 1, result.FilesParsed);
        Assert.Equal(0, result.Written!.Kept);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG5008");
        AssertSameAsCleanBuild(site, result);
    }

    [Fact]
    public void AFailedBuildThatChangedTheSpareLeavesNoStateToMisleadTheNext()
    {
        using var site = BuiltSite();
        Build(site);
        var layout = File.ReadAllText(site.Path("templates/layout.scriban-html"));
        var person = File.ReadAllText(site.Path("templates/person.scriban-html"));
        // Same lengths, other bytes, written into the spare by every page that renders before the person page fails.
        File.WriteAllText(site.Path("templates/layout.scriban-html"), layout.Replace("<html", "<HTML"));
        File.WriteAllText(site.Path("templates/person.scriban-html"), person.Replace("{{ person.name }}", "{{ person.no_such_member }}"));
        Assert.False(new Site(site.Options).Build().Succeeded);
        Assert.False(File.Exists(OutputFolder.BuildStatePath(site.Output)));

        File.WriteAllText(site.Path("templates/layout.scriban-html"), layout);
        File.WriteAllText(site.Path("templates/person.scriban-html"), person);
        site.Replace($"content/articles/{Extra[1]}.md", "A second one, about the harbour.", "A second one, about the harbour at dawn.");
        AssertSameAsCleanBuild(site, Build(site));
    }

    [Theory]
    [InlineData("not a state file at all\n")]
    [InlineData("")]
    public void AForeignStateFileIsIgnoredWithAWarningAndTheBuildIsClean(string text)
    {
        using var site = BuiltSite();
        File.WriteAllText(OutputFolder.BuildStatePath(site.Output), text);

        var result = Build(site);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SG5008");
        Assert.Contains("not a SiteGen build state", warning.Message);
        Assert.Equal(0, result.Written!.Kept);
        Assert.Equal(Directory.GetFiles(site.Path("content"), "*.md", SearchOption.AllDirectories).Length - 1, result.FilesParsed);
        Assert.Equal(result.Diagnostics.Where(d => d.Code != "SG5008").Select(d => d.ToString()), new Site(site.Options with { OutputDir = site.Path("clean") }).Build().Diagnostics.Select(d => d.ToString()));
        Assert.Equal(0, Rendered(Build(site)));
    }

    /// <summary>The Markdown files read on every build: all but the articles (and _index.md).</summary>
    private static int PeoplePagesAndRecords(TempSite site) =>
        new[] { "people", "timeline", "analysis", "pages" }.Sum(folder => Directory.Exists(site.Path("content/" + folder)) ? Directory.GetFiles(site.Path("content/" + folder), "*.md").Length : 0);
}
