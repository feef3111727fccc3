namespace SiteGen.Rendering;

/// <summary>The site's address scheme in one place: pretty URLs under base_url's sub-path, and the file each one is written to.</summary>
public sealed class SiteUrls(string basePath, string baseUrl)
{
    public string BasePath { get; } = basePath;

    public string Home => BasePath;
    public string Timeline => BasePath + "timeline/";
    public string People => BasePath + "people/";
    public string Analyses => BasePath + "analysis/";
    public string Articles => BasePath + "articles/";
    public string Search => BasePath + "search/";
    public string Person(string slug) => People + slug + "/";
    public string Analysis(string slug) => Analyses + slug + "/";
    public string Article(string slug) => Articles + slug + "/";
    public string Page(string slug) => BasePath + slug + "/";
    public string Event(string slug) => Timeline + "#" + slug;
    public string Paragraph(string article, int number) => Article(article) + "#" + MarkdownRenderer.ParagraphId(number);
    public string Asset(string name) => BasePath + "assets/" + name;

    /// <summary>The absolute address of a site path, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string sitePath) => baseUrl + sitePath[BasePath.Length..];

    /// <summary>The address of an output file, as readers use it: "people/x/index.html" → "/summit/people/x/"; other files keep their name.</summary>
    public string PathOf(string outputPath) =>
        BasePath + (outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    /// <summary>The output file for a pretty URL: "/summit/people/x/" → "people/x/index.html".</summary>
    public string OutputPath(string sitePath) => sitePath[BasePath.Length..] + "index.html";
}
