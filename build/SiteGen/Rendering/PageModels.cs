using System.Text.Json.Serialization;

namespace SiteGen.Rendering;

// View records: what templates see, as snake_case members (site.base_path, person.quotes ...).
// Every string is escaped on output except members whose name ends in "_html" (see ScriptModel).

/// <summary>A titled link; Url is a site path that already carries base_url's sub-path.</summary>
public sealed record LinkView(string Title, string Url);

public sealed record NavItem(string Title, string Url, string Section);

/// <summary>Site-wide values every template can use as <c>site.*</c>; converted once per build, not per page.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string BasePath,
    string Publisher,
    IReadOnlyList<NavItem> Nav,
    IReadOnlyDictionary<string, string> Assets,
    string SearchUrl,
    string FeedUrl,
    IReadOnlyList<LinkView> Sources,
    int SourceCount,
    string SourcesUrl,
    IReadOnlyList<LinkView> FooterPages,
    UrlsView Urls);

/// <summary>The site's own addresses as <c>site.urls.*</c>, so templates never put a section path together by hand.</summary>
public sealed record UrlsView(string Home, string Timeline, string TimelineEmbed, string People, string Analysis, string Articles, string Search, string SearchIndex, string Feed);

/// <summary>The page being rendered, as <c>page.*</c>: its title, address and place in the site.</summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string Section,
    IReadOnlyList<LinkView> Breadcrumbs,
    string OgType,
    string? Modified,
    string JsonLdJson)
{
    /// <summary>The social card image (og:image), the page's own or the site's; null for a plain summary card.</summary>
    public SocialImageView? Image { get; init; }

    /// <summary>The generated share card behind <see cref="Image"/>, for the publisher to write; null when the page has none.</summary>
    [JsonIgnore]
    public Cards.ShareCard? Card { get; init; }
}

/// <summary>A social card image: its absolute address, its size in pixels, and its alt text.</summary>
public sealed record SocialImageView(string Url, int Width, int Height, string Alt);

public sealed record PersonLink(string Slug, string Name, string Url);

/// <summary>Where something was reported, down to the paragraph.</summary>
public sealed record SourceLink(string ArticleTitle, string? Outlet, int Paragraph, string Url);

// Review: how ingest attributed the quote ("surname", "pronoun" ...) while it awaits an editor's review; null once reviewed.
// Quoted: the text inside its own quotation marks, so a copied quote stays a quote (see QuoteMarks).
public sealed record QuoteView(string Id, string Text, string Quoted, bool Partial, PersonLink Speaker, SourceLink Source, string? Review);

public sealed record EventView(
    string Slug,
    string Title,
    string? DateIso,
    string? DateDisplay,
    string? Precision,
    string Status,
    string StatusLabel,
    string? Place,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<SourceLink> Sources,
    string BodyHtml,
    string Url,
    string? Review);

public sealed record PersonSummary(string Slug, string Name, string? Role, string? Affiliation, string Kind, string Url);

public sealed record PersonGroup(string Kind, string Label, IReadOnlyList<PersonSummary> People);

public sealed record ArticleSummary(string Slug, string Title, string? DateIso, string? DateDisplay, string? Outlet, string Url);

public sealed record AnalysisSummary(string Slug, string Title, string? Summary, IReadOnlyList<PersonLink> Experts, string Url);

public sealed record ClaimView(string Text, PersonLink? Speaker, SourceLink Source);

public sealed record HomeView(string Title, string Lede, string When, string Where, string Duration, string Outcome, string BodyHtml);

public sealed record HomeModel(
    PageView Page,
    HomeView Home,
    IReadOnlyList<QuoteView> KeyQuotes,
    IReadOnlyList<PersonGroup> PeopleGroups,
    TimelineGlanceView Timeline,
    IReadOnlyList<AnalysisSummary> Analyses,
    IReadOnlyList<ArticleSummary> Articles);

// The timeline's date axis (see TimelineAxis). Headings: the two sides are h2, years h3, months h4, days h5; an entry's
// title is one level below the heading it stands under (HeadingLevel), so the outline never skips a level.

/// <summary>A short quoted line of the paragraph an entry cites, with the link to that paragraph.</summary>
public sealed record SourceExcerpt(string Quoted, SourceLink Source);

// Overdue: planned or proposed for a date wholly before "now", and not reported as having happened.
// BodyQuoted: an excerpt already quotes the entry's whole text (ingest takes it from the paragraph), so it is not shown twice.
public sealed record TimelineEntryView(EventView Event, int HeadingLevel, IReadOnlyList<SourceExcerpt> Excerpts, bool Overdue, bool BodyQuoted);

