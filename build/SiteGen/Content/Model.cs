using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A slug written in one file that must name a file of another kind; the span points at the reference.</summary>
public sealed record Reference(string Slug, SourceSpan Span);

/// <summary>A link written in a Markdown body: its address as written and where that address stands.</summary>
public sealed record MarkdownLink(string Address, SourceSpan Span)
{
    /// <summary>Whether this is an image (<c>![alt](address)</c>) rather than a link.</summary>
    public bool IsImage { get; init; }

    /// <summary>An image's alt text as plain text ("" when it has none).</summary>
    public string Alt { get; init; } = "";

    /// <summary>The editor marked the image as decoration (its title is "decorative"), so it needs no alt text.</summary>
    public bool Decorative { get; init; }
}

/// <summary>A citation down to the paragraph: article slug plus 1-based paragraph number.</summary>
public sealed record SourceRef(Reference Article, int Paragraph, SourceSpan Span);

/// <summary>Settings the command line gives over site.yaml's; null keeps site.yaml's value.</summary>
public sealed record SiteOverrides(string? BaseUrl, bool? RelativeUrls)
{
    public static readonly SiteOverrides None = new(null, null);

    /// <summary>Why <paramref name="baseUrl"/> cannot be a base_url, or null when it can: an absolute http(s) address.</summary>
    public static string? ProblemWithBaseUrl(string baseUrl) =>
        UnsafeBaseUrl(baseUrl) ?? (LinkFilter.TryParse(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"must be an absolute http(s) address without ?query or #fragment, such as https://example.org/story/, not '{baseUrl}'");

    /// <summary>
    /// Why a base_url would publish what it must not, or null: white space or a control character (a browser's parser
    /// forgives them, but they land as they are in every canonical link and sitemap entry), or a user name and password,
    /// which would be published on every page. The refusal never repeats the password.
    /// </summary>
    public static string? UnsafeBaseUrl(string baseUrl)
    {
        if (baseUrl.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return $"must hold no spaces, tabs, line breaks or other control characters, not '{string.Concat(baseUrl.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()))}'";
        if (LinkFilter.TryParse(baseUrl, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
            return $"must not carry a user name or password ('{uri.Scheme}://...@{uri.Authority}'): they would be published in every canonical link and the sitemap";
        return null;
    }
}

/// <summary>Site-wide settings from content/site.yaml; Urls is the address scheme, made once from base_url.</summary>
public sealed record SiteInfo(
    string Title,
    string Description,
    string Language,
    SiteUrls Urls,
    string Publisher,
    SourceSpan Origin)
{
    /// <summary>base_url, ending in '/'.</summary>
    public string BaseUrl => Urls.BaseUrl;

    /// <summary>Where <c>language:</c> is written (or the file's start): a language with no strings file is reported there.</summary>
    public SourceSpan LanguageSpan { get; init; } = Origin;

    /// <summary>How much of each source article the site republishes: all of it, or only the paragraphs it cites.</summary>
    public Republish Republish { get; init; } = Republish.Full;

    /// <summary>
    /// Internal links are written relative to each page ("../people/x/index.html"), so output/ works from any folder and
    /// from file://; canonical, og, sitemap and feed addresses stay absolute.
    /// </summary>
    public bool RelativeUrls { get; init; }
    /// <summary>The site-wide social card image (site.yaml <c>image:</c>), for pages that name none of their own.</summary>
    public ImageField? Image { get; init; }

    /// <summary>
    /// The day the timeline's "now" line stands at (site.yaml <c>as_of</c>); null means the date of the latest source
    /// article. Never the clock: the same content must build the same site on any day.
    /// </summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Whether every page gets a generated share card as its og:image (site.yaml <c>cards</c>, on unless <c>false</c>).</summary>
    public bool Cards { get; init; } = true;
}

/// <summary>
/// How much of another outlet's article the site may show. Newsrooms often may not republish whole articles:
/// <see cref="Cited"/> shows only the paragraphs that quotes, events and claims cite, with their numbers and a link to the original.
/// </summary>
public enum Republish
{
    Full,
    Cited,
}

/// <summary>The front-matter spelling of <see cref="Republish"/>.</summary>
public static class RepublishNames
{
    public static readonly System.Collections.Immutable.ImmutableArray<string> All = ["full", "cited"];

    public static Republish? Parse(string text) => All.IndexOf(text) is var i and >= 0 ? (Republish)i : null;
}

/// <summary>The explainer's front page, from content/_index.md: the few lines that say what happened.</summary>
public sealed record HomeSummary(
    string Title,
    string Lede,
    string When,
    string Where,
    string Duration,
    string Outcome,
    string Body,
    SourceSpan Origin)
{
    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>The page's own social card image (<c>image:</c>), over the site's.</summary>
    public ImageField? Image { get; init; }
}

/// <summary>Who wrote, photographed and edited an article; credits, not subjects of the story.</summary>
public sealed record Byline(string? Reporter, string? Photo, ImmutableArray<string> Editors);

/// <summary>
/// How ingest tied a quote or an event to its person, strongest first: by the full name, the surname alone, a role ("the
/// Prime Minister"), a pronoun, as the previous speaker carrying on, or inferred from the sentence's grammar. Anything weaker than <see cref="Named"/> waits for an
/// editor's review; a newsroom never publishes an unchecked guess.
/// </summary>
public enum Attribution
{
    Named,
    Surname,
    Role,
    Pronoun,
    PreviousSpeaker,

    /// <summary>From the sentence's grammar (the subject of a clause, a possessor of words) rather than an attribution that names them.</summary>
    Inferred,
}

/// <summary>The front-matter spelling of <see cref="Attribution"/> ("previous-speaker"), both ways.</summary>
public static class AttributionNames
{
    public static readonly ImmutableArray<string> All = ["named", "surname", "role", "pronoun", "previous-speaker", "inferred"];

    public static string Of(Attribution attribution) => All[(int)attribution];

    public static Attribution? Parse(string text) => All.IndexOf(text) is var i and >= 0 ? (Attribution)i : null;
}

/// <summary>
/// Words a person said, as printed in one article. <c>Attribution</c> is how ingest found the speaker (null when an editor
/// wrote the quote); <c>Review</c> is where <c>review: true</c> stands while the quote awaits an editor (null once checked).
/// </summary>
public sealed record Quote(Reference Speaker, string Text, bool Partial, SourceRef Source, Attribution? Attribution = null, SourceSpan? Review = null)
{
    /// <summary>Where the quote's words are written, for a quote its paragraph does not hold.</summary>
    public SourceSpan TextSpan { get; init; }
}

/// <summary>One source article: what ingest found in it, and where its paragraphs stand in its body (which an <see cref="IArticleBodies"/> gives).</summary>
public sealed record Article(
    string Slug,
    string Title,
    PartialDate? Date,
    string? Outlet,
    string? Seed,
    Byline Byline,
    string? Caption,
    string? CaptionCredit,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<Paragraph> Paragraphs,
    bool Draft,
    SourceSpan Origin)
{
    /// <summary>A hash of the whole file as read (front matter and body), set by a build: its page is kept unrendered while this and the rest of the site are unchanged.</summary>
    public UInt128 SourceHash { get; init; }

    /// <summary>Where the date is written (the file's start when there is none).</summary>
    public SourceSpan DateSpan { get; init; } = Origin;

    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>The page's own social card image (<c>image:</c>), over the site's.</summary>
    public ImageField? Image { get; init; }

    /// <summary>The article's address at its outlet (http or https only), for "Originally published by ..."; null when not known.</summary>
    public string? Url { get; init; }

    /// <summary>The language the article is written in (<c>language:</c>, a tag such as "fr"), when it differs from the site's.</summary>
    public string? Language { get; init; }
}

/// <summary>
/// A numbered body paragraph of an article (headings are not numbered), so anything can cite "paragraph 7". It is a
/// place in the body, which the model does not keep: an <see cref="IArticleBodies"/> gives the body.
/// </summary>
public sealed record Paragraph(int Number, int Line, int Start, int Length)
{
    /// <summary>The paragraph's Markdown, cut from its article's body.</summary>
    public string TextIn(string body) => body.Substring(Start, Length);
}

/// <summary>The kinds of people the site groups its who's who by.</summary>
public enum PersonKind
{
    Leader,
    Official,
    Expert,
    Journalist,
    Other,
}

/// <summary>The front-matter spelling of <see cref="PersonKind"/> ("leader"), both ways.</summary>
public static class PersonKindNames
{
    public static readonly ImmutableArray<string> All = ["leader", "official", "expert", "journalist", "other"];

    public static string Of(PersonKind kind) => All[(int)kind];

    public static PersonKind? Parse(string text) => All.IndexOf(text) is var i and >= 0 ? (PersonKind)i : null;
}

/// <summary>A person the story is about, or a credited journalist.</summary>
public sealed record Person(
    string Slug,
    string Name,
    ImmutableArray<string> Aliases,
    string? Role,
    string? Affiliation,
    PersonKind Kind,
    string Body,
    bool Draft,
    SourceSpan Origin)
{
    /// <summary>Where the name is written.</summary>
    public SourceSpan NameSpan { get; init; } = Origin;

    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>The page's own social card image (<c>image:</c>), over the site's.</summary>
    public ImageField? Image { get; init; }
}

/// <summary>Whether an event took place, is scheduled, or was only floated.</summary>
public enum EventStatus
{
    Happened,
    Planned,
    Proposed,
}

/// <summary>One dated (or undated) entry of the timeline.</summary>
public sealed record TimelineEvent(
    string Slug,
    string Title,
    PartialDate? Date,
    EventStatus Status,
    string? Place,
    ImmutableArray<Reference> People,
    ImmutableArray<SourceRef> Sources,
    string Body,
    bool Draft,
    SourceSpan Origin)
{
    /// <summary>How ingest tied the event to its people; null when an editor wrote it.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>Where <c>review: true</c> stands, while the entry awaits an editor; null once checked.</summary>
    public SourceSpan? Review { get; init; }

    /// <summary>Where the date is written (the file's start when there is none).</summary>
    public SourceSpan DateSpan { get; init; } = Origin;

    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];
}

/// <summary>A point an expert makes in reported speech, with where it was reported.</summary>
public sealed record Claim(Reference? Speaker, string Text, SourceRef Source);

/// <summary>An analysis page: what one or more experts make of the events, with an editor-written body.</summary>
public sealed record Analysis(
    string Slug,
    string Title,
    string? Summary,
    ImmutableArray<Reference> Experts,
    ImmutableArray<Claim> Claims,
    string Body,
    bool Draft,
    SourceSpan Origin)
{
    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>The page's own social card image (<c>image:</c>), over the site's.</summary>
    public ImageField? Image { get; init; }
}

/// <summary>A free page such as "about" or "methodology", rendered with the layout its front matter names.</summary>
public sealed record Page(
    string Slug,
    string Title,
    string? Description,
    string Layout,
    string Body,
    bool Draft,
    SourceSpan Origin)
{
    /// <summary>Where the layout is named, so a missing template is reported on that line.</summary>
    public SourceSpan LayoutSpan { get; init; } = Origin;

    /// <summary>The links its Markdown body holds, in reading order.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>The page's own social card image (<c>image:</c>), over the site's.</summary>
    public ImageField? Image { get; init; }
}

/// <summary>Everything loaded from content/, checked and cross-referenced; immutable once built.</summary>
public sealed record SiteContent(
    SiteInfo Site,
    HomeSummary Home,
    ImmutableArray<Article> Articles,
    ImmutableArray<Person> People,
    ImmutableArray<TimelineEvent> Events,
    ImmutableArray<Analysis> Analyses,
    ImmutableArray<Page> Pages)
{
    /// <summary>Every image file of content/, read and measured, to be published under a fingerprinted name.</summary>
    public ContentImages Images { get; init; } = ContentImages.Empty;

    public IEnumerable<Quote> AllQuotes => Articles.SelectMany(a => a.Quotes);

    /// <summary>Every link written in a body, file by file: home, articles, people, timeline, analysis, pages.</summary>
    public IEnumerable<MarkdownLink> AllLinks => Home.Links
        .Concat(Articles.SelectMany(a => a.Links))
        .Concat(People.SelectMany(p => p.Links))
        .Concat(Events.SelectMany(e => e.Links))
        .Concat(Analyses.SelectMany(a => a.Links))
        .Concat(Pages.SelectMany(p => p.Links));
}
