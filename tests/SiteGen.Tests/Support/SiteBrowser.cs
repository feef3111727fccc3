using Microsoft.Playwright;

namespace SiteGen.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, answering requests for the site's base_url from built files in memory.</summary>
public static class SiteBrowser
{
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    public static Task ServeFromMemoryAsync(IPage page, string baseUrl, IReadOnlyDictionary<string, byte[]> files) =>
        page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url.Split('#')[0].Split('?')[0];
            if (!url.StartsWith(baseUrl, StringComparison.Ordinal)) { await route.AbortAsync(); return; }
            var path = url[baseUrl.Length..];
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            if (files.TryGetValue(path, out var body)) await route.FulfillAsync(new() { Status = 200, BodyBytes = body, ContentType = ContentType(path) });
            else await route.FulfillAsync(new() { Status = 404, BodyBytes = files["404.html"], ContentType = "text/html; charset=utf-8" });
        });

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
