using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The build verb as a user runs it: one summary line on success, every error with its line on failure, and the exit code to match.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void PrintsOneSummaryLineAndExitsZero()
    {
        using var site = TempSite.FromFixture();
        var run = SiteGenProcess.Run(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^built \d+ pages \(\d+ files, \d+ written\) into output in \d+ ms\n$", run.Stdout);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void ReportsEveryErrorWithTheOffendingLineAndExitsNonZero()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/people/jon-berg.md", "kind: leader", "kind: monarch");
        site.Replace("content/timeline/2019-last-meeting.md", "date: 2019", "date: 2019-13");
        var run = SiteGenProcess.Run(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/people/jon-berg.md:6:7: error SG1104: 'kind' must be one of", run.Stderr);
        Assert.Contains("    kind: monarch\n          ^", run.Stderr);
        Assert.Contains("content/timeline/2019-last-meeting.md:3:7: error SG1103:", run.Stderr);
        Assert.Contains("failed: 2 errors", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void BaseUrlFlagOverridesSiteYamlForEveryAddress()
    {
        using var site = TempSite.FromFixture();
        var run = SiteGenProcess.Run(site.Root, "build", "--base-url", "https://staging.example/preview");

        Assert.Equal(0, run.ExitCode);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://staging.example/preview/\">", home);
        Assert.Contains("href=\"/preview/timeline/\"", home);
        Assert.DoesNotContain("news.example/harbour", home);
        Assert.Contains("<loc>https://staging.example/preview/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Theory]
    [InlineData("staging.example/x/")]
    [InlineData("ftp://staging.example/")]
    [InlineData("https://staging.example/?draft=1")]
    public void ABadBaseUrlFlagIsAnErrorNamingTheFlag(string given)
    {
        using var site = TempSite.FromFixture();
        var run = SiteGenProcess.Run(site.Root, "build", "--base-url", given);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error SG5611: --base-url must be an absolute http(s) address without ?query or #fragment, such as https://example.org/story/, not '{given}'\n", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData(" https://staging.example/ ", "must hold no spaces")]
    [InlineData("https://staging.example/a b/", "must hold no spaces")]
    [InlineData("https://staging.example/\n", "must hold no spaces")]
    [InlineData("https://staging.example/\t/", "must hold no spaces")]
    [InlineData("https://staging.example/\u0085/", "must hold no spaces")]
    [InlineData("https://editor:s3cret@staging.example/", "must not carry a user name or password")]
    public void ABaseUrlFlagWithSpacesControlsOrCredentialsIsRefused(string given, string problem)
    {
        using var site = TempSite.FromFixture();
        var run = SiteGenProcess.Run(site.Root, "build", "--base-url", given);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error SG5611: --base-url {problem}", run.Stderr);
        Assert.DoesNotContain("s3cret", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void HasHelp()
    {
        var run = SiteGenProcess.Run(Repository.Root, "build", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--content", run.Stdout);
        Assert.Contains("--output", run.Stdout);
        Assert.Contains("--base-url", run.Stdout);
        Assert.Contains("--relative-urls", run.Stdout);
    }
}
