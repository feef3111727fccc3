using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Every internal link and #anchor of a built site resolves to a page and an element on it.</summary>
public sealed class InternalLinkTests
{
    [Fact]
    public void EveryLinkOfTheCommittedSiteResolves()
    {
        using var site = TempSite.FromRepository();
        AssertAllLinksResolve(BuiltSite.Render(site.Options), "https://example.org/summit/");
    }

    [Fact]
    public void EveryLinkResolvesWhenServedFromTheSiteRoot()
    {
        using var site = TempSite.FromRepository();
        site.Replace("content/site.yaml", "base_url: https://example.org/summit/", "base_url: https://explainer.example/");
        AssertAllLinksResolve(BuiltSite.Render(site.Options), "https://explainer.example/");
    }

    [Fact]
    public void EveryLinkOfTheFixtureSiteResolves()
    {
        using var site = TempSite.FromFixture();
        AssertAllLinksResolve(BuiltSite.Render(site.Options), "https://news.example/harbour/");
    }

    [Fact]
    public void DetectsABrokenAnchor()
    {
        // The checker itself must be able to fail: a page citing a paragraph that has no anchor.
        using var site = TempSite.FromFixture();
        site.Replace("templates/partials/quote.scriban-html", "{{ quote.source.url }}\">paragraph", "{{ quote.source.url }}9\">paragraph");
        var problems = BrokenLinks(BuiltSite.Render(site.Options), "https://news.example/harbour/");
        Assert.Contains(problems, p => p.Contains("#p29", StringComparison.Ordinal) || p.Contains("#p49", StringComparison.Ordinal));
    }

    private static void AssertAllLinksResolve(BuiltSite built, string baseUrl)
    {
        var problems = BrokenLinks(built, baseUrl);
        Assert.True(problems.Count == 0, $"{problems.Count} broken links:\n" + string.Join("\n", problems.Take(50)));
        Assert.True(built.Pages.Count() >= 8, "expected a site with every page type");
    }

    internal static List<string> BrokenLinks(BuiltSite built, string baseUrl)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
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
                var hash = target.IndexOf('#');
                var path = hash >= 0 ? target[..hash] : target;
                var anchor = hash >= 0 ? target[(hash + 1)..] : null;
                var file = path.Length == 0 ? page : built.FileFor(path, basePath);
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
