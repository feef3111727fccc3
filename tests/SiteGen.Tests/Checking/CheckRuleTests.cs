using SiteGen.Pipeline;
using SiteGen.Checking;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checking;

/// <summary>
/// Each folder under Checking/Cases/ breaks one rule: its files are laid over the valid fixture site, and 'check'
/// must report exactly the lines of its expected.txt (build diagnostics and rule findings, every severity).
/// </summary>
public sealed class CheckRuleTests
{
    private static readonly string CasesDir = Path.Combine(Repository.Tests, "Checking", "Cases");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CasesDir).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    private static List<string> Check(TempSite site, bool relativeUrls = false)
    {
        var pipeline = new Site(site.Options with { RelativeUrls = relativeUrls });
        var result = pipeline.Render();
        return [.. result.Diagnostics.Concat(pipeline.Check(result)).Select(d => d.ToString())];
    }

    [Fact]
    public void TheFixtureSiteHasNothingToReport()
    {
        using var site = TempSite.FromFixture();
        Assert.Empty(Check(site));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsEachBrokenRuleWithItsPlaceAndAFix(string name)
    {
        using var site = TempSite.FromFixture();
        var caseDir = LayCaseOver(site, name);

        var actual = string.Join("\n", Check(site)) + "\n";
        var expectedFile = Path.Combine(caseDir, "expected.txt");
        if (!File.Exists(expectedFile) || File.ReadAllText(expectedFile).Replace("\r\n", "\n") != actual)
            File.WriteAllText(Path.Combine(caseDir, "expected.received.txt"), actual);
        Assert.True(File.Exists(expectedFile), $"no expected.txt yet for {name}: review expected.received.txt and rename it");
        Assert.Equal(File.ReadAllText(expectedFile).Replace("\r\n", "\n"), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindsTheSameInRelativeUrlMode(string name)
    {
        // relative_urls rewrites every link, so the checker must still resolve them: the same places and codes, only the
        // quoted link text differs.
        using var site = TempSite.FromFixture();
        var caseDir = LayCaseOver(site, name);
        static string PlaceAndCode(string line) => string.Join(' ', line.Split(' ').Take(3));
        var expected = File.ReadAllText(Path.Combine(caseDir, "expected.txt")).Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PlaceAndCode);
        Assert.Equal(expected, Check(site, relativeUrls: true).Select(PlaceAndCode));
    }

    [Fact]
    public void TheFixtureSiteHasNothingToReportInRelativeUrlMode()
    {
        using var site = TempSite.FromFixture();
        Assert.Empty(Check(site, relativeUrls: true));
    }

    [Fact]
    public void EveryRuleIsNamedAsASentenceAndHasACase()
    {
        Assert.Equal(7, SiteChecker.Rules.Length);
        Assert.All(SiteChecker.Rules, r => Assert.Matches("^[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Must|MustNot)[A-Z][A-Za-z]+$", r.GetType().Name));
    }

    [Fact]
    public void CheckCommandPrintsPlacesAndFailsOnErrors()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/pages/about.md", "About the fixture.", "About the [fixture](/nowhere/).");
        var outcome = SiteGenProcess.Run(site.Root, "check");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("content/pages/about.md:5:21: error SG4001: the link '/harbour/nowhere/' points at /harbour/nowhere/, which the site does not have", outcome.Stderr);
        Assert.Contains("About the [fixture](/nowhere/).", outcome.Stderr);
        Assert.False(Directory.Exists(site.Output), "check must not write output/");
    }

    [Fact]
    public void CheckCommandSucceedsOnAGoodSite()
    {
        using var site = TempSite.FromFixture();
        var outcome = SiteGenProcess.Run(site.Root, "check");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"checked \d+ pages in \d+ ms: 0 errors, 0 warnings", outcome.Stdout);
    }

    /// <summary>Copies a case folder's files (all but its expectations) over the fixture site; returns the case folder.</summary>
    private static string LayCaseOver(TempSite site, string name)
    {
        var caseDir = Path.Combine(CasesDir, name);
        foreach (var file in Directory.GetFiles(caseDir, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) is not ("expected.txt" or "expected.received.txt")))
        {
            var target = site.Path(Path.GetRelativePath(caseDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return caseDir;
    }
}
