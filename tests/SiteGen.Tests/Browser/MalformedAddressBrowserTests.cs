using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Addresses typed, cut short or forged (a fragment or query with a broken %-escape) never stop site.js: the highlight,
/// the timeline's filters and the copy-link buttons all still work.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MalformedAddressBrowserTests
{
    [Theory]
    [InlineData("timeline/?hl=x#%")]
    [InlineData("timeline/?hl=harbour#%E0%A4%A")]
    [InlineData("timeline/?status=%&hl=%E0#%zz")]
    [InlineData("articles/harbour-talks-end/?hl=word#%E0%A4%A")]
    [InlineData("articles/harbour-talks-end/?hl=%#p2%")]
    public async Task ABrokenEscapeInTheAddressThrowsNothingAndLeavesEveryFeatureWorking(string address)
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenAsync(built);
        // A clipboard that always accepts (headless Chromium's may refuse), and links that stay on the page when clicked:
        // what is tested is that the copy button is wired.
        await page.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() } });"
            + "document.addEventListener('click', e => e.preventDefault(), true);");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync(built.BaseUrl + address);

        Assert.Empty(errors);
        if (address.StartsWith("timeline/", StringComparison.Ordinal))
        {
            Assert.True(await page.Locator("[data-timeline-filters]").IsVisibleAsync(), "the filters show once the script has run");
            var copy = page.Locator("a[data-copy-link]").First;
            // The mark stays only two seconds: record that it was set, so a slow poll on a loaded machine cannot miss it.
            await copy.EvaluateAsync("a => { window.copiedMarks = 0; new MutationObserver(() => { if (a.hasAttribute('data-copied')) window.copiedMarks++; }).observe(a, { attributes: true }); }");
            await copy.ClickAsync();
            await page.WaitForFunctionAsync("() => window.copiedMarks > 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        else
        {
            Assert.True(await page.Locator("main").IsVisibleAsync());
        }
    }
}
