using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

// Renders the committed site and photographs its key pages at phone and desktop widths in headless Chromium,
// into tests/SiteGen.Screenshots/images/ (shown in the README), with three pages' share cards. Run: dotnet run --project tests/SiteGen.Screenshots [-- CONTENT_DIR [IMAGES_DIR]]
var root = FindRoot();
var contentDir = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(root, "content");
var result = new Site(new BuildOptions(contentDir, Path.Combine(root, "templates"), Path.Combine(root, "output"))).Render();
if (!result.Succeeded)
{
    foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
    return 1;
}

var site = result.Content!.Site;
var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
var images = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(root, "tests", "SiteGen.Screenshots", "images");
Directory.CreateDirectory(images);

// Three pages' share cards, as a social network shows them beside a shared link: the files their og:image names.
foreach (var (name, path) in new[] { ("home", ""), ("person", FirstUnder("people/")), ("article", FirstUnder("articles/")) })
{
    var card = Regex.Match(Encoding.UTF8.GetString(files[path + "index.html"]), "<meta property=\"og:image\" content=\"([^\"]+)\"").Groups[1].Value;
    var file = Path.Combine(images, $"card-{name}.png");
    File.WriteAllBytes(file, files[card[site.BaseUrl.Length..]]);
    Console.WriteLine(Path.GetRelativePath(root, file));
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(SiteBrowser.LaunchOptions);
// A page kind the site has none of yet (a new site's person or article) is skipped.
var shots = new (string Name, string? Path)[]
{
    ("home", ""),
    ("timeline", "timeline/"),
    ("person", FirstUnder("people/")),
    ("analysis", FirstUnder("analysis/")),
    ("article", FirstUnder("articles/")),
    ("short-page", "404.html"),
    ("search", "search/?q=ceasefire"),
    ("timeline-embed", "timeline/embed/"),
};
foreach (var width in new[] { 390, 1280 })
{
    var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
    await SiteBrowser.ServeFromMemoryAsync(page, site.BaseUrl, files);
    foreach (var (name, path) in shots)
    {
        if (path is null) continue;
        await page.GotoAsync(site.BaseUrl + path);
        // Search answers after fetching its index shards: wait until the page has fetched what it needs.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var file = Path.Combine(images, $"{name}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Console.WriteLine(Path.GetRelativePath(root, file));
    }
    await page.CloseAsync();
}
return 0;

string? FirstUnder(string folder) =>
    files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal) && k != folder + "index.html").Order(StringComparer.Ordinal).FirstOrDefault()?[..^"index.html".Length];

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
    throw new InvalidOperationException("run this from inside the SiteGen repository");
}
