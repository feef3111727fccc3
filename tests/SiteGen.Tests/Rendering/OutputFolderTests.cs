using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A build replaces output/ only when it succeeds, and never touches a folder holding sources.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void AFailedBuildLeavesTheLastGoodOutputInPlace()
    {
        using var site = TempSite.FromFixture();
        Assert.True(SiteBuilder.Build(site.Options).Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: [Jon Berg");
        var failed = SiteBuilder.Build(site.Options);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void ASuccessfulBuildRemovesPagesThatNoLongerExist()
    {
        using var site = TempSite.FromFixture();
        Assert.True(SiteBuilder.Build(site.Options).Succeeded);
        File.Delete(site.Path("content/pages/about.md"));
        Assert.True(SiteBuilder.Build(site.Options).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/people")]
    [InlineData("templates")]
    public void RefusesAnOutputFolderThatHoldsOrIsASourceFolder(string output)
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Path("seeds"));
        var options = site.Options with { OutputDir = site.Path(output) };
        var result = SiteBuilder.Build(options);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, error.Code);
        Assert.True(File.Exists(site.Path("content/site.yaml")), "the content must survive");
        Assert.True(File.Exists(site.Path("templates/layout.scriban-html")), "the templates must survive");
    }

    [Fact]
    public void LinksOutOfTheTemplatesFolderInAssetsAreRefusedAndNotPublished()
    {
        using var site = TempSite.FromFixture();
        var secret = site.Path("secret.txt");
        File.WriteAllText(secret, "not for the web");
        Directory.CreateDirectory(site.Path("outside"));
        File.WriteAllText(site.Path("outside/also-secret.txt"), "nor this");
        File.CreateSymbolicLink(site.Path("templates/assets/linked.txt"), secret);
        Directory.CreateSymbolicLink(site.Path("templates/assets/linked-folder"), site.Path("outside"));

        var result = SiteBuilder.Render(site.Options);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains($"templates/assets/linked.txt:1:1: error SG1305: the file is a link to '{secret}', outside the templates folder; SiteGen reads only files inside it: copy the file in instead",
            errors.Select(d => d.ToString()));
        Assert.All(errors, d => Assert.Equal(DiagnosticCodes.LinkLeavesSite, d.Code));
        Assert.Empty(result.Files);
        Assert.DoesNotContain(errors, d => d.ToDisplayString().Contains("not for the web", StringComparison.Ordinal) || d.ToDisplayString().Contains("nor this", StringComparison.Ordinal));
    }
}
