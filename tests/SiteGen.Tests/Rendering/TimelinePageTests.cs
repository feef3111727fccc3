using AngleSharp.Dom;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The timeline page and its embed, built from the fixture site: the axis in headings, the "now" line, quoted sources.</summary>
public sealed class TimelinePageTests
{
    private static BuiltSite Build(Action<TempSite>? change = null)
    {
        using var site = TempSite.FromFixture();
        change?.Invoke(site);
        return BuiltSite.Render(site.Options);
    }

    private static string Outline(IDocument page) => string.Join("\n",
        page.QuerySelectorAll("main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName + " " + h.TextContent.Trim()));

    [Fact]
    public void HeadingsFollowTheDateAxisAndNeverSkipALevel()
    {
        var page = Build().Document("timeline/index.html");
        Assert.Equal(
            "h2 What happened\nh3 2019\nh4 The mayors' previous meeting\nh3 2025\nh4 June 2025\nh5 3 June 2025\nh6 The mayors meet in Port Example\n" +
            "h2 Planned and proposed\nh3 Date not set\nh4 A next meeting in Northtown",
            Outline(page));
    }

    [Fact]
    public void TheNowLineStandsBetweenWhatHappenedAndWhatIsAheadAtTheLatestArticlesDate()
    {
        var page = Build().Document("timeline/index.html");
        var now = page.QuerySelector(".now-line")!;
        Assert.Equal("axis-happened", now.PreviousElementSibling!.ClassList[1]);
        Assert.Equal("axis-ahead", now.NextElementSibling!.ClassList[1]);
        Assert.Equal("2025-06-03", now.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("the date of the latest report", now.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOfInSiteYamlMovesNowAndMarksAPlanWhoseDateHasPassed()
    {
        var built = Build(site =>
        {
            File.AppendAllText(site.Path("content/site.yaml"), "as_of: 2025-07-01\n");
            site.Replace("content/timeline/next-meeting-northtown.md", "status: proposed\n", "status: planned\ndate: 2025-06-20\n");
        });
        var page = built.Document("timeline/index.html");
        Assert.Equal("2025-07-01", page.QuerySelector(".now-line time")!.GetAttribute("datetime"));
        Assert.Contains("as of this explainer's last update", page.QuerySelector(".now-line")!.TextContent, StringComparison.Ordinal);
        var plan = page.GetElementById("next-meeting-northtown")!;
        Assert.Contains("entry-overdue", plan.ClassList);
        Assert.Equal("Date passed, not yet reported as happened", plan.QuerySelector(".overdue")!.TextContent);
        // Still after the line: nothing reported it as having happened.
        Assert.NotNull(plan.Closest(".axis-ahead"));
    }

    [Fact]
    public void AnUnreadableAsOfIsReportedAtItsLine()
    {
        using var site = TempSite.FromFixture();
        File.AppendAllText(site.Path("content/site.yaml"), "as_of: next week\n");
        var result = new SiteGen.Pipeline.Site(site.Options).Render();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString() == "content/site.yaml:6:8: error SG1103: 'as_of' is not a calendar date: 'next week' (write YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    [Fact]
    public void EachEntryQuotesItsSourceParagraphInALineLinkedToIt()
    {
        var entry = Build().Document("timeline/index.html").GetElementById("next-meeting-northtown")!;
        var source = entry.QuerySelector(".entry-source")!;
        Assert.Equal("\u201CLopez said both sides acted in \u2018good faith\u2019 and would meet again in Northtown.\u201D", source.QuerySelector(".excerpt")!.TextContent);
        Assert.Equal("/harbour/articles/harbour-talks-end/#p3", source.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void AnExcerptIsEscaped()
    {
        var built = Build(site => site.Replace("content/articles/harbour-talks-end.md",
            "Lopez said both sides acted in \"good faith\" and would meet again in Northtown.",
            "Lopez said both sides acted in \"good faith\" and would meet again in Northtown <img src=x onerror=alert(1)> & soon."));
        var html = built.Text("timeline/index.html");
        var excerpt = built.Document("timeline/index.html").GetElementById("next-meeting-northtown")!.QuerySelector(".excerpt")!;
        Assert.Empty(excerpt.Children);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&amp; soon.", excerpt.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbedHasNoSiteChromeItsOwnTitleAndOpensEveryLinkOutsideTheFrame()
    {
        var built = Build();
        Assert.Equal("/harbour/timeline/embed/", built.Result.Content!.Site.Urls.TimelineEmbed);
        var embed = built.Document("timeline/embed/index.html");
        Assert.Equal("Timeline · Harbour Talks, Explained", embed.Title);
        Assert.Equal("https://news.example/harbour/timeline/", embed.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(embed.QuerySelectorAll("header, footer, nav, .breadcrumbs, .skip-link, .permalink"));
        Assert.Single(embed.QuerySelectorAll("main h1"));
        var links = embed.QuerySelectorAll("a[href]");
        Assert.True(links.Length >= 5);
        Assert.All(links, a =>
        {
            Assert.Equal("_blank", a.GetAttribute("target"));
            Assert.Contains("noopener", a.GetAttribute("rel")!.Split(' '));
        });
        // The same axis as the timeline page: every entry is there.
        Assert.Equal(
            built.Document("timeline/index.html").QuerySelectorAll("li.entry").Select(li => li.Id),
            embed.QuerySelectorAll("li.entry").Select(li => li.Id));
    }

    [Fact]
    public void TheTimelineOffersTheEmbedWithAnIframeToPaste()
    {
        var page = Build(site => site.Replace("content/site.yaml", "title: Harbour Talks, Explained", "title: Harbour \"Talks\" & <More>")).Document("timeline/index.html");
        Assert.Equal("/harbour/timeline/embed/", page.QuerySelector(".embed-code a")!.GetAttribute("href"));
        Assert.Equal(
            "<iframe src=\"https://news.example/harbour/timeline/embed/\" title=\"Timeline: Harbour &quot;Talks&quot; &amp; &lt;More&gt;\" width=\"100%\" height=\"640\" loading=\"lazy\"></iframe>",
            page.QuerySelector(".embed-code pre code")!.TextContent);
    }

    [Fact]
    public void WithoutJavaScriptEveryEntryShowsAndTheFiltersAreHidden()
    {
        var page = Build().Document("timeline/index.html");
        Assert.True(page.QuerySelector("[data-timeline-filters]")!.HasAttribute("hidden"));
        Assert.Equal(3, page.QuerySelectorAll("li.entry").Length);
        Assert.Empty(page.QuerySelectorAll("li.entry[hidden], [data-axis-group][hidden]"));
        Assert.Equal(["year", "day", "none"], page.QuerySelectorAll("li.entry").Select(li => li.GetAttribute("data-precision")));
    }

    [Fact]
    public void TheEmbedIsTheOnlyPageAnySiteMayFrameAndKeepsTheSitesPolicy()
    {
        var built = Build();
        var rules = HeaderRules(built.Text("_headers"));
        foreach (var page in built.Pages)
        {
            var path = built.Result.Content!.Site.Urls.PathOf(page);
            var matching = rules.Where(r => r.Pattern.EndsWith('*') ? path.StartsWith(r.Pattern[..^1], StringComparison.Ordinal) : path == r.Pattern).ToList();
            // Cloudflare Pages joins every matching rule's value (each a policy, all enforced); Netlify serves the most specific one's.
            var joined = matching.SelectMany(r => r.Policies).ToList();
            var specific = matching.OrderByDescending(r => r.Pattern.TrimEnd('*').Length).First(r => r.Policies.Count > 0).Policies;
            foreach (var policies in new[] { joined, specific })
            {
                Assert.All(policies, p => Assert.StartsWith(SiteFeeds.ContentSecurityPolicy, p, StringComparison.Ordinal));
                var ancestors = policies.Select(p => p.Split("; ").FirstOrDefault(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal))).ToList();
                if (page == "timeline/embed/index.html") Assert.Contains("frame-ancestors *", ancestors);
                else Assert.Equal([SiteFeeds.ContentSecurityPolicy], policies.Distinct());
                // No policy that applies may narrow framing: a second, stricter policy would win over the embed's.
                Assert.All(ancestors, a => Assert.True(a is null or "frame-ancestors *", $"{page}: {a}"));
            }
        }
    }

    private static List<(string Pattern, List<string> Policies)> HeaderRules(string headers)
    {
        var rules = new List<(string Pattern, List<string> Policies)>();
        foreach (var line in headers.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(' ')) rules.Add((line, []));
            else if (line.Trim().StartsWith("Content-Security-Policy: ", StringComparison.Ordinal)) rules[^1].Policies.Add(line.Trim()["Content-Security-Policy: ".Length..]);
        }
        return rules;
    }
}
