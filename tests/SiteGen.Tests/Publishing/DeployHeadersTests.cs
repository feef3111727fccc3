using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>_headers for hosts that read it: a long cache for fingerprinted assets, and a security policy every page satisfies.</summary>
public sealed class DeployHeadersTests
{
    private static BuiltSite Committed()
    {
        using var site = TempSite.FromFixture();
        return BuiltSite.Render(site.Options);
    }

    [Fact]
    public void EveryFingerprintedAssetIsCachedForAYearAndNothingElseIs()
    {
        var built = Committed();
        var headers = built.Text("_headers");
        var fingerprinted = built.Files.Keys.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^assets/.+\.[0-9a-f]{10}\.(css|js|svg)$")).ToList();
        Assert.NotEmpty(fingerprinted);
        foreach (var asset in fingerprinted)
            Assert.Contains($"/harbour/{asset}\n  Cache-Control: public, max-age=31536000, immutable\n", headers, StringComparison.Ordinal);
        Assert.Equal(fingerprinted.Count, headers.Split("immutable").Length - 1);
        Assert.StartsWith("/harbour/*\n  Content-Security-Policy: default-src 'self'; script-src 'self';", headers, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPageSatisfiesTheContentSecurityPolicy()
    {
        // script-src 'self' and style-src 'self' with no hashes: inline code, inline styles and handlers would all be blocked.
        Assert.Contains("script-src 'self';", SiteFeeds.ContentSecurityPolicy, StringComparison.Ordinal);
        var built = Committed();
        var problems = new List<string>();
        foreach (var page in built.Pages)
        {
            var document = built.Document(page);
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src");
                if (src is null && script.GetAttribute("type") != "application/ld+json") problems.Add($"{page}: inline script");
                if (src is not null && !src.StartsWith('/')) problems.Add($"{page}: script from {src}");
            }
            foreach (var sheet in document.QuerySelectorAll("link[rel=stylesheet]"))
                if (!sheet.GetAttribute("href")!.StartsWith('/')) problems.Add($"{page}: stylesheet from {sheet.GetAttribute("href")}");
            if (document.QuerySelectorAll("style").Length > 0) problems.Add($"{page}: <style> element");
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                        problems.Add($"{page}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: javascript: address");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(30)));
    }

    [Fact]
    public void DetectsAnInlineScript()
    {
        using var site = TempSite.FromFixture();
        site.Replace("templates/layout.scriban-html", "</body>", "<script>alert(1)</script></body>");
        var built = BuiltSite.Render(site.Options);
        Assert.Contains(built.Pages, p => built.Document(p).QuerySelectorAll("script:not([src]):not([type])").Length > 0);
    }
}
