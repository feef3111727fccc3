using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checking;

/// <summary>Guesses stay visible until an editor clears them: build counts them, the published markup names them, check lists them (its case folder).</summary>
public sealed class ReviewMarkTests
{
    private const string Article = "content/articles/harbour-talks-end.md";

    private static void MarkBergsQuote(TempSite site) =>
        site.Replace(Article, "    text: The quotas are still the hard part\n    paragraph: 4\n",
            "    text: The quotas are still the hard part\n    paragraph: 4\n    attribution: surname\n    review: true\n");

    [Fact]
    public void BuildWarnsWithTheCountAndStillSucceeds()
    {
        using var site = TempSite.FromFixture();
        MarkBergsQuote(site);
        site.Replace("content/timeline/next-meeting-northtown.md", "status: proposed\n", "status: proposed\nattribution: pronoun\nreview: true\n");
        var outcome = SiteGenProcess.Run(site.Root, "build");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("warning SG4010: 2 quotes and timeline entries await review (marked 'review: true'); 'sitegen check' lists them", outcome.Stderr);
    }

    [Fact]
    public void BuildSaysNothingOnceEveryMarkIsGone()
    {
        using var site = TempSite.FromFixture();
        var outcome = SiteGenProcess.Run(site.Root, "build");
        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("SG4010", outcome.Stderr);
    }

    [Fact]
    public void PagesMarkTheGuessWithHowItWasMade()
    {
        using var site = TempSite.FromFixture();
        MarkBergsQuote(site);
        var result = new Site(site.Options).Render();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string Page(string path) => System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
        Assert.Contains("data-review=\"surname\"", Page("people/jon-berg/index.html"));
        Assert.Contains("data-review=\"surname\"", Page("articles/harbour-talks-end/index.html"));
        // Lopez's quotes were never marked: only the guess carries the attribute.
        Assert.DoesNotContain("data-review", Page("people/maria-lopez/index.html"));
    }
}
