using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>The layout as a reader meets it in a browser: one header row at desktop width, no orphaned card, no stray "›", no band under the footer.</summary>
[Trait("Category", "Slow")]
public sealed class ReaderLayoutTests
{
    private static async Task<(BrowserSession Browser, IPage Page, BuiltSite Site)> OpenAsync(int width, int height = 900)
    {
        using var temp = TempSite.FromFixture();
        var site = BuiltSite.Render(temp.Options);
        var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenAsync(site, new() { ViewportSize = new() { Width = width, Height = height } });
        return (browser, page, site);
    }

    [Fact]
    public async Task AtDesktopWidthTheHeaderSearchSharesTheRowOfTheTitle()
    {
        var (browser, page, site) = await OpenAsync(1280);
        await using var _ = browser;
        await page.GotoAsync(site.BaseUrl);
        var title = (await page.Locator(".site-title").BoundingBoxAsync())!;
        var search = (await page.Locator(".site-search").BoundingBoxAsync())!;
        Assert.True(search.Y < title.Y + title.Height, $"the search box is on its own row (title at y={title.Y}, search at y={search.Y})");
    }

    [Fact]
    public async Task NoKeyQuoteCardStandsAloneBesideAnEmptyColumn()
    {
        var (browser, page, site) = await OpenAsync(1280);
        await using var _ = browser;
        await page.GotoAsync(site.BaseUrl);
        var grid = (await page.Locator(".quote-grid").BoundingBoxAsync())!;
        var cards = await page.Locator(".quote-grid > .quote").AllAsync();
        Assert.True(cards.Count > 1);
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var card in cards) boxes.Add((await card.BoundingBoxAsync())!);
        foreach (var row in boxes.GroupBy(b => Math.Round(b.Y)))
            Assert.True(row.Sum(b => b.Width) > grid.Width * 0.9, $"a row of key quotes leaves a gap: {row.Count()} card(s), {row.Sum(b => b.Width)} of {grid.Width} px");
    }

    [Fact]
    public async Task OnAPhoneABreadcrumbSignNeverEndsALine()
    {
        var (browser, page, site) = await OpenAsync(390);
        await using var _ = browser;
        var stray = new List<string>();
        foreach (var path in site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal) || p.StartsWith("analysis/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.UrlOf(path));
            // The sign and the first letter of the crumb it leads to must sit on the same line.
            var apart = await page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('.breadcrumbs li + li')].filter(li => {
                  const sign = li.getClientRects()[0];
                  const range = document.createRange();
                  const text = li.querySelector('a').firstChild;
                  range.setStart(text, 0); range.setEnd(text, 1);
                  return Math.abs(range.getClientRects()[0].top - sign.top) > 2;
                }).length
                """);
            if (apart > 0) stray.Add(path);
        }
        Assert.True(stray.Count == 0, "a '›' ends a line on: " + string.Join(", ", stray));
    }

    [Fact]
    public async Task OnAShortPageTheFooterReachesTheBottomOfTheWindow()
    {
        var (browser, page, site) = await OpenAsync(1280, height: 1400);
        await using var _ = browser;
        await page.GotoAsync(site.UrlOf("404.html"));
        var footer = (await page.Locator(".site-footer").BoundingBoxAsync())!;
        Assert.Equal(1400, footer.Y + footer.Height, 1.0);
    }

    [Fact]
    public async Task AParagraphTargetStopsBelowTheTopOfTheWindow()
    {
        // A short window, so the fixture's short article can still scroll its second paragraph to the top.
        var (browser, page, site) = await OpenAsync(1280, height: 300);
        await using var _ = browser;
        var article = site.Pages.First(p => p.StartsWith("articles/", StringComparison.Ordinal) && p != "articles/index.html");
        await page.GotoAsync(site.UrlOf(article) + "#p2");
        var top = await page.EvaluateAsync<double>("() => document.getElementById('p2').getBoundingClientRect().top");
        Assert.InRange(top, 12, 40);
    }
}
