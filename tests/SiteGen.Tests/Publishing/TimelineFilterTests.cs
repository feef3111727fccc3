using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>The timeline filters by person and status in the browser, and the full list is there without JavaScript.</summary>
[Trait("Category", "Slow")]
public sealed class TimelineFilterTests
{
    [Fact]
    public async Task FiltersByStatusAndPersonAndShowsEverythingWithoutJavaScript()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        await using var browser = await BrowserSession.StartAsync();

        var noScript = await browser.OpenAsync(built, new() { JavaScriptEnabled = false });
        await noScript.GotoAsync(built.BaseUrl + "timeline/");
        Assert.Equal(3, await noScript.Locator("li.event:visible").CountAsync());
        Assert.True(await noScript.Locator("[data-timeline-filters]").IsHiddenAsync(), "filters need the script, so they stay hidden without it");

        var page = await browser.OpenAsync(built);
        await page.GotoAsync(built.BaseUrl + "timeline/");
        await page.SelectOptionAsync("#filter-status", "proposed");
        Assert.Equal(["A next meeting in Northtown"], await page.Locator("li.event:visible h3").AllInnerTextsAsync());

        await page.SelectOptionAsync("#filter-status", "");
        await page.SelectOptionAsync("#filter-person", "jon-berg");
        Assert.Equal(2, await page.Locator("li.event:visible").CountAsync());
        await Assertions.Expect(page.Locator(".filter-count")).ToHaveTextAsync("2 of 3 entries shown");
    }
}
