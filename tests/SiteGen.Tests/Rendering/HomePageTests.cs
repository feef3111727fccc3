using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The explainer's home page: what happened in a few lines, key quotes, who's who, the timeline at a glance, what's next.</summary>
public sealed class HomePageTests
{
    [Fact]
    public void ShowsOnePullQuotePerSpeakerAndWhatComesNext()
    {
        using var site = TempSite.FromFixture();
        var home = BuiltSite.Render(site.Options).Document("index.html");
        var speakers = home.QuerySelectorAll("#key-quotes ~ .quote-grid figcaption > a:first-child").Select(a => a.TextContent).ToList();
        Assert.Equal(["Maria Lopez", "Jon Berg"], speakers);
        Assert.Equal(["A next meeting in Northtown"], home.QuerySelectorAll("#whats-next ~ ol h3").Select(h => h.TextContent));
        Assert.Equal(["2019", "2025-06-03"], home.QuerySelectorAll(".glance time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void WithoutASummaryFileLeadsWithTheSiteTitleAndDescription()
    {
        using var site = TempSite.FromFixture();
        File.Delete(site.Path("content/_index.md"));
        var home = BuiltSite.Render(site.Options).Document("index.html");
        Assert.Equal("Harbour Talks, Explained", home.QuerySelector("h1")!.TextContent);
        Assert.Equal("A small fixture site for SiteGen's tests.", home.QuerySelector(".lede")!.TextContent);
    }
}
