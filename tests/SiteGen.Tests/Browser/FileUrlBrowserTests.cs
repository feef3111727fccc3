using Microsoft.Playwright;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// With relative_urls, output/ is a site that works opened from disk: Chromium at file:// gets the stylesheet, follows
/// the navigation from page to page, and loads the favicon and the pages' images.
/// </summary>
[Collection(ChromiumCollection.Name)]
[Trait("Category", "Slow")]
public sealed class FileUrlBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task ARelativeUrlSiteWorksOpenedFromDisk()
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Path("content/images"));
        File.WriteAllBytes(site.Path("content/images/harbour-map.png"), TinyImages.Png(64, 32));
        File.AppendAllText(site.Path("content/articles/harbour-talks-end.md"), "\n\n![A map of the harbour](/images/harbour-map.png)\n");
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\nrelative_urls: true");
        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var (context, page) = await chromium.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri);

        // The stylesheet applied: .wrap is 60rem wide at most only if style.css loaded.
        Assert.Equal("960px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wrap')).maxWidth"));
        Assert.True(await LoadedWidthAsync(page, "document.querySelector('link[rel=icon]').href") > 0, "the favicon did not load");

        // Internal links name their file, which file:// needs (it shows no folder's index.html).
        await page.Locator("nav[aria-label=Main] a", new() { HasText = "Sources" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Path.Combine(site.Output, "articles", "index.html")).AbsoluteUri);
        await page.Locator("main a[href*='harbour-talks-end']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Path.Combine(site.Output, "articles", "harbour-talks-end", "index.html")).AbsoluteUri);
        Assert.Equal("960px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wrap')).maxWidth"));

        var image = page.Locator("main img[alt='A map of the harbour']");
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(64, await image.EvaluateAsync<int>("img => img.naturalWidth"));
    }

    /// <summary>Loads an address as an image and gives its natural width, 0 when it fails to load.</summary>
    private static Task<int> LoadedWidthAsync(IPage page, string addressExpression) =>
        page.EvaluateAsync<int>($"new Promise(done => {{ const i = new Image(); i.onload = () => done(i.naturalWidth); i.onerror = () => done(0); i.src = {addressExpression}; }})");
}
