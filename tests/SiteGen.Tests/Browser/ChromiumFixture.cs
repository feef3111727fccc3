using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for every browser test, driven by Playwright (its own browser download cannot work here).
/// Missing Chromium fails the tests with the command to install it; it never skips them.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; SITEGEN_CHROMIUM points elsewhere on machines that keep it somewhere else.</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a sandboxed CI machine with no network: without the background-networking ones Chromium keeps dialling out.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}, and the browser tests need it. " +
                "Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this).");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh page in its own context (no shared cache or storage between tests); dispose the context when done.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return (context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Tests that share the one Chromium; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
