using System.Collections.Immutable;
using SiteGen.Diagnostics;
using Keys = SiteGen.Content.FrontMatterKeys;

namespace SiteGen.Content;

/// <summary>Reads the files of content/ in a stable order, names each in diagnostics relative to the repository, and finds duplicate slugs.</summary>
internal sealed class ContentFileReader(string contentDir, string displayRoot, DiagnosticBag bag, ContentCache? cache = null)
{
    private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);

    private static readonly HashSet<string> SiteKeys = [Keys.Title, Keys.Description, Keys.Language, Keys.BaseUrl, Keys.Publisher, Keys.Republish, Keys.RelativeUrls, Keys.AsOf];
    private static readonly HashSet<string> HomeKeys = [Keys.Title, Keys.Lede, Keys.When, Keys.Where, Keys.Duration, Keys.Outcome];

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
        if (f is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            f.ReportError(DiagnosticCodes.BadValue, f.SpanOf(Keys.BaseUrl), $"'base_url' must be an absolute http(s) address such as https://example.org/summit/, not '{baseUrl}'");
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
            AsOf = f?.Date(Keys.AsOf),
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
        };
    }

    /// <summary>Reads every *.md of one folder; a file's slug is its name unless its front matter sets 'slug'.</summary>
    public ImmutableArray<T> ReadFolder<T>(string folder, Func<string, FrontMatterDocument, T> read) where T : class
    {
        var dir = Path.Combine(contentDir, folder);
        if (!Directory.Exists(dir)) return [];
        var files = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal);
        var items = ImmutableArray.CreateBuilder<T>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in files)
        {
            var display = DisplayPath(full);
            var (item, slug, slugSpan) = ReadFile(full, display, read);
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
        }
        return items.ToImmutable();
    }

    /// <summary>Lets the cache forget files that were not seen in this load (deleted or renamed).</summary>
    public void TrimCache() => cache?.KeepOnly(_seenFiles);

    /// <summary>Reads and parses one file, or reuses what the cache holds for it when the file has not changed.</summary>
    private (T? Item, string? Slug, SourceSpan SlugSpan) ReadFile<T>(string full, string display, Func<string, FrontMatterDocument, T> read) where T : class
    {
        _seenFiles.Add(full);
        var info = new FileInfo(full);
        if (cache is not null && cache.TryGet(info, out var cached))
        {
            if (cached.Text is not null) bag.RememberSource(display, cached.Text);
            bag.AddRange(cached.Diagnostics);
            return ((T?)cached.Item, cached.Slug, cached.SlugSpan);
        }

        // Each file's diagnostics are collected apart so the cache can replay them when the file is unchanged.
        var fileBag = new DiagnosticBag();
        var raw = ReadText(full, display, fileBag);
        var text = raw is null ? null : FrontMatterDocument.NormaliseText(raw);
        var doc = text is null ? null : FrontMatterDocument.Parse(display, text, fileBag);
        if (text is not null) bag.RememberSource(display, text);
        string? slug = null;
        T? item = null;
        var slugSpan = SourceSpan.StartOf(display);
        if (doc is not null)
        {
            slug = doc.Fields.String(Keys.Slug) ?? Path.GetFileNameWithoutExtension(full);
            if (doc.Fields.Has(Keys.Slug)) slugSpan = doc.Fields.SpanOf(Keys.Slug);
            item = read(slug, doc);
        }
        var diagnostics = fileBag.ToImmutable();
        bag.AddRange(diagnostics);
        cache?.Set(info, new ContentCache.Entry(info.Length, info.LastWriteTimeUtc, text, item, slug, slugSpan, diagnostics));
        return (item, slug, slugSpan);
    }

    private string? ReadText(string full, string display, DiagnosticBag? into = null) =>
        SiteFileReader.ReadText(full, contentDir, display, into ?? bag);
}
