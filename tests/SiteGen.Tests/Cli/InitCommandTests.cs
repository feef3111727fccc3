using SiteGen.Pipeline;
using SiteGen.Authoring;
using SiteGen.Rendering;
using SiteGen.Tests.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>'sitegen init' starts a new explainer that builds as it is, and every verb outside a site says to run it.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task InitThenBuildGivesASiteThatPassesTheHtmlCheckerAndAxe()
    {
        using var temp = TempSite.Empty();
        var init = SiteGenProcess.Run(temp.Root, "init", "harbour", "--title", "The harbour talks, explained");
        Assert.True(init.ExitCode == 0, init.Stderr);
        var root = temp.Path("harbour");
        Assert.True(Directory.Exists(Path.Combine(root, "seeds")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(root, "seeds")));
        var siteYaml = File.ReadAllText(Path.Combine(root, "content", "site.yaml"));
        Assert.Contains("title: The harbour talks, explained", siteYaml);
        // The setting that turns share cards off is written where an editor looks for it, with the cards on.
        Assert.Contains("\ncards: true\n", siteYaml);

        var build = SiteGenProcess.Run(root, "build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("The harbour talks, explained", File.ReadAllText(Path.Combine(root, "output", "index.html")));
        HtmlValidityTests.AssertValid(Path.Combine(root, "output"), minimumPages: 7);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(root, "output", "cards"), "*.png"));

        var built = BuiltSite.Render(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), temp.Path("unused")) { DisplayRoot = root });
        var problems = new List<string>();
        foreach (var (width, scheme) in new[] { (390, "light"), (1280, "dark") })
            problems.AddRange(await AccessibilityTests.ViolationsAsync(built, width, scheme));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void InitCopiesTheDefaultTemplatesByteForByte()
    {
        using var temp = TempSite.Empty();
        Assert.True(SiteInitializer.Create(temp.Path("story"), "A story", temp.Root).Succeeded);
        var expected = Directory.GetFiles(Repository.Templates, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Templates, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var written = Directory.GetFiles(temp.Path("story/templates"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path("story/templates"), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, written);
        foreach (var file in expected)
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Templates, file)), File.ReadAllBytes(temp.Path("story/templates/" + file)));
    }

    [Fact]
    public void InitRefusesAFolderThatAlreadyHoldsASiteAndWritesNothing()
    {
        using var site = TempSite.FromFixture();
        var before = File.ReadAllText(site.Path("content/site.yaml"));
        var run = SiteGenProcess.Run(site.Root, "init", ".", "--title", "Another story");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content:1:1: error SG5602: '.' already has a content/ folder", run.Stderr);
        Assert.Contains("templates:1:1: error SG5602: '.' already has a templates/ folder", run.Stderr);
        Assert.Equal(before, File.ReadAllText(site.Path("content/site.yaml")));
        Assert.False(Directory.Exists(site.Path("seeds")));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("ingest")]
    [InlineData("new", "person", "Ann Writer")]
    public void EveryVerbOutsideASiteSaysToRunInit(params string[] args)
    {
        using var temp = TempSite.Empty();
        var run = SiteGenProcess.Run(temp.Root, args);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error SG5601: no site here: run `sitegen init DIR --title \"...\"` to start one", run.Stderr);
        Assert.DoesNotContain("templates:1:1", run.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Root));
    }
}
