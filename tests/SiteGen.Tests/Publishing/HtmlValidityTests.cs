using System.Text.Json;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>Every page of the fixture site passes the Nu HTML Checker (the W3C validator) with zero errors.</summary>
[Trait("Category", "Slow")]
public sealed class HtmlValidityTests
{
    [Fact]
    public void EveryPageOfTheFixtureSitePassesTheNuHtmlChecker()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        AssertValid(site.Output);
    }

    [Fact]
    public void EveryPageOfTheFixtureSiteInFrenchPassesTheNuHtmlChecker()
    {
        using var site = Rendering.SiteLanguageTests.FixtureIn("fr");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.Contains("<html lang=\"fr\">", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        AssertValid(site.Output);
    }

    [Fact]
    public void TheCheckerReportsAnInvalidPage()
    {
        // The check must be able to fail: a page with a stray end tag and a duplicate id.
        using var site = TempSite.Empty();
        site.Write("bad/index.html", "<!doctype html><html lang=en><head><title>x</title></head><body><p id=a>a</p><p id=a>b</div></body></html>");
        var errors = Validate(site.Path("bad"));
        Assert.Contains(errors, e => e.StartsWith("index.html:1: Duplicate ID", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Stray end tag", StringComparison.Ordinal));
    }

    /// <summary>Fails with the checker's errors unless every page under <paramref name="outputDir"/> is valid; also used by other tests' sites.</summary>
    internal static void AssertValid(string outputDir, int minimumPages = 8)
    {
        var pages = Directory.GetFiles(outputDir, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages >= minimumPages, $"expected every page type, found {pages} pages");
        var errors = Validate(outputDir);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(40)));
    }

    private static List<string> Validate(string dir)
    {
        var (_, _, stderr) = PageCheckers.Run("java", ["-jar", PageCheckers.VnuJar, "--errors-only", "--format", "json", "--skip-non-html", dir]);
        using var report = JsonDocument.Parse(stderr.Length > 0 ? stderr : "{\"messages\":[]}");
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Path.GetRelativePath(dir, m.GetProperty("url").GetString()!.Replace("file:", "", StringComparison.Ordinal))}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }
}
