using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>The search page answers as the reader types, grouped by kind and linking to the exact place; without JavaScript it lists everything.</summary>
[Trait("Category", "Slow")]
public sealed class SearchTests : IAsyncLifetime
{
    private readonly TempSite _site = TempSite.FromRepository();
    private BuiltSite _built = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _built = BuiltSite.Render(_site.Options);
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _site.Dispose();
    }

    private string BaseUrl => _built.BaseUrl;

    private async Task<IPage> OpenSearchAsync(bool javaScript = true)
    {
        var page = await _browser.OpenAsync(_built, new() { JavaScriptEnabled = javaScript });
        await page.GotoAsync(BaseUrl + "search/");
        return page;
    }

    [Fact]
    public async Task MoscowFindsTheProposedMeeting()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "Moscow");
        var results = page.Locator(".search-live section");
        await Assertions.Expect(results.First).ToBeVisibleAsync();

        var timeline = page.Locator(".search-live section", new() { HasText = "Timeline" });
        var link = timeline.Locator("a").First;
        Assert.StartsWith(BaseUrl + "timeline/#", await link.EvaluateAsync<string>("a => a.href"));
        var slug = (await link.GetAttributeAsync("href"))!.Split('#')[1];
        Assert.Contains("data-status=\"proposed\"", _built.Text("timeline/index.html").Split($"id=\"{slug}\"")[1].Split('>')[0]);
        Assert.True(await page.Locator(".search-all").IsHiddenAsync(), "the full list gives way to the results");
    }

    [Fact]
    public async Task DealFindsTheQuotesWithLinksToTheirParagraphs()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "deal");
        var quotes = page.Locator(".search-live section", new() { HasText = "Quotes" });
        await Assertions.Expect(quotes).ToBeVisibleAsync();
        var hrefs = await quotes.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches(@"/articles/[a-z0-9-]+/#p\d+$", h));
        var texts = await quotes.Locator("a").AllInnerTextsAsync();
        Assert.All(texts, t => Assert.Contains("deal", t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AQueryInTheAddressIsAnsweredOnArrival()
    {
        var page = await OpenSearchAsync();
        await page.GotoAsync(BaseUrl + "search/?q=Moscow");
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("result");
        Assert.Equal("Moscow", await page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task WithoutJavaScriptThePageListsEverythingByKind()
    {
        var page = await OpenSearchAsync(javaScript: false);
        var headings = await page.Locator(".search-all h2").AllInnerTextsAsync();
        Assert.Equal(["People", "Quotes", "Timeline", "Analysis", "Source articles"], headings);
        var quotes = _built.Result.Content!.Articles.Sum(a => a.Quotes.Length);
        Assert.Equal(quotes, await page.Locator("section[data-kind=quote] li").CountAsync());
    }
}
