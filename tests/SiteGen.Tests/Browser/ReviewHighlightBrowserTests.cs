using Microsoft.Playwright;
using SiteGen.Tests.Serving;

namespace SiteGen.Tests.Browser;

/// <summary>In preview, what ingest only guessed stands out, so an editor sees what to check; removing the mark clears it.</summary>
[Collection(ChromiumCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ReviewHighlightBrowserTests(ChromiumFixture chromium)
{
    private const string Article = "content/articles/harbour-talks-end.md";

    [Fact]
    public async Task AQuoteAwaitingReviewIsLabelledUntilTheMarkIsRemoved()
    {
        await using var serve = await ServeHarness.StartAsync();
        serve.Site.Replace(Article, "    text: The quotas are still the hard part\n    paragraph: 4\n",
            "    text: The quotas are still the hard part\n    paragraph: 4\n    attribution: surname\n    review: true\n");
        var (context, page) = await chromium.NewPageAsync();
        await using var _ = context;

        var person = new Uri(serve.Server.SiteAddress, "people/jon-berg/").ToString();
        var label = page.Locator(".quote .sitegen-review");
        // The mark was saved just now: load the page until the rebuild that carries it is served.
        for (var tries = 0; tries < 30 && await label.CountAsync() == 0; tries++)
        {
            await page.GotoAsync(person);
            if (await label.CountAsync() == 0) await page.WaitForTimeoutAsync(500);
        }
        await Assertions.Expect(label).ToHaveTextAsync("Awaiting review: attributed by surname");

        // The editor checks the speaker and deletes the mark: the page reloads without the label.
        serve.Site.Replace(Article, "    review: true\n", "");
        await Assertions.Expect(label).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".quote")).ToContainTextAsync("The quotas are still the hard part");
    }
}
