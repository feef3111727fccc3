using System.Text.Json.Serialization;

namespace SiteGen.Rendering;

// The view records several kinds of page share; each kind's own records are in its file in Pages/.
// What templates see, as snake_case members (site.base_path, person.quotes ...).
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

    /// <summary>Whether the sitemap lists the page (not the 404 page, nor a copy whose canonical is another page).</summary>
    [JsonIgnore]
    public bool Listed { get; init; } = true;
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

// Basis: "as_of" (an editor set it), "latest-article", or "undated"; BasisText says it to readers.
public sealed record NowView(string? DateIso, string? DateDisplay, string Basis, string BasisText);

/// <summary>
/// Source-generated serialization metadata for the site-wide values and the views page keys hash. Each kind of page
/// declares its own context for its model beside it (the generator reads one declaration per context); page models reach
/// Scriban through <see cref="ScriptModel.RoundTrip"/>, without reflection (Native AOT).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(QuoteView))]
[JsonSerializable(typeof(PersonLink))]
[JsonSerializable(typeof(EventView))]
public sealed partial class SharedViewJsonContext : JsonSerializerContext;
