using Microsoft.Playwright;

namespace SiteGen.Tests.Support;

/// <summary>Headless Chromium for one test, with pages that load a built site from memory at its base_url.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return new BrowserSession(playwright, await playwright.Chromium.LaunchAsync(SiteBrowser.LaunchOptions));
    }

    /// <summary>A page in a fresh context whose requests for the site's base_url are answered from <paramref name="site"/>.</summary>
    public async Task<IPage> OpenAsync(BuiltSite site, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new());
        var page = await context.NewPageAsync();
        await SiteBrowser.ServeFromMemoryAsync(page, site.BaseUrl, site.Files);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
