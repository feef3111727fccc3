using System.Collections.Frozen;
using System.Globalization;

namespace SiteGen.Content;

/// <summary>
/// The site's address scheme in one place, made once from base_url when site.yaml is read: pretty URLs under base_url's
/// sub-path, the file each one is written to, and the absolute address readers and feeds use.
/// </summary>
public sealed class SiteUrls
{
    public const string TimelineSection = "timeline";
    public const string PeopleSection = "people";
    public const string AnalysisSection = "analysis";
    public const string ArticlesSection = "articles";
    public const string SearchSection = "search";

    /// <summary>
    /// The top-level names the site's own pages and files take, with what is there. A free page is published at /slug/,
    /// so it cannot take one (<see cref="ReservedNames"/>): a new kind of page at a new top-level name adds it here.
    /// </summary>
    public static readonly FrozenDictionary<string, string> GeneratedNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TimelineSection] = "the timeline page (timeline/index.html)",
        [PeopleSection] = "the people index (people/index.html)",
        [AnalysisSection] = "the analysis index (analysis/index.html)",
        [ArticlesSection] = "the articles index (articles/index.html)",
        [SearchSection] = "the search page (search/index.html)",
        ["assets"] = "the stylesheets and scripts (assets/)",
        ["404"] = "the not-found page (404.html)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private SiteUrls(string baseUrl, string basePath, string host)
    {
        BaseUrl = baseUrl;
        BasePath = basePath;
        Host = host;
    }

    /// <param name="baseUrl">base_url as checked by the loader: an absolute http(s) address ending in '/'.</param>
    public static SiteUrls From(string baseUrl)
    {
        var parsed = LinkFilter.TryParse(baseUrl, UriKind.Absolute, out var uri);
        var path = parsed ? uri!.AbsolutePath : "/";
        return new SiteUrls(baseUrl, path.EndsWith('/') ? path : path + "/", parsed ? uri!.Host : "");
    }

    /// <summary>base_url itself, ending in '/': "https://example.org/story/".</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of base_url, always starting and ending with '/': "/" or "/story/".</summary>
    public string BasePath { get; }

    /// <summary>base_url's host: links to any other host lead off the site.</summary>
    public string Host { get; }

    public string Home => BasePath;
    public string Timeline => BasePath + TimelineSection + "/";

    /// <summary>The timeline without the site's header and footer, for an iframe on another site.</summary>
    public string TimelineEmbed => Timeline + "embed/";
    public string People => BasePath + PeopleSection + "/";
    public string Analyses => BasePath + AnalysisSection + "/";
    public string Articles => BasePath + ArticlesSection + "/";
    public string Search => BasePath + SearchSection + "/";
    public string Feed => BasePath + "feed.xml";
    public string Sitemap => BasePath + "sitemap.xml";
    public string SearchIndex => BasePath + "search/manifest.json";
    public string NotFound => BasePath + "404.html";
    public string Person(string slug) => People + slug + "/";
    public string Analysis(string slug) => Analyses + slug + "/";
    public string Article(string slug) => Articles + slug + "/";
    public string Page(string slug) => BasePath + slug + "/";
    public string Event(string slug) => Timeline + "#" + slug;
    public string Paragraph(string article, int number) => Article(article) + "#" + ParagraphId(number);
    public string Asset(string publishedPath) => BasePath + publishedPath;

    /// <summary>The anchor of an article's numbered paragraph: "p7".</summary>
    public static string ParagraphId(int number) => "p" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The absolute address of a site path, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string sitePath) => BaseUrl + sitePath[BasePath.Length..];

    /// <summary>The address of an output file, as readers use it: "people/x/index.html" → "/story/people/x/"; other files keep their name.</summary>
    public string PathOf(string outputPath) =>
        BasePath + (outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    /// <summary>
    /// The file a static host answers with for a path under the base ("people/x/" is "people/x/index.html"), and whether
    /// the path lacks the slash of a folder page ("people/x"), which a host answers by redirecting to "people/x/".
    /// Null when there is no such file. The preview server and the link checker both answer as a host would.
    /// </summary>
    public static (string? File, bool MissingSlash) HostedFile(string underBase, Func<string, bool> exists)
    {
        var path = underBase.Length == 0 || underBase.EndsWith('/') ? underBase + "index.html" : underBase;
        if (exists(path)) return (path, false);
        return !Path.HasExtension(path) && exists(path + "/index.html") ? (path + "/index.html", true) : (null, false);
    }

    /// <summary>The output file for a pretty URL: "/story/people/x/" → "people/x/index.html".</summary>
    public string OutputPath(string sitePath) => sitePath[BasePath.Length..] + "index.html";

    /// <summary>
    /// A link as editors write it ("/people/x/", as the site shows it) turned into its published path under the sub-path;
    /// other links are left alone. Content never depends on where the site is hosted.
    /// </summary>
    public string Published(string written) =>
        written.StartsWith('/') && !written.StartsWith("//", StringComparison.Ordinal) ? BasePath + written.TrimStart('/') : written;

    /// <summary>The reverse of <see cref="Published"/> for a path under the sub-path: "/story/people/x/" → "/people/x/".</summary>
    public string Written(string published) =>
        BasePath != "/" && published.StartsWith(BasePath, StringComparison.Ordinal) ? "/" + published[BasePath.Length..] : published;

    /// <summary>The part of a path after the sub-path ("people/x/"), or null when the path is not under it.</summary>
    public string? UnderBase(string path) =>
        path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path + "/" == BasePath ? "" : null;
}
