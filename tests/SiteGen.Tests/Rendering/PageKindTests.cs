using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A kind of page is one file in Rendering/Pages/ plus its line in <see cref="SitePlan.Kinds"/>: a kind defined but not
/// listed would build nothing and say nothing, and a kind at a new top-level name would let a free page take its address.
/// </summary>
public sealed class PageKindTests
{
    [Fact]
    public void EveryKindOfPageDefinedIsListedInTheSitePlan()
    {
        var defined = typeof(IPageKind).Assembly.GetTypes()
            .Where(t => typeof(IPageKind).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        // The kinds only keep the context they are given; listing them reads nothing from it.
        var listed = SitePlan.Kinds(null!).Select(k => k.GetType().Name).ToList();

        Assert.True(defined.Count >= 10, $"only {defined.Count} kinds of page found");
        var missing = defined.Except(listed).ToList();
        Assert.True(missing.Count == 0, $"{string.Join(", ", missing)} implement IPageKind but SitePlan.Kinds does not list them: add each where its pages fall in the site's order");
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void EveryTopLevelNameAGeneratedPageTakesIsKeptFromFreePages()
    {
        using var site = TempSite.FromFixture();
        var result = new Site(site.Options).Render();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var freePages = result.Content!.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(freePages);

        var pages = result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "index.html").ToList();
        var topLevel = pages.Select(p => p.Contains('/') ? p[..p.IndexOf('/')] : Path.GetFileNameWithoutExtension(p)).Distinct().ToList();
        Assert.Contains(SiteUrls.PeopleSection, topLevel);
        Assert.Contains("404", topLevel);
        foreach (var name in topLevel.Where(n => !freePages.Contains(n)))
            Assert.True(ReservedNames.GeneratedPageAt(name) is not null, $"a page is published under '{name}', which SiteUrls.GeneratedNames does not hold: a free page could take it");
    }
}
