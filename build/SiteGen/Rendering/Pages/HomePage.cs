using System.Text.Json.Serialization;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record HomeView(string Title, string Lede, string When, string Where, string Duration, string Outcome, string BodyHtml);

/// <summary>The home page's compact timeline: the last few entries before "now" and the next few after it.</summary>
public sealed record TimelineGlanceView(IReadOnlyList<EventView> Recent, NowView Now, IReadOnlyList<EventView> Ahead, int Total);

public sealed record HomeModel(
    PageView Page,
    HomeView Home,
    IReadOnlyList<QuoteView> KeyQuotes,
    IReadOnlyList<PersonGroup> PeopleGroups,
    TimelineGlanceView Timeline,
    IReadOnlyList<AnalysisSummary> Analyses,
    IReadOnlyList<ArticleSummary> Articles) : IPageModel;

[JsonSerializable(typeof(HomeModel))]
public sealed partial class HomePageJson : JsonSerializerContext;

/// <summary>The home page: the explainer summary, key quotes, the people, a glance at the timeline, analyses and the latest sources.</summary>
public sealed class HomePage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("home", "index.html", Model, HomePageJson.Default.HomeModel);

    public HomeModel Model()
    {
        var home = context.Content.Home;
        // One pull quote per speaker, in story order: the explainer should show the range of voices, not one voice many times.
        var keyQuotes = context.Quotes.Where(q => !q.Partial).DistinctBy(q => q.Speaker.Slug).ToList();
        return new HomeModel(
            context.PageOf(home.Title.Length > 0 ? home.Title : context.Content.Site.Title, context.Content.Site.Description, context.Urls.Home, "home", [], context.LatestArticleDate, "website", [StructuredData.WebSite(context.Content.Site)], home.Image),
            new HomeView(home.Title.Length > 0 ? home.Title : context.Content.Site.Title, home.Lede.Length > 0 ? home.Lede : context.Content.Site.Description, home.When, home.Where, home.Duration, home.Outcome, context.Markdown.Render(home.Body)),
            keyQuotes,
            context.PeopleGroups(includeJournalists: false),
            TimelineGlance(),
            [.. context.Content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(context.AnalysisSummaryOf)],
            // Like the footer, the home page names the latest sources; the Sources page lists them all.
            [.. context.ArticlesInOrder.TakeLast(FooterSourceLimit).Select(context.ArticleSummaryOf)]);
    }

    /// <summary>How many entries the home page shows on each side of "now".</summary>
    public const int GlanceEntries = 3;

    private TimelineGlanceView TimelineGlance() => new(
        [.. context.Events.Where(e => !TimelineAxis.IsAhead(e.Event.Status)).TakeLast(GlanceEntries).Select(e => e.View)],
        context.NowViewOf(context.Now),
        [.. context.Events.Where(e => TimelineAxis.IsAhead(e.Event.Status)).Take(GlanceEntries).Select(e => e.View)],
        context.Events.Length);
}
