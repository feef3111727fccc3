using SiteGen.Authoring;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

public class ArchetypeWriterTests
{
    private static readonly DateOnly Today = new(2025, 8, 16);

    [Theory]
    [InlineData("person", "Zhang Hong", "content/people/zhang-hong.md")]
    [InlineData("event", "Summit in Anchorage", "content/timeline/summit-in-anchorage.md")]
    [InlineData("analysis", "What the summit changed", "content/analysis/what-the-summit-changed.md")]
    [InlineData("page", "About this site", "content/pages/about-this-site.md")]
    public void WritesAFileThatLoadsCleanly(string kind, string title, string expectedPath)
    {
        using var site = TempSite.FromFixture();
        var result = ArchetypeWriter.Write(kind, title, null, site.Content, site.Templates, Today);

        Assert.Null(result.Error);
        Assert.Equal(site.Path(expectedPath), result.WrittenPath);
        var loaded = SiteLoader.Load(site.Content, includeDrafts: true, site.Root);
        Assert.Empty(loaded.Diagnostics);
        var slug = Path.GetFileNameWithoutExtension(expectedPath);
        var titles = kind switch
        {
            "person" => loaded.Content.People.Where(p => p.Slug == slug).Select(p => p.Name),
            "event" => loaded.Content.Events.Where(e => e.Slug == slug).Select(e => e.Title),
            "analysis" => loaded.Content.Analyses.Where(a => a.Slug == slug).Select(a => a.Title),
            _ => loaded.Content.Pages.Where(p => p.Slug == slug).Select(p => p.Title),
        };
        Assert.Equal([title], titles);
    }

    [Fact]
    public void StartsAsADraftSoNothingHalfDonePublishes()
    {
        using var site = TempSite.FromFixture();
        ArchetypeWriter.Write("person", "Cui Zheng", null, site.Content, site.Templates, Today);
        Assert.DoesNotContain(SiteLoader.Load(site.Content, includeDrafts: false, site.Root).Content.People, p => p.Slug == "cui-zheng");
    }

    [Fact]
    public void KeepsTitlesWithYamlSyntaxAsOneString()
    {
        using var site = TempSite.FromFixture();
        const string title = "Trump: \"No deal\" # until there's a deal \\ [sic]";
        var result = ArchetypeWriter.Write("event", title, null, site.Content, site.Templates, Today);
        var loaded = SiteLoader.Load(site.Content, includeDrafts: true, site.Root);
        Assert.Empty(loaded.Diagnostics);
        Assert.Contains(loaded.Content.Events, e => e.Title == title);
        // Nobody knows the event's day or fate from its title alone: no date, and only proposed.
        var written = File.ReadAllText(result.WrittenPath!);
        Assert.Contains("\ndate:\n", written);
        Assert.Contains("\nstatus: proposed\n", written);
        Assert.Contains(loaded.Content.Events, e => e.Title == title && e.Date is null && e.Status == EventStatus.Proposed);
    }

    [Fact]
    public void RefusesToOverwriteAnExistingFile()
    {
        using var site = TempSite.FromFixture();
        var existing = site.Read("content/people/jon-berg.md");
        var result = ArchetypeWriter.Write("person", "Jon Berg", null, site.Content, site.Templates, Today);
        Assert.Null(result.WrittenPath);
        Assert.Contains("already exists", result.Error);
        Assert.Equal(existing, site.Read("content/people/jon-berg.md"));
    }

    [Fact]
    public void AsksForASlugWhenTheTitleHasNoLatinLetters()
    {
        using var site = TempSite.FromFixture();
        var refused = ArchetypeWriter.Write("person", "Владимир Путин", null, site.Content, site.Templates, Today);
        Assert.Contains("--slug", refused.Error);
        var written = ArchetypeWriter.Write("person", "Владимир Путин", "vladimir-putin", site.Content, site.Templates, Today);
        Assert.Equal(site.Path("content/people/vladimir-putin.md"), written.WrittenPath);
        Assert.Contains(SiteLoader.Load(site.Content, includeDrafts: true, site.Root).Content.People, p => p.Name == "Владимир Путин");
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("People")]
    [InlineData("404")]
    public void APageTitledLikeAGeneratedPageGetsAFreeSlugAndBuilds(string title)
    {
        using var site = TempSite.FromFixture();
        var result = ArchetypeWriter.Write("page", title, null, site.Content, site.Templates, Today);

        Assert.Equal(site.Path($"content/pages/{title.ToLowerInvariant()}-1.md"), result.WrittenPath);
        Assert.Empty(SiteLoader.Load(site.Content, includeDrafts: true, site.Root).Diagnostics.Where(d => d.IsError));
        var refused = ArchetypeWriter.Write("page", title, title.ToLowerInvariant(), site.Content, site.Templates, Today);
        Assert.Null(refused.WrittenPath);
        Assert.Contains("SiteGen generates", refused.Error);
    }

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("../escape")]
    [InlineData("a--b")]
    public void RefusesSlugsTheLoaderWouldReject(string slug)
    {
        using var site = TempSite.FromFixture();
        var result = ArchetypeWriter.Write("page", "Anything", slug, site.Content, site.Templates, Today);
        Assert.Null(result.WrittenPath);
        Assert.Contains("not a usable slug", result.Error);
    }

    [Fact]
    public void NewCommandPrintsThePathAndFailsOnASecondRun()
    {
        using var site = TempSite.FromFixture();
        // The program runs with InvariantGlobalization (no ICU), unlike this test host: accents must fold there too.
        var accented = SiteGenProcess.Run(site.Root, "new", "person", "Zoë Ångström-Łukasiewicz");
        Assert.Equal(Path.Combine("content", "people", "zoe-angstrom-lukasiewicz.md"), accented.Stdout.Trim());
        var first = SiteGenProcess.Run(site.Root, "new", "person", "Su Xiaohui");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(Path.Combine("content", "people", "su-xiaohui.md"), first.Stdout.Trim());
        var second = SiteGenProcess.Run(site.Root, "new", "person", "Su Xiaohui");
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Stderr);
    }
}
