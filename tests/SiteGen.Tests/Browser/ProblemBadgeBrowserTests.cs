using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Tests.Serving;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The preview's problem display: warnings leave the page readable (a small badge in a corner that opens their list, by
/// mouse or keyboard); errors cover the page, since the site shown is no longer the one on disk.
/// </summary>
[Collection(ChromiumCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class ProblemBadgeBrowserTests(ChromiumFixture chromium)
{
    private const int Width = 1280;
    private const int Height = 800;

    /// <summary>Where the screenshots go (the test's bin folder, never committed), to be looked at.</summary>
    private static readonly string Screens = Path.Combine(AppContext.BaseDirectory, "screens");

    [GeneratedRegex(@"^(?<count>\d+) warnings$")]
    private static partial Regex WarningCount();

    [Fact]
    public async Task FifteenWarningsMakeASmallBadgeThatOpensTheListAndAnErrorCoversThePage()
    {
        // Fifteen people no article mentions: each is a warning (SG4xxx, person without quote or event), none an error.
        await using var serve = await ServeHarness.StartAsync(site =>
        {
            for (var i = 1; i <= 15; i++) site.Write($"content/people/unmentioned-{i}.md", $"---\nname: Unmentioned Person {i}\nrole: Clerk\n---\n");
        });
        var (context, page) = await chromium.NewPageAsync();
        await using var _ = context;
        await page.SetViewportSizeAsync(Width, Height);
        Directory.CreateDirectory(Screens);

        var connected = page.WaitForResponseAsync(r => r.Url.EndsWith("/__sitegen/events", StringComparison.Ordinal));
        await page.GotoAsync(serve.Server.SiteAddress.ToString());
        await connected;

        // 1. The badge: a button naming the count, closed, in a corner; no overlay over the page.
        var badge = page.Locator("#sitegen-warnings");
        var toggle = badge.GetByRole(AriaRole.Button);
        await Assertions.Expect(toggle).ToHaveTextAsync(WarningCount());
        var count = int.Parse(WarningCount().Match(await toggle.InnerTextAsync()).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 15, $"{count} warnings");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#sitegen-warnings-list")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#sitegen-overlay")).ToHaveCountAsync(0);
        var box = (await badge.BoundingBoxAsync())!;
        var share = box.Width * box.Height / (Width * Height);
        Assert.True(share < 0.01, $"the badge covers {share:P2} of the viewport ({box.Width:0} x {box.Height:0} px)");
        Assert.True(box.X + box.Width <= Width && box.Y + box.Height <= Height && box.X > Width / 2 && box.Y > Height / 2, "the badge is not in the bottom-right corner");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, "warnings-badge.png") });

        // 2. The keyboard opens it (Enter on the focused button): every warning is listed.
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var list = page.Locator("#sitegen-warnings-list");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator(".sitegen-problem")).ToHaveCountAsync(count);
        await Assertions.Expect(list).ToContainTextAsync("content/people/unmentioned-7.md");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, "warnings-open.png") });

        // 3. Escape closes it and leaves the focus on the button; a click opens it again.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(list).ToBeVisibleAsync();

        // 4. An error: the overlay covers the whole page, as an alert, and the badge gives way to it.
        serve.Site.Replace("content/people/jon-berg.md", "kind: leader", "kind: [leader");
        var overlay = page.Locator("#sitegen-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(overlay).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(overlay).ToContainTextAsync("Build failed: 1 error");
        await Assertions.Expect(badge).ToHaveCountAsync(0);
        var cover = (await overlay.BoundingBoxAsync())!;
        Assert.Equal((Width, Height), ((int)cover.Width, (int)cover.Height));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, "error-overlay.png") });

        // 5. Fixed: the overlay goes and the badge comes back, closed.
        serve.Site.Replace("content/people/jon-berg.md", "kind: [leader", "kind: leader");
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        await Assertions.Expect(toggle).ToHaveTextAsync($"{count} warnings");
    }
}
