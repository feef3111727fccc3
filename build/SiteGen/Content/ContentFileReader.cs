using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SiteGen.Diagnostics;
using Keys = SiteGen.Content.FrontMatterKeys;

namespace SiteGen.Content;

/// <summary>Reads the files of content/ in a stable order, names each in diagnostics relative to the repository, and finds duplicate slugs.</summary>
internal sealed class ContentFileReader(string contentDir, string displayRoot, DiagnosticBag bag, ContentCache? cache = null, bool streamBodies = false, BuildTimings? timings = null)
{
    // streamBodies, a build's reader: article bodies are read again when needed instead of kept, and file texts only
    // for a diagnostic's line, so memory does not grow with every article's text.
    private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
    private readonly BuildTimings _timings = timings ?? BuildTimings.Off;
    // The bodies of the files read with keepBodies (the articles), by display path: held, or what a re-read must find.
    private readonly ImmutableDictionary<string, string>.Builder _heldBodies = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, StreamedArticleBodies.Loaded>.Builder _streamedBodies = ImmutableDictionary.CreateBuilder<string, StreamedArticleBodies.Loaded>(StringComparer.Ordinal);

    private static readonly HashSet<string> SiteKeys = [Keys.Title, Keys.Description, Keys.Language, Keys.BaseUrl, Keys.Publisher, Keys.Republish, Keys.RelativeUrls, Keys.Image, Keys.ImageAlt, Keys.AsOf, Keys.Cards];
    private static readonly HashSet<string> HomeKeys = [Keys.Title, Keys.Lede, Keys.When, Keys.Where, Keys.Duration, Keys.Outcome, Keys.Image, Keys.ImageAlt];

    private int _parsed;

    /// <summary>How many files were read and parsed, rather than taken unchanged from the cache.</summary>
    public int Parsed => _parsed;

    /// <summary>Files that exist but could not be read, as "folder/slug": references to them are not reported again.</summary>
    public HashSet<string> Unusable { get; } = new(StringComparer.Ordinal);

    public string DisplayPath(string fullPath) => Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');

