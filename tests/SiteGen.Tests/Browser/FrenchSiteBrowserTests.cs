using Microsoft.Playwright;
using SiteGen.Tests.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What site.js writes on a page (search results and their count, the timeline filter's count, the copied-link note)
/// comes from the page in the site's language: a French site's script speaks French.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FrenchSiteBrowserTests
{
    [Fact]
    public async Task SearchResultsTheirCountAndTheTimelineFilterCountAreInFrench()
    {
        using var site = SiteLanguageTests.FixtureIn("fr");
        var built = BuiltSite.Render(site.Options);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenAsync(built);
        // A clipboard that always accepts (headless Chromium's may refuse), and a permalink that stays on the page.
        await page.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() } });"
            + "document.addEventListener('click', e => { if (e.target.closest('a[data-copy-link]')) e.preventDefault(); }, true);");

        await page.GotoAsync(built.BaseUrl + "search/");
        await page.FillAsync("#search-q", "Tuesday");
        await Assertions.Expect(page.Locator(".search-live h2").First).ToHaveTextAsync("Paragraphes");
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ résultats? pour « Tuesday »$"));
        await Assertions.Expect(page.Locator(".search-live a").First).ToContainTextAsync("paragraphe 1");

        await page.GotoAsync(built.BaseUrl + "timeline/");
        await page.SelectOptionAsync("#filter-person", "jon-berg");
        await Assertions.Expect(page.Locator(".filter-count")).ToHaveTextAsync("2 entrées sur 3 affichées");
        var permalink = page.Locator("a[data-copy-link]").First;
        await permalink.ClickAsync();
        await Assertions.Expect(permalink).ToHaveAttributeAsync("data-copied", "lien copié");
    }
}
