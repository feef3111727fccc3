using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The timeline's filters keep their state in the address: a filtered view can be shared and reloads as it was, and
/// back and forward step through filter changes. Without JavaScript every entry shows.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TimelineFilterBrowserTests
{
    private static Task<string[]> VisibleEntries(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('li.entry')].filter(li => li.offsetParent !== null).map(li => li.id)");

    private static readonly string[] All = ["2019-last-meeting", "2025-06-03-harbour-talks", "next-meeting-northtown"];

    [Fact]
    public async Task AFilteredViewLivesInTheAddressSurvivesAFreshLoadAndStepsBackAndForward()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        var timeline = built.BaseUrl + "timeline/";
        await using var browser = await BrowserSession.StartAsync();

        var noScript = await browser.OpenAsync(built, new() { JavaScriptEnabled = false });
        await noScript.GotoAsync(timeline + "?status=proposed");
        Assert.Equal(All, await VisibleEntries(noScript));
        Assert.True(await noScript.Locator("[data-timeline-filters]").IsHiddenAsync(), "filters need the script, so they stay hidden without it");

        var page = await browser.OpenAsync(built);
        await page.GotoAsync(timeline);
        Assert.Equal(All, await VisibleEntries(page));

        await page.SelectOptionAsync("#filter-status", "proposed");
        Assert.Equal(timeline + "?status=proposed", page.Url);
        Assert.Equal(["next-meeting-northtown"], await VisibleEntries(page));
        // The years with nothing left under them go with their entries.
        Assert.True(await page.Locator(".axis-happened .axis-year").First.IsHiddenAsync());

        await page.SelectOptionAsync("#filter-status", "");
        await page.SelectOptionAsync("#filter-person", "jon-berg");
        Assert.Equal(timeline + "?person=jon-berg", page.Url);
        Assert.Equal(["2019-last-meeting", "2025-06-03-harbour-talks"], await VisibleEntries(page));
        await Assertions.Expect(page.Locator(".filter-count")).ToHaveTextAsync("2 of 3 entries shown");

        // The shared address, opened fresh in another tab, shows the same view with the same filter chosen.
        var shared = await browser.OpenAsync(built);
        await shared.GotoAsync(page.Url);
        Assert.Equal(["2019-last-meeting", "2025-06-03-harbour-talks"], await VisibleEntries(shared));
        Assert.Equal("jon-berg", await shared.InputValueAsync("#filter-person"));
        await shared.GotoAsync(timeline + "?date=day&status=happened");
        Assert.Equal(["2025-06-03-harbour-talks"], await VisibleEntries(shared));

        // Back: everything (the status cleared), back again: the proposed view; forward returns in order.
        await page.GoBackAsync();
        Assert.Equal(timeline, page.Url);
        Assert.Equal(All, await VisibleEntries(page));
        await page.GoBackAsync();
        Assert.Equal(timeline + "?status=proposed", page.Url);
        Assert.Equal(["next-meeting-northtown"], await VisibleEntries(page));
        Assert.Equal("proposed", await page.InputValueAsync("#filter-status"));
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        Assert.Equal(timeline + "?person=jon-berg", page.Url);
        Assert.Equal(["2019-last-meeting", "2025-06-03-harbour-talks"], await VisibleEntries(page));
        Assert.Equal("", await page.InputValueAsync("#filter-status"));

        // An unknown value (an old or mistyped link) filters nothing rather than emptying the timeline.
        await shared.GotoAsync(timeline + "?person=nobody");
        Assert.Equal(All, await VisibleEntries(shared));

        // The embed takes the same address state, so a newsroom can frame a filtered view.
        await shared.GotoAsync(built.BaseUrl + "timeline/embed/?status=proposed");
        Assert.Equal(["next-meeting-northtown"], await VisibleEntries(shared));
    }
}