    public SiteInfo ReadSite(SiteOverrides overrides)
    {
        var full = Path.Combine(contentDir, SiteLoader.SiteFile);
        var display = DisplayPath(full);
        var text = ReadText(full, display);
        var f = text is null ? null : FrontMatterDocument.ParseYamlFile(display, text, bag);
        f?.WarnUnknownKeys(SiteKeys);
        var baseUrl = f?.String(Keys.BaseUrl, required: true) ?? "http://localhost/";
        if (f is not null && (!LinkFilter.TryParse(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            f.ReportError(DiagnosticCodes.BadValue, f.SpanOf(Keys.BaseUrl), $"'base_url' must be an absolute http(s) address such as https://example.org/story/, not '{baseUrl}'");
            baseUrl = "http://localhost/";
        }
        else if (f is not null && SiteOverrides.UnsafeBaseUrl(baseUrl) is { } unsafeUrl)
        {
            f.ReportError(DiagnosticCodes.BadValue, f.SpanOf(Keys.BaseUrl), "'base_url' " + unsafeUrl);
            baseUrl = "http://localhost/";
        }
        // The flag wins, as hugo --baseURL does; the command line has already checked it.
        if (overrides.BaseUrl is not null) baseUrl = overrides.BaseUrl;
        var republishText = f?.String(Keys.Republish) ?? "full";
        var republish = RepublishNames.Parse(republishText);
        if (republish is null)
            f!.ReportError(DiagnosticCodes.BadValue, f.SpanOf(Keys.Republish), $"'republish' must be one of {string.Join(", ", RepublishNames.All)}, not '{republishText}'");
        return new SiteInfo(
            f?.String(Keys.Title, required: true) ?? "Untitled",
            f?.String(Keys.Description) ?? "",
            f?.String(Keys.Language) ?? "en",
            SiteUrls.From(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"),
            f?.String(Keys.Publisher) ?? "",
            SourceSpan.StartOf(display))
        {
            Republish = republish ?? Republish.Full,
            RelativeUrls = overrides.RelativeUrls ?? f?.Bool(Keys.RelativeUrls) ?? false,
            Image = f is null ? null : ImageField.Read(f),
            AsOf = f?.Date(Keys.AsOf),
            Cards = f?.Bool(Keys.Cards, defaultValue: true) ?? true,
            LanguageSpan = f is not null && f.Has(Keys.Language) ? f.SpanOf(Keys.Language) : SourceSpan.StartOf(display),
        };
    }

    public HomeSummary ReadHome()
    {
        var full = Path.Combine(contentDir, SiteLoader.HomeFile);
        var display = DisplayPath(full);
        // The explainer summary is optional: without it the home page leads with the site's title and description.
        var text = File.Exists(full) ? ReadText(full, display) : null;
        var doc = text is null ? null : FrontMatterDocument.Parse(display, text, bag);
        var f = doc?.Fields;
        f?.WarnUnknownKeys(HomeKeys);
        return new HomeSummary(
            f?.String(Keys.Title, required: true) ?? "",
            f?.String(Keys.Lede) ?? "",
            f?.String(Keys.When) ?? "",
            f?.String(Keys.Where) ?? "",
            f?.String(Keys.Duration) ?? "",
            f?.String(Keys.Outcome) ?? "",
            doc?.Body ?? "",
            SourceSpan.StartOf(display))
        {
            Links = doc?.Links ?? [],
            Image = f is null ? null : ImageField.Read(f),
        };
    }

    /// <summary>Where the bodies of the files read with <c>keepBodies</c> come from: memory, or their files again (a build).</summary>
    public IArticleBodies Bodies => streamBodies
        ? new StreamedArticleBodies(contentDir, _streamedBodies.ToImmutable(), _timings)
        : new HeldArticleBodies(_heldBodies.ToImmutable());

    /// <summary>Reads every *.md of one folder; a file's slug is its name unless its front matter sets 'slug'.</summary>
    /// <param name="folder">The folder under content/.</param>
    /// <param name="read">Makes the record of one parsed file, given its slug.</param>
    /// <param name="keepBodies">Hand the files' bodies to <see cref="Bodies"/> (the articles: their records keep none).</param>
    public ImmutableArray<T> ReadFolder<T>(string folder, Func<string, FrontMatterDocument, T> read, bool keepBodies = false) where T : class
    {
        var dir = Path.Combine(contentDir, folder);
        if (!Directory.Exists(dir)) return [];
        var files = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).ToArray();
        // Reading and parsing are independent per file: run them on every core, then take the results in file order.
        var parsed = new ParsedFile<T>[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => parsed[i] = ParseFile(files[i], DisplayPath(files[i]), read, keepBodies));
        var items = ImmutableArray.CreateBuilder<T>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in parsed)
        {
            var (full, display) = (file.FullPath, file.DisplayPath);
            var (item, slug, slugSpan) = Remember(file);
            if (item is null || slug is null)
            {
                Unusable.Add(folder + "/" + Path.GetFileNameWithoutExtension(full));
                continue;
            }
            if (ReservedNames.IsWindowsDevice(Path.GetFileName(full)))
            {
                bag.Error(DiagnosticCodes.ReservedSlug, SourceSpan.StartOf(display), $"the file name '{Path.GetFileName(full)}' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension), so the site cannot be checked out there; rename the file");
                continue;
            }
            if (ReservedNames.IsWindowsDevice(slug))
            {
                bag.Error(DiagnosticCodes.ReservedSlug, slugSpan, $"the slug '{slug}' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), so its page's folder cannot exist there; choose another slug");
                continue;
            }
            if (!SiteLoader.IsValidSlug(slug))
            {
                bag.Error(DiagnosticCodes.BadSlug, slugSpan, $"'{slug}' is not a usable slug: use lower-case letters, digits and single hyphens (it becomes the page's address)");
                continue;
            }
            if (folder == SiteLoader.PagesFolder && ReservedNames.GeneratedPageAt(slug) is { } generated)
            {
                bag.Error(DiagnosticCodes.SlugTakenByGeneratedPage, slugSpan, $"the slug '{slug}' is taken by {generated}, which SiteGen generates; give this page another file name or 'slug'");
                continue;
            }
            if (seen.TryGetValue(slug, out var other))
            {
                bag.Error(DiagnosticCodes.DuplicateSlug, slugSpan, $"the slug '{slug}' is already used by {other}; give one of them another file name or 'slug'");
                continue;
            }
            seen[slug] = display;
            items.Add(item);
            if (file.Body is not null) _heldBodies[display] = file.Body;
            if (file.StreamedBody is not null) _streamedBodies[display] = file.StreamedBody;
        }
        return items.ToImmutable();
    }

    /// <summary>Lets the cache forget files that were not seen in this load (deleted or renamed).</summary>
    public void TrimCache() => cache?.KeepOnly(_seenFiles);

    /// <summary>One file read and parsed (or found in the cache), not yet reported to the shared bag.</summary>
    /// <remarks>Body is the file's body when it is kept in memory; StreamedBody, what a build's re-read must find instead.</remarks>
    private sealed record ParsedFile<T>(string FullPath, string DisplayPath, T? Item, string? Slug, SourceSpan SlugSpan, string? Text, ImmutableArray<Diagnostic> Diagnostics, ContentCache.Entry? NewEntry)
    {
        public string? Body { get; init; }

        public StreamedArticleBodies.Loaded? StreamedBody { get; init; }
    }

    /// <summary>Reads and parses one file, or reuses what the cache holds for it when the file has not changed. Safe on any thread.</summary>
    private ParsedFile<T> ParseFile<T>(string full, string display, Func<string, FrontMatterDocument, T> read, bool keepBody) where T : class
    {
        var info = new FileInfo(full);
        if (cache is not null && cache.TryGet(info, out var cached))
            return new ParsedFile<T>(full, display, (T?)cached.Item, cached.Slug, cached.SlugSpan, cached.Text, cached.Diagnostics, null)
            {
                Body = keepBody && !streamBodies ? cached.Body : null,
                StreamedBody = keepBody && streamBodies ? cached.Streamed : null,
            };

        Interlocked.Increment(ref _parsed);
        // Each file's diagnostics are collected apart so the cache can replay them when the file is unchanged.
        var fileBag = new DiagnosticBag();
        var readStart = _timings.Start();
        var raw = ReadText(full, display, fileBag);
        _timings.Add(BuildStep.ReadFile, readStart);
        var parseStart = _timings.Start();
        var text = raw is null ? null : FrontMatterDocument.NormaliseText(raw);
        var doc = text is null ? null : FrontMatterDocument.Parse(display, text, fileBag);
        string? slug = null;
        T? item = null;
        var slugSpan = SourceSpan.StartOf(display);
        if (doc is not null)
        {
            slug = doc.Fields.String(Keys.Slug) ?? Path.GetFileNameWithoutExtension(full);
            if (doc.Fields.Has(Keys.Slug)) slugSpan = doc.Fields.SpanOf(Keys.Slug);
            doc.Streamed = streamBodies;
            // A build's pages and the preview's (which may start from a build's state) are keyed by the text's hash.
            if (streamBodies || cache is not null) doc.TextHash = FrontMatterDocument.HashOf(text!);
            item = read(slug, doc);
        }
        _timings.Add(BuildStep.ParseContent, parseStart);
        var diagnostics = fileBag.ToImmutable();
        var body = keepBody ? doc?.Body : null;
        // A build keeps of each body only what tells it again: holding them all would grow with the site.
        var streamed = streamBodies && body is not null ? new StreamedArticleBodies.Loaded(full, doc!.TextHash) : null;
        var entry = cache is null ? null : new ContentCache.Entry(info.Length, info.LastWriteTimeUtc, streamBodies ? null : text, item, slug, slugSpan, diagnostics, streamBodies ? null : body) { Streamed = streamed };
        return new ParsedFile<T>(full, display, item, slug, slugSpan, streamBodies ? null : text, diagnostics, entry)
        {
            Body = streamBodies ? null : body,
            StreamedBody = streamed,
        };
    }

    /// <summary>Reports a parsed file to the shared bag and the cache, in file order.</summary>
    private (T? Item, string? Slug, SourceSpan SlugSpan) Remember<T>(ParsedFile<T> file) where T : class
    {
        _seenFiles.Add(file.FullPath);
        if (file.Text is not null) bag.RememberSource(file.DisplayPath, file.Text);
        else if (streamBodies) bag.RememberSource(file.DisplayPath, () => ReadNormalised(file.FullPath, file.DisplayPath));
        bag.AddRange(file.Diagnostics);
        if (file.NewEntry is not null) cache?.Set(new FileInfo(file.FullPath), file.NewEntry);
        return (file.Item, file.Slug, file.SlugSpan);
    }

    private string? ReadNormalised(string full, string display) =>
        ReadText(full, display, new DiagnosticBag()) is { } raw ? FrontMatterDocument.NormaliseText(raw) : null;

    private string? ReadText(string full, string display, DiagnosticBag? into = null) =>
        SiteFileReader.ReadText(full, contentDir, display, into ?? bag);
}
