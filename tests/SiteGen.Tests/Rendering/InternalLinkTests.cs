using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Every internal link and #anchor of a built site resolves to a page and an element on it. On the frozen fixture site:
/// the committed content is CommittedContentTests' alone, so an editor's change cannot fail a test of the renderer.
/// </summary>
public sealed class InternalLinkTests
{
    [Fact]
    public void EveryLinkResolvesWhenServedFromTheSiteRoot()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "base_url: https://news.example/harbour/", "base_url: https://explainer.example/");
        AssertAllLinksResolve(BuiltSite.Render(site.Options), "https://explainer.example/");
    }

    [Fact]
    public void EveryLinkOfTheFixtureSiteResolves()
    {
        using var site = TempSite.FromFixture();
        AssertAllLinksResolve(BuiltSite.Render(site.Options), "https://news.example/harbour/");
    }

    [Fact]
    public void EveryLinkOfTheFixtureSiteResolvesInRelativeMode()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "base_url:", "relative_urls: true\nbase_url:");
        var built = BuiltSite.Render(site.Options);
        AssertAllLinksResolve(built, "https://news.example/harbour/");
        AssertNoLinkIsRooted(built);
    }

    [Fact]
    public void EveryLinkOfTheFixtureSiteResolvesWithTheRelativeUrlsFlag()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options with { RelativeUrls = true });
        AssertAllLinksResolve(built, "https://news.example/harbour/");
        AssertNoLinkIsRooted(built);
    }

    [Fact]
    public void RelativeLinksResolveFromAnyFolderAndFromDisk()
    {
        // Relative to a file:// folder the links must name files, since no host turns a folder into its index.html.
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options with { RelativeUrls = true, BaseUrl = "https://elsewhere.example/deep/down/" });
        AssertAllLinksResolve(built, "file:///home/editor/copy-of-output/");
        Assert.Contains("href=\"../../timeline/index.html\"", built.Text("people/maria-lopez/index.html"));
    }

    [Fact]
    public void DetectsABrokenLinkInRelativeMode()
    {
        using var site = TempSite.FromFixture();
        site.Replace("templates/partials/quote.scriban-html", "{{ quote.source.url }}\">{{ fill t.source.paragraph", "{{ quote.source.url }}9\">{{ fill t.source.paragraph");
        var problems = BrokenLinks(BuiltSite.Render(site.Options with { RelativeUrls = true }), "https://news.example/harbour/");
        Assert.Contains(problems, p => p.Contains("#p29", StringComparison.Ordinal) || p.Contains("#p49", StringComparison.Ordinal));
    }

    [Fact]
    public void DetectsABrokenAnchor()
    {
        // The checker itself must be able to fail: a page citing a paragraph that has no anchor.
        using var site = TempSite.FromFixture();
        site.Replace("templates/partials/quote.scriban-html", "{{ quote.source.url }}\">{{ fill t.source.paragraph", "{{ quote.source.url }}9\">{{ fill t.source.paragraph");
        var problems = BrokenLinks(BuiltSite.Render(site.Options), "https://news.example/harbour/");
        Assert.Contains(problems, p => p.Contains("#p29", StringComparison.Ordinal) || p.Contains("#p49", StringComparison.Ordinal));
    }

    private static void AssertAllLinksResolve(BuiltSite built, string baseUrl)
    {
        var problems = BrokenLinks(built, baseUrl);
        Assert.True(problems.Count == 0, $"{problems.Count} broken links:\n" + string.Join("\n", problems.Take(50)));
        Assert.True(built.Pages.Count() >= 8, "expected a site with every page type");
    }

    private static void AssertNoLinkIsRooted(BuiltSite built)
    {
        var rooted = built.Pages.SelectMany(page => built.Document(page).QuerySelectorAll("[href], [src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(v => v.StartsWith('/'))
                .Select(v => $"{page}: {v}"))
            .ToList();
        Assert.True(rooted.Count == 0, "links still rooted at the host:\n" + string.Join("\n", rooted.Take(20)));
        var rootedResults = built.Files.Keys.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal))
            .SelectMany(p => System.Text.Json.JsonDocument.Parse(built.Files[p]).RootElement.EnumerateArray().Select(r => r[2].GetString()!))
            .Where(u => u.StartsWith('/')).ToList();
        Assert.True(rootedResults.Count == 0, "search results still rooted at the host:\n" + string.Join("\n", rootedResults.Take(20)));
    }

    internal static List<string> BrokenLinks(BuiltSite built, string baseUrl)
    {
        var root = new Uri(baseUrl);
        var basePath = root.AbsolutePath;
        var problems = new List<string>();
        var links = 0;
        foreach (var page in built.Pages)
        {
            var document = built.Document(page);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith(baseUrl, StringComparison.Ordinal)) target = basePath + target[baseUrl.Length..];
                if (target.StartsWith("http:", StringComparison.Ordinal) || target.StartsWith("https:", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                links++;
                // Resolved as a browser does from the page's own address, so rooted and relative links are walked alike.
                var pageFolder = page.Contains('/', StringComparison.Ordinal) ? page[..(page.LastIndexOf('/') + 1)] : "";
                var resolved = new Uri(new Uri(root, pageFolder), target);
                var anchor = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null;
                var file = target.StartsWith('#') ? page : built.FileFor(Uri.UnescapeDataString(resolved.AbsolutePath), basePath);
                if (file is null)
                {
                    problems.Add($"{page}: <{element.LocalName}> links to {target}, which is no file of the site");
                    continue;
                }
                if (anchor is { Length: > 0 } && built.Document(file).GetElementById(anchor) is null)
                    problems.Add($"{page}: links to {target}, but {file} has no element with id '{anchor}'");
            }
        }
        Assert.True(links > 0, "no internal links were checked");
        return problems;
    }
}
