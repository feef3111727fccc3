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
        // The glance: what happened last, the "now" line (the latest article's date), then what comes next.
        Assert.Equal(
            ["2019 Happened The mayors' previous meeting", "2025-06-03 Happened The mayors meet in Port Example", "Now: 2025-06-03", "Date not set Proposed A next meeting in Northtown"],
            home.QuerySelectorAll(".glance-list li").Select(li => li.ClassName == "glance-now"
                ? "Now: " + li.QuerySelector("time")!.GetAttribute("datetime")
                : $"{li.QuerySelector("time")?.GetAttribute("datetime") ?? li.QuerySelector(".undated")!.TextContent} {li.QuerySelector(".badge")!.TextContent} {li.QuerySelector("a")!.TextContent}"));
        Assert.Equal("The full timeline: all 3 entries", home.QuerySelector(".timeline-glance a[href='/harbour/timeline/']")!.TextContent);
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
