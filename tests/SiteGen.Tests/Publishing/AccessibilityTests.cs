using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>axe-core finds no violations on any page, at phone and desktop widths, in light and dark colour schemes; nothing scrolls sideways at 320 px.</summary>
[Trait("Category", "Slow")]
public sealed class AccessibilityTests
{
    public static TheoryData<int, string> Views() => new() { { 390, "light" }, { 390, "dark" }, { 1280, "light" }, { 1280, "dark" } };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EveryPageHasNoAxeViolations(int width, string scheme)
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        var problems = await ViolationsAsync(built, width, scheme);
        Assert.True(built.Pages.Count() >= 8, "expected every page type");
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations:\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>axe-core's WCAG 2.1 AA and best-practice violations on every page of a built site, one line each; also used by other tests' sites.</summary>
    internal static async Task<List<string>> ViolationsAsync(BuiltSite built, int width, string scheme)
    {
        var axe = await File.ReadAllTextAsync(PageCheckers.AxeScript);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenAsync(built, new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });

        var problems = new List<string>();
        foreach (var path in built.Pages)
        {
            await page.GotoAsync(built.UrlOf(path));
            await page.AddScriptTagAsync(new() { Content = axe });
            var violations = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))" +
                ".violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
            problems.AddRange(violations.EnumerateArray().Select(v => $"{path} ({width}px, {scheme}): {v.GetString()}"));
        }
        return problems;
    }

    [Theory]
    [InlineData(390, "dark")]
    [InlineData(1280, "light")]
    public async Task EveryPageOfTheFrenchSiteHasNoAxeViolations(int width, string scheme)
    {
        using var site = Rendering.SiteLanguageTests.FixtureIn("fr");
        var built = BuiltSite.Render(site.Options);
        Assert.Equal("fr", built.Document("index.html").DocumentElement.GetAttribute("lang"));
        var problems = await ViolationsAsync(built, width, scheme);
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public async Task AxeReportsAnInaccessiblePage()
    {
        // The check must be able to fail: an image without text and a low-contrast paragraph.
        var files = new Dictionary<string, byte[]>
        {
            ["index.html"] = "<!doctype html><html><head><title>x</title></head><body><main><img src=a.png><p style='color:#ccc;background:#fff'>faint</p></main></body></html>"u8.ToArray(),
            ["404.html"] = "<!doctype html><title>404</title>"u8.ToArray(),
        };
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await SiteBrowser.ServeFromMemoryAsync(page, "https://control.example/", files);
        await page.GotoAsync("https://control.example/");
        await page.AddScriptTagAsync(new() { Path = PageCheckers.AxeScript });
        var ids = await page.EvaluateAsync<string[]>("async () => (await axe.run()).violations.map(v => v.id)");
        Assert.Contains("image-alt", ids);
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("color-contrast", ids);
    }

    [Fact]
    public async Task NoPageScrollsSidewaysAt320Pixels()
    {
        using var site = TempSite.FromFixture();
        var built = BuiltSite.Render(site.Options);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenAsync(built, new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var wide = new List<string>();
        foreach (var path in built.Pages)
        {
            await page.GotoAsync(built.UrlOf(path));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320) wide.Add($"{path}: {width}px wide");
        }
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }
}
