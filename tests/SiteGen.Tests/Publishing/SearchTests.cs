using Microsoft.Playwright;
using SiteGen.Tests.Rendering.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The search page on the frozen fixture site: full text, ranked and grouped by kind, typos and word endings forgiven,
/// each result landing on its paragraph with the words marked; without JavaScript it lists everything.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchTests : IAsyncLifetime
{
    private readonly TempSite _site = TempSite.FromFixture();
    private BuiltSite _built = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        // A paragraph whose text looks like markup: search shows it as text and runs nothing.
        _site.Replace("content/articles/harbour-talks-end.md", "said Berg, mayor of Northtown.",
            "said Berg, mayor of Northtown.\n\nLanterns <img src=x onerror=\"window.pwned=1\"> lit the pier.");
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

    private static ILocator Group(IPage page, string label) => page.Locator(".search-live section", new() { Has = page.Locator("h2", new() { HasTextString = label }) });

    [Fact]
    public async Task AWordOnlyInOneParagraphLandsOnThatParagraphWithTheWordMarked()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "Tuesday");
        var link = Group(page, "Paragraphs").Locator("a");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-live a")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-live mark")).ToHaveTextAsync("Tuesday");

        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#p1", StringComparison.Ordinal));
        Assert.StartsWith(BaseUrl + "articles/harbour-talks-end/?hl=", page.Url);
        await Assertions.Expect(page.Locator("#p1 mark")).ToHaveTextAsync("Tuesday");
        await Assertions.Expect(page.Locator("main mark")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ATypoAndAnotherWordEndingStillFindTheParagraph()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "Tusday");
        await Assertions.Expect(Group(page, "Paragraphs").Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("#p1$"));
        await Assertions.Expect(page.Locator(".search-live mark")).ToHaveTextAsync("Tuesday");

        await page.FillAsync("#search-q", "quota");
        var quotes = Group(page, "Quotes");
        await Assertions.Expect(quotes.Locator("a")).ToHaveCountAsync(1);
        Assert.Matches(@"/articles/harbour-talks-end/\?hl=quota#p4$", await quotes.Locator("a").GetAttributeAsync("href"));
        await Assertions.Expect(quotes.Locator("mark")).ToHaveTextAsync("quotas");
    }

    [Fact]
    public async Task ResultsAreGroupedByKindInAFixedOrderAndRankedWithinEach()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "Northtown meeting");
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("results");
        var headings = await page.Locator(".search-live h2").AllInnerTextsAsync();
        var order = new[] { "Paragraphs", "Quotes", "Timeline", "People", "Analysis", "Source articles" };
        Assert.Equal(headings.OrderBy(h => Array.IndexOf(order, h)), headings);
        // The event that has both words in its title comes before anything with one.
        var timeline = Group(page, "Timeline").Locator("a").First;
        await Assertions.Expect(timeline).ToHaveTextAsync("A next meeting in Northtown");
        var slug = (await timeline.GetAttributeAsync("href"))!.Split('#')[1];
        Assert.Contains("data-status=\"proposed\"", _built.Text("timeline/index.html").Split($"id=\"{slug}\"")[1].Split('>')[0]);
        Assert.True(await page.Locator(".search-all").IsHiddenAsync(), "the full list gives way to the results");
    }

    [Fact]
    public async Task AQueryInTheAddressIsAnsweredOnArrival()
    {
        var page = await OpenSearchAsync();
        await page.GotoAsync(BaseUrl + "search/?q=Northtown");
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("result");
        Assert.Equal("Northtown", await page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task TextThatLooksLikeMarkupIsShownAsText()
    {
        var page = await OpenSearchAsync();
        await page.FillAsync("#search-q", "lanterns");
        var result = Group(page, "Paragraphs").Locator("li");
        await Assertions.Expect(result).ToContainTextAsync("<img src=x onerror=");
        await Assertions.Expect(page.Locator(".search-live img")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
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

    [Fact]
    public async Task TheBrowserMakesTheSameTermsAsTheBuild()
    {
        var page = await OpenSearchAsync();
        var wrong = new List<string>();
        foreach (var (kind, input, expected) in SearchVectors.All)
        {
            var actual = await page.EvaluateAsync<string>(
                "([kind, input]) => kind === 'stem' ? SiteGenSearch.stem(input) : SiteGenSearch.terms(input).join(' ')", new[] { kind, input });
            if (actual != expected) wrong.Add($"{kind} '{input}': expected '{expected}', got '{actual}'");
        }
        Assert.Empty(wrong);
    }
}
