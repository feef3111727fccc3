using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Tests.Serving;

namespace SiteGen.Tests.Browser;

/// <summary>Serve as an editor uses it: a page open in Chromium follows edits on disk, shows a broken file, and recovers.</summary>
[Collection(ChromiumCollection.Name)]
[Trait("Category", "Slow")]
public sealed class LiveReloadBrowserTests(ChromiumFixture chromium)
{
    private const string Person = "content/people/jon-berg.md";

    [Fact]
    public async Task TheOpenPageFollowsEditsShowsErrorsAndRecovers()
    {
        await using var serve = await ServeHarness.StartAsync();
        var (context, page) = await chromium.NewPageAsync();
        await using var _ = context;
        var consoleErrors = new List<string>();
        // The browser's own /favicon.ico probe is not the page's doing: the site has no favicon at the server root.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)) consoleErrors.Add(message.Text + " " + message.Location);
        };

        // Open the home page and wait until its live-reload stream is connected.
        var connected = page.WaitForResponseAsync(r => r.Url.EndsWith("/__sitegen/events", StringComparison.Ordinal));
        await page.GotoAsync(serve.Server.SiteAddress.ToString());
        await connected;
        var card = page.Locator(".person-card", new() { HasText = "Jon Berg" });
        await Assertions.Expect(card).ToContainTextAsync("Mayor, Northtown");
        await page.EvaluateAsync("() => { window.__beforeEdit = true; }");

        // 1. Edit the person on disk: the page reloads by itself and shows the change.
        serve.Site.Replace(Person, "role: Mayor", "role: Harbour Master");
        await Assertions.Expect(card).ToContainTextAsync("Harbour Master, Northtown");
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__beforeEdit ?? null"));

        // 2. Break the YAML: an overlay names the file, line and column and quotes the line; the last good page stays.
        serve.Site.Replace(Person, "kind: leader", "kind: [leader");
        var overlay = page.Locator("#sitegen-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(overlay.Locator(".sitegen-location").First).ToHaveTextAsync(new Regex(@"^content/people/jon-berg\.md:\d+:\d+$"));
        await Assertions.Expect(overlay).ToContainTextAsync("SG1001");
        await Assertions.Expect(overlay.Locator("pre").First).ToContainTextAsync("^");
        await Assertions.Expect(card).ToContainTextAsync("Harbour Master, Northtown");

        // 3. Fix it: the overlay goes away.
        serve.Site.Replace(Person, "kind: [leader", "kind: leader");
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToContainTextAsync("Harbour Master, Northtown");

        Assert.True(consoleErrors.Count == 0, "the page logged errors:\n" + string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task AStaleTabCatchesUpWhenItReconnects()
    {
        await using var serve = await ServeHarness.StartAsync();
        var (context, page) = await chromium.NewPageAsync();
        await using var _ = context;

        // Serve a page, then change the site before the page's script connects: the hello's newer version makes it reload.
        var response = await page.GotoAsync(new Uri(serve.Server.SiteAddress, "people/jon-berg/").ToString(), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(200, response!.Status);
        serve.Site.Replace(Person, "role: Mayor", "role: Caught-up mayor");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Caught-up mayor", new() { Timeout = 15_000 });
    }
}
