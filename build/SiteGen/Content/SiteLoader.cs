using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>What loading content/ produced: the model (possibly partial) and every problem found on the way.</summary>
public sealed record LoadResult(SiteContent Content, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Loads content/ into an immutable <see cref="SiteContent"/>, collecting every problem instead of stopping at the first.</summary>
public static partial class SiteLoader
{
    public const string ArticlesFolder = "articles";
    public const string PeopleFolder = "people";
    public const string TimelineFolder = "timeline";
    public const string AnalysisFolder = "analysis";
    public const string PagesFolder = "pages";
    public const string SiteFile = "site.yaml";
    public const string HomeFile = "_index.md";

    /// <summary>Front-matter keys every kind of file may carry: the slug override, draft flag and ingest's record of what it wrote.</summary>
    private static readonly string[] CommonKeys = ["slug", "draft", "ingest"];

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <param name="contentDir">The content folder.</param>
    /// <param name="includeDrafts">Whether files marked <c>draft: true</c> take part (only the preview server sets this).</param>
    /// <param name="displayRoot">Paths in diagnostics are made relative to this folder (the repository root by default).</param>
    /// <param name="cache">Parsed files kept between loads (the preview server's); unchanged files are not read again.</param>
    public static LoadResult Load(string contentDir, bool includeDrafts = false, string? displayRoot = null, ContentCache? cache = null)
    {
        var bag = new DiagnosticBag();
        var root = displayRoot ?? Directory.GetParent(Path.GetFullPath(contentDir))?.FullName ?? contentDir;
        var reader = new ContentFileReader(contentDir, root, bag, cache);

        var site = reader.ReadSite();
        var home = reader.ReadHome();
        var articles = reader.ReadFolder(ArticlesFolder, ReadArticle);
        var people = reader.ReadFolder(PeopleFolder, ReadPerson);
        var events = reader.ReadFolder(TimelineFolder, ReadEvent);
        var analyses = reader.ReadFolder(AnalysisFolder, ReadAnalysis);
        var pages = reader.ReadFolder(PagesFolder, ReadPage);
        reader.TrimCache();

        var content = new SiteContent(site, home, articles, people, events, analyses, pages);
        content = ReferenceChecker.Check(content, includeDrafts, reader.Unusable, bag);
        return new LoadResult(content, bag.ToImmutable());
    }

    private static readonly HashSet<string> ArticleKeys = [.. CommonKeys, "title", "date", "outlet", "seed", "byline", "caption", "caption_credit", "quotes", "url"];
    private static readonly HashSet<string> BylineKeys = ["reporter", "photo", "editors"];
    private static readonly HashSet<string> QuoteKeys = ["speaker", "text", "partial", "paragraph", AttributionKey, ReviewKey];
    private const string AttributionKey = "attribution";
    private const string ReviewKey = "review";

    private static Article ReadArticle(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(ArticleKeys);
        var byline = f.Mapping("byline");
        byline?.WarnUnknownKeys(BylineKeys);
        var quotes = f.Mappings("quotes").Select(q =>
        {
            q.WarnUnknownKeys(QuoteKeys);
            var speaker = q.ReferenceField("speaker", required: true);
            var text = q.String("text", required: true);
            var paragraph = q.Int("paragraph", required: true, min: 1);
            var partial = q.Bool("partial");
            var (attribution, review) = ReadReview(q);
            return speaker is null || text is null || paragraph is null
                ? null
                : new Quote(speaker, text, partial, new SourceRef(new Reference(slug, q.Span), paragraph.Value, q.SpanOf("paragraph")), attribution, review) { TextSpan = q.SpanOf("text") };
        }).OfType<Quote>().ToImmutableArray();

        return new Article(
            slug,
            f.String("title", required: true) ?? slug,
            f.Date("date"),
            f.String("outlet"),
            f.String("seed"),
            new Byline(byline?.String("reporter"), byline?.String("photo"), byline?.StringList("editors") ?? []),
            f.String("caption"),
            f.String("caption_credit"),
            quotes,
            doc.Body,
            ReadParagraphs(doc),
            f.Bool("draft"),
            SourceSpan.StartOf(f.Path)) { Url = ReadOriginalUrl(f) };
    }

    /// <summary>The article's address at its outlet: only an absolute http(s) address may become the "Originally published" link.</summary>
    private static string? ReadOriginalUrl(FieldReader f)
    {
        if (f.String("url") is not { } url) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && LinkFilter.IsAllowed(url) && !url.Any(char.IsWhiteSpace))
            return url;
        f.ReportError(DiagnosticCodes.OriginalUrlNotWebAddress, f.SpanOf("url"), $"'url' must be the article's address at its outlet, an absolute http or https address such as https://news.example/2025/08/talks, not '{url}'");
        return null;
    }

    private static ImmutableArray<Paragraph> ReadParagraphs(FrontMatterDocument doc)
    {
        return [.. MarkdownDialect.NumberedParagraphs(doc.BodyDocument).Select(p =>
            new Paragraph(p.Number, doc.Body.Substring(p.Block.Span.Start, p.Block.Span.Length), doc.BodyLine + p.Block.Line))];
    }

    private static readonly HashSet<string> PersonKeys = [.. CommonKeys, "name", "aliases", "role", "affiliation", "kind"];

    private static Person ReadPerson(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(PersonKeys);
        var kind = f.String("kind") ?? "other";
        if (!PersonKinds.All.Contains(kind))
        {
            ReportBadChoice(f, "kind", kind, PersonKinds.All);
            kind = "other";
        }
        return new Person(slug, f.String("name", required: true) ?? slug, f.StringList("aliases"), f.String("role"), f.String("affiliation"), kind, doc.Body, f.Bool("draft"), SourceSpan.StartOf(f.Path));
    }

    private static readonly HashSet<string> EventKeys = [.. CommonKeys, "title", "date", "status", "place", "people", "sources", AttributionKey, ReviewKey];
    private static readonly HashSet<string> SourceKeys = ["article", "paragraph"];

    private static TimelineEvent ReadEvent(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(EventKeys);
        var statusText = f.String("status", required: true) ?? "happened";
        if (!Enum.TryParse<EventStatus>(statusText, ignoreCase: true, out var status) || !char.IsLetter(statusText[0]))
        {
            ReportBadChoice(f, "status", statusText, ["happened", "planned", "proposed"]);
            status = EventStatus.Happened;
        }
        var sources = f.Mappings("sources").Select(s =>
        {
            s.WarnUnknownKeys(SourceKeys);
            return ReadSourceRef(s);
        }).OfType<SourceRef>().ToImmutableArray();
        var (attribution, review) = ReadReview(f);
        return new TimelineEvent(slug, f.String("title", required: true) ?? slug, f.Date("date"), status, f.String("place"), f.References("people"), sources, doc.Body, f.Bool("draft"), SourceSpan.StartOf(f.Path))
        {
            Attribution = attribution,
            Review = review,
        };
    }

    /// <summary>Ingest's <c>attribution:</c> level and <c>review: true</c> mark; the mark stays until an editor deletes it or sets it false.</summary>
    private static (Attribution? Attribution, SourceSpan? Review) ReadReview(FieldReader f)
    {
        Attribution? attribution = null;
        if (f.String(AttributionKey) is { } text)
        {
            attribution = AttributionNames.Parse(text);
            if (attribution is null) ReportBadChoice(f, AttributionKey, text, AttributionNames.All);
        }
        return (attribution, f.Bool(ReviewKey) ? f.SpanOf(ReviewKey) : null);
    }

    private static SourceRef? ReadSourceRef(FieldReader s)
    {
        var article = s.ReferenceField("article", required: true);
        var paragraph = s.Int("paragraph", required: true, min: 1);
        return article is null || paragraph is null ? null : new SourceRef(article, paragraph.Value, s.SpanOf("paragraph"));
    }

    private static readonly HashSet<string> AnalysisKeys = [.. CommonKeys, "title", "summary", "experts", "claims"];
    private static readonly HashSet<string> ClaimKeys = ["speaker", "text", "article", "paragraph"];

    private static Analysis ReadAnalysis(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(AnalysisKeys);
        var claims = f.Mappings("claims").Select(c =>
        {
            c.WarnUnknownKeys(ClaimKeys);
            var speaker = c.ReferenceField("speaker");
            var text = c.String("text", required: true);
            var source = ReadSourceRef(c);
            return text is null || source is null ? null : new Claim(speaker, text, source);
        }).OfType<Claim>().ToImmutableArray();
        return new Analysis(slug, f.String("title", required: true) ?? slug, f.String("summary"), f.References("experts"), claims, doc.Body, f.Bool("draft"), SourceSpan.StartOf(f.Path));
    }

    private static readonly HashSet<string> PageKeys = [.. CommonKeys, "title", "description", "layout"];

    private static Page ReadPage(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(PageKeys);
        return new Page(slug, f.String("title", required: true) ?? slug, f.String("description"), f.String("layout") ?? "page", doc.Body, f.Bool("draft"), SourceSpan.StartOf(f.Path))
        {
            LayoutSpan = f.SpanOf("layout"),
        };
    }

    private static void ReportBadChoice(FieldReader f, string key, string value, IEnumerable<string> choices) =>
        f.ReportError(DiagnosticCodes.BadValue, f.SpanOf(key), $"'{key}' must be one of {string.Join(", ", choices)}, not '{value}'");
}
