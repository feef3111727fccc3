using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using Keys = SiteGen.Content.FrontMatterKeys;

namespace SiteGen.Content;

/// <summary>What loading content/ produced: the model (possibly partial) and every problem found on the way.</summary>
public sealed record LoadResult(SiteContent Content, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The text of every file read, by the path diagnostics name it, so later stages quote lines without reading files again.</summary>
    public ImmutableDictionary<string, string> Sources { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>How many Markdown files of content/ were read and parsed; the others were unchanged and came from the cache.</summary>
    public int FilesParsed { get; init; }

    /// <summary>The articles' bodies, which the model does not keep: held in memory, or read again from their files for a build.</summary>
    public IArticleBodies Bodies { get; init; } = HeldArticleBodies.None;
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

    /// <summary>Ingest's record of the files it wrote and the ones editors deleted (not a page; kept with the content it describes).</summary>
    public const string IngestStateFile = "ingest-state.yaml";

    /// <summary>Front-matter keys every kind of file may carry: the slug override, draft flag and ingest's record of what it wrote.</summary>
    private static readonly string[] CommonKeys = [Keys.Slug, Keys.Draft, Keys.Ingest];

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <param name="contentDir">The content folder.</param>
    /// <param name="includeDrafts">Whether files marked <c>draft: true</c> take part (only the preview server sets this).</param>
    /// <param name="displayRoot">Paths in diagnostics are made relative to this folder (the repository root by default).</param>
    /// <param name="cache">Parsed files kept between loads (the preview server's, or a build's from its build state); unchanged files are not read again.</param>
    /// <param name="overrides">Settings the command line gives over site.yaml's.</param>
    /// <param name="checks">The checks that need the whole model (Checking's <c>ContentChecks.All</c>), run before
    /// returning; without them the references are taken as written.</param>
    /// <param name="timings">Where the build's read and parse time is counted (off when not given).</param>
    /// <param name="streamBodies">For a build: <see cref="LoadResult.Bodies"/> reads article bodies again from their files
    /// instead of keeping them, and <see cref="LoadResult.Sources"/> holds only the few files read whole (site.yaml, _index.md).</param>
    public static LoadResult Load(string contentDir, bool includeDrafts = false, string? displayRoot = null, ContentCache? cache = null, SiteOverrides? overrides = null, bool streamBodies = false, IEnumerable<IContentCheck>? checks = null, BuildTimings? timings = null)
    {
        var bag = new DiagnosticBag();
        var root = displayRoot ?? ContentFolder.DefaultDisplayRoot(contentDir);
        var reader = new ContentFileReader(contentDir, root, bag, cache, streamBodies, timings);

        var site = reader.ReadSite(overrides ?? SiteOverrides.None);
        var home = reader.ReadHome();
        var articles = reader.ReadFolder(ArticlesFolder, ReadArticle, keepBodies: true);
        var people = reader.ReadFolder(PeopleFolder, ReadPerson);
        var events = reader.ReadFolder(TimelineFolder, ReadEvent);
        var analyses = reader.ReadFolder(AnalysisFolder, ReadAnalysis);
        var pages = reader.ReadFolder(PagesFolder, ReadPage);
        reader.TrimCache();

        // Images are read on every load, not cached with the Markdown: a changed image changes pages whose text did not.
        var images = ContentImageLoader.Load(contentDir, reader.DisplayPath, bag);
        UnpublishedFiles.Report(contentDir, reader.DisplayPath, bag);
        var content = new SiteContent(site, home, articles, people, events, analyses, pages) { Images = images };
        var bodies = reader.Bodies;
        // Slugs whose files are left out (drafts, or files already reported as unreadable): a reference to one is dropped quietly.
        var leftOut = new HashSet<string>(reader.Unusable, StringComparer.Ordinal);
        if (!includeDrafts)
        {
            foreach (var slug in content.People.Where(p => p.Draft).Select(p => "people/" + p.Slug)
                         .Concat(content.Articles.Where(a => a.Draft).Select(a => "articles/" + a.Slug)))
            {
                leftOut.Add(slug);
            }
            content = content with
            {
                Articles = [.. content.Articles.Where(a => !a.Draft)],
                People = [.. content.People.Where(p => !p.Draft)],
                Events = [.. content.Events.Where(e => !e.Draft)],
                Analyses = [.. content.Analyses.Where(a => !a.Draft)],
                Pages = [.. content.Pages.Where(p => !p.Draft)],
            };
        }

        foreach (var check in checks ?? []) content = check.Check(content, bodies, leftOut, bag);
        return new LoadResult(content, bag.ToImmutable()) { Sources = bag.Sources, Bodies = bodies, FilesParsed = reader.Parsed };
    }

    /// <summary>
    /// Only the people of content/ (drafts too), as ingest needs them to attribute with: nothing else is read, and a file
    /// that cannot be read is left out (the build names it).
    /// </summary>
    public static ImmutableArray<Person> LoadPeople(string contentDir)
    {
        var reader = new ContentFileReader(contentDir, ContentFolder.DefaultDisplayRoot(contentDir), new DiagnosticBag());
        return reader.ReadFolder(PeopleFolder, ReadPerson);
    }

    private static readonly HashSet<string> ArticleKeys = [.. CommonKeys, Keys.Title, Keys.Date, Keys.Outlet, Keys.Seed, Keys.Byline, Keys.Caption, Keys.CaptionCredit, Keys.Quotes, Keys.Url, Keys.Language, Keys.Image, Keys.ImageAlt];
    private static readonly HashSet<string> BylineKeys = [Keys.Reporter, Keys.Photo, Keys.Editors];
    private static readonly HashSet<string> QuoteKeys = [Keys.Speaker, Keys.Text, Keys.Partial, Keys.Paragraph, Keys.Attribution, Keys.Review];

    private static Article ReadArticle(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(ArticleKeys);
        var byline = f.Mapping(Keys.Byline);
        byline?.WarnUnknownKeys(BylineKeys);
        var quotes = f.Mappings(Keys.Quotes).Select(q =>
        {
            q.WarnUnknownKeys(QuoteKeys);
            var speaker = q.ReferenceField(Keys.Speaker, required: true);
            var text = q.String(Keys.Text, required: true);
            var paragraph = q.Int(Keys.Paragraph, required: true, min: 1);
            var partial = q.Bool(Keys.Partial);
            var (attribution, review) = ReadReview(q);
            return speaker is null || text is null || paragraph is null
                ? null
                : new Quote(speaker, text, partial, new SourceRef(new Reference(slug, q.Span), paragraph.Value, q.SpanOf(Keys.Paragraph)), attribution, review) { TextSpan = q.SpanOf(Keys.Text) };
        }).OfType<Quote>().ToImmutableArray();

        return new Article(
            slug,
            f.String(Keys.Title, required: true) ?? slug,
            f.Date(Keys.Date),
            f.String(Keys.Outlet),
            f.String(Keys.Seed),
            new Byline(byline?.String(Keys.Reporter), byline?.String(Keys.Photo), byline?.StringList(Keys.Editors) ?? []),
            f.String(Keys.Caption),
            f.String(Keys.CaptionCredit),
            quotes,
            ReadParagraphs(doc),
            f.Bool(Keys.Draft),
            SourceSpan.StartOf(f.Path))
        {
            DateSpan = SpanOrOrigin(f, Keys.Date),
            // Only 'check' reads the links, and a build of many articles would hold them all; images are checked at load.
            Links = doc.Streamed ? [.. doc.Links.Where(l => l.IsImage)] : doc.Links,
            Url = ReadOriginalUrl(f),
            Language = f.String(Keys.Language),
            SourceHash = doc.TextHash,
            Image = ImageField.Read(f),
        };
    }

    /// <summary>The article's address at its outlet: only an absolute http(s) address may become the "Originally published" link.</summary>
    private static string? ReadOriginalUrl(FieldReader f)
    {
        if (f.String(Keys.Url) is not { } url) return null;
        url = url.Trim();
        if (LinkFilter.TryParse(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && LinkFilter.IsAllowed(url) && !url.Any(char.IsWhiteSpace))
            return url;
        f.ReportError(DiagnosticCodes.OriginalUrlNotWebAddress, f.SpanOf(Keys.Url), $"'url' must be the article's address at its outlet, an absolute http or https address such as https://news.example/2025/08/talks, not '{url}'");
        return null;
    }

    /// <summary>Where a top-level key's value is written, or the file's start when the key is absent.</summary>
    private static SourceSpan SpanOrOrigin(FieldReader f, string key) => f.Has(key) ? f.SpanOf(key) : SourceSpan.StartOf(f.Path);

    private static ImmutableArray<Paragraph> ReadParagraphs(FrontMatterDocument doc)
    {
        return [.. MarkdownDialect.NumberedParagraphs(doc.BodyDocument).Select(p =>
            new Paragraph(p.Number, doc.BodyLine + p.Block.Line, p.Block.Span.Start, p.Block.Span.Length))];
    }

    private static readonly HashSet<string> PersonKeys = [.. CommonKeys, Keys.Name, Keys.Aliases, Keys.Role, Keys.Affiliation, Keys.Kind, Keys.Image, Keys.ImageAlt];

    private static Person ReadPerson(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(PersonKeys);
        var kindText = f.String(Keys.Kind);
        var kind = kindText is null ? PersonKind.Other : PersonKindNames.Parse(kindText) ?? PersonKind.Other;
        if (kindText is not null && PersonKindNames.Parse(kindText) is null) ReportBadChoice(f, Keys.Kind, kindText, PersonKindNames.All);
        return new Person(slug, f.String(Keys.Name, required: true) ?? slug, f.StringList(Keys.Aliases), f.String(Keys.Role), f.String(Keys.Affiliation), kind, doc.Body, f.Bool(Keys.Draft), SourceSpan.StartOf(f.Path))
        {
            NameSpan = SpanOrOrigin(f, Keys.Name),
            Links = doc.Links,
            Image = ImageField.Read(f),
        };
    }

    private static readonly HashSet<string> EventKeys = [.. CommonKeys, Keys.Title, Keys.Date, Keys.Status, Keys.Place, Keys.People, Keys.Sources, Keys.Attribution, Keys.Review];
    private static readonly HashSet<string> SourceKeys = [Keys.Article, Keys.Paragraph];

    private static TimelineEvent ReadEvent(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(EventKeys);
        var statusText = f.String(Keys.Status, required: true) ?? "happened";
        if (!Enum.TryParse<EventStatus>(statusText, ignoreCase: true, out var status) || !char.IsLetter(statusText[0]))
        {
            ReportBadChoice(f, Keys.Status, statusText, ["happened", "planned", "proposed"]);
            status = EventStatus.Happened;
        }
        var sources = f.Mappings(Keys.Sources).Select(s =>
        {
            s.WarnUnknownKeys(SourceKeys);
            return ReadSourceRef(s);
        }).OfType<SourceRef>().ToImmutableArray();
        var (attribution, review) = ReadReview(f);
        return new TimelineEvent(slug, f.String(Keys.Title, required: true) ?? slug, f.Date(Keys.Date), status, f.String(Keys.Place), f.References(Keys.People), sources, doc.Body, f.Bool(Keys.Draft), SourceSpan.StartOf(f.Path))
        {
            Attribution = attribution,
            Review = review,
            DateSpan = SpanOrOrigin(f, Keys.Date),
            Links = doc.Links,
        };
    }

    /// <summary>Ingest's <c>attribution:</c> level and <c>review: true</c> mark; the mark stays until an editor deletes it or sets it false.</summary>
    private static (Attribution? Attribution, SourceSpan? Review) ReadReview(FieldReader f)
    {
        Attribution? attribution = null;
        if (f.String(Keys.Attribution) is { } text)
        {
            attribution = AttributionNames.Parse(text);
            if (attribution is null) ReportBadChoice(f, Keys.Attribution, text, AttributionNames.All);
        }
        return (attribution, f.Bool(Keys.Review) ? f.SpanOf(Keys.Review) : null);
    }

    private static SourceRef? ReadSourceRef(FieldReader s)
    {
        var article = s.ReferenceField(Keys.Article, required: true);
        var paragraph = s.Int(Keys.Paragraph, required: true, min: 1);
        return article is null || paragraph is null ? null : new SourceRef(article, paragraph.Value, s.SpanOf(Keys.Paragraph));
    }

    private static readonly HashSet<string> AnalysisKeys = [.. CommonKeys, Keys.Title, Keys.Summary, Keys.Experts, Keys.Claims, Keys.Image, Keys.ImageAlt];
    private static readonly HashSet<string> ClaimKeys = [Keys.Speaker, Keys.Text, Keys.Article, Keys.Paragraph];

    private static Analysis ReadAnalysis(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(AnalysisKeys);
        var claims = f.Mappings(Keys.Claims).Select(c =>
        {
            c.WarnUnknownKeys(ClaimKeys);
            var speaker = c.ReferenceField(Keys.Speaker);
            var text = c.String(Keys.Text, required: true);
            var source = ReadSourceRef(c);
            return text is null || source is null ? null : new Claim(speaker, text, source);
        }).OfType<Claim>().ToImmutableArray();
        return new Analysis(slug, f.String(Keys.Title, required: true) ?? slug, f.String(Keys.Summary), f.References(Keys.Experts), claims, doc.Body, f.Bool(Keys.Draft), SourceSpan.StartOf(f.Path))
        {
            Links = doc.Links,
            Image = ImageField.Read(f),
        };
    }

    private static readonly HashSet<string> PageKeys = [.. CommonKeys, Keys.Title, Keys.Description, Keys.Layout, Keys.Image, Keys.ImageAlt];

    private static Page ReadPage(string slug, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.WarnUnknownKeys(PageKeys);
        return new Page(slug, f.String(Keys.Title, required: true) ?? slug, f.String(Keys.Description), f.String(Keys.Layout) ?? "page", doc.Body, f.Bool(Keys.Draft), SourceSpan.StartOf(f.Path))
        {
            LayoutSpan = f.SpanOf(Keys.Layout),
            Links = doc.Links,
            Image = ImageField.Read(f),
        };
    }

    private static void ReportBadChoice(FieldReader f, string key, string value, IEnumerable<string> choices) =>
        f.ReportError(DiagnosticCodes.BadValue, f.SpanOf(key), $"'{key}' must be one of {string.Join(", ", choices)}, not '{value}'");
}