public sealed record AxisDayView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries);

public sealed record AxisMonthView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries, IReadOnlyList<AxisDayView> Days);

public sealed record AxisYearView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries, IReadOnlyList<AxisMonthView> Months);

/// <summary>One side of the "now" line: "happened" or "ahead".</summary>
public sealed record TimelinePartView(string Id, string Title, int Count, IReadOnlyList<AxisYearView> Years, IReadOnlyList<TimelineEntryView> Undated);

// Basis: "as_of" (an editor set it), "latest-article", or "undated"; BasisText says it to readers.
public sealed record NowView(string? DateIso, string? DateDisplay, string Basis, string BasisText);

// Embed: the page is /timeline/embed/, for an iframe: its links open outside the frame. EmbedCode: the iframe to paste.
public sealed record TimelineModel(
    PageView Page,
    TimelinePartView Happened,
    NowView Now,
    TimelinePartView Ahead,
    IReadOnlyList<PersonLink> People,
    int Total,
    bool Embed,
    string EmbedCode);

/// <summary>The home page's compact timeline: the last few entries before "now" and the next few after it.</summary>
public sealed record TimelineGlanceView(IReadOnlyList<EventView> Recent, NowView Now, IReadOnlyList<EventView> Ahead, int Total);

public sealed record PeopleModel(PageView Page, IReadOnlyList<PersonGroup> Groups);

public sealed record PersonView(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Affiliation,
    string Kind,
    string KindLabel,
    string BodyHtml,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<QuoteView> PartialQuotes,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<ArticleSummary> Credits,
    IReadOnlyList<AnalysisSummary> Analyses);

public sealed record PersonModel(PageView Page, PersonView Person);

public sealed record AnalysesModel(PageView Page, IReadOnlyList<AnalysisSummary> Analyses);

public sealed record AnalysisView(
    string Slug,
    string Title,
    string? Summary,
    IReadOnlyList<PersonLink> Experts,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<QuoteView> Quotes,
    string BodyHtml);

public sealed record AnalysisModel(PageView Page, AnalysisView Analysis);

public sealed record ArticlesModel(PageView Page, IReadOnlyList<ArticleSummary> Articles);

public sealed record BylineView(string? Reporter, string? Photo, IReadOnlyList<string> Editors);

// OriginalUrl: the article at its outlet (http or https only). Republish: "full", or "cited" when BodyHtml holds only the
// CitedCount cited paragraphs of ParagraphCount.
public sealed record ArticleView(
    string Slug,
    string Title,
    string? DateIso,
    string? DateDisplay,
    string? Outlet,
    string? OriginalUrl,
    string Republish,
    int ParagraphCount,
    int CitedCount,
    string? Seed,
    BylineView Byline,
    string? Caption,
    string? CaptionCredit,
    string BodyHtml,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<EventView> Events)
{
    /// <summary>Who the link to the original names: the outlet, else the address's host ("news.example").</summary>
    public string? OriginalSource { get; init; }

    /// <summary>The article's own language tag, for the lang attribute of its title and body; null when it is the site's.</summary>
    public string? Language { get; init; }
}

public sealed record ArticleModel(PageView Page, ArticleView Article);

public sealed record FreePageView(string Slug, string Title, string BodyHtml);

public sealed record FreePageModel(PageView Page, FreePageView Content);

public sealed record NotFoundModel(PageView Page);

/// <summary>One thing a reader can find with the search box; the index is written as JSON for the search script.</summary>
public sealed record SearchEntry(string Kind, string Title, string Text, string Url);

public sealed record SearchGroup(string Kind, string Label, IReadOnlyList<SearchEntry> Entries);

public sealed record SearchModel(PageView Page, IReadOnlyList<SearchGroup> Groups);

/// <summary>Source-generated serialization metadata: how view records reach Scriban without reflection (Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(HomeModel))]
[JsonSerializable(typeof(TimelineModel))]
[JsonSerializable(typeof(PeopleModel))]
[JsonSerializable(typeof(PersonModel))]
[JsonSerializable(typeof(AnalysesModel))]
[JsonSerializable(typeof(AnalysisModel))]
[JsonSerializable(typeof(ArticlesModel))]
[JsonSerializable(typeof(ArticleModel))]
[JsonSerializable(typeof(FreePageModel))]
[JsonSerializable(typeof(NotFoundModel))]
[JsonSerializable(typeof(SearchModel))]
public sealed partial class PageModelJsonContext : JsonSerializerContext;
