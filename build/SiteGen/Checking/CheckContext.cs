using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Checking;

/// <summary>A built page's links and anchors, read once and shared by every rule.</summary>
public sealed class BuiltPage(string path, List<HtmlAttribute> attributes)
{
    /// <summary>The page's path under output/, such as "people/jane-doe/index.html".</summary>
    public string Path { get; } = path;

    public List<HtmlAttribute> Attributes { get; } = attributes;

    /// <summary>Every fragment a link may point at: id attributes, and name on &lt;a&gt;.</summary>
    public FrozenSet<string> Anchors { get; } = attributes
        .Where(a => a.Name == "id" || (a.Name == "name" && a.Tag == "a"))
        .Select(a => a.Value)
        .ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>A link found in a built page, resolved against the page's own address.</summary>
public sealed record PageLink(BuiltPage From, HtmlAttribute Attribute, string? TargetPath, string? Fragment);

/// <summary>What every check rule reads: the loaded content, the built pages, and where to point an editor for each problem.</summary>
public sealed class CheckContext
{
    private static readonly Uri SiteRoot = new("http://site.invalid/");
    private readonly Dictionary<string, string[]?> _sourceLines = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, string> _sources;
    private readonly string _outputDir;
    private readonly Lazy<IReadOnlyList<PageLink>> _links;

    public CheckContext(CheckInput input)
    {
        var (content, files) = (input.Content, input.Files);
        Content = content;
        Files = files.ToFrozenDictionary(f => f.Path, f => f, StringComparer.Ordinal);
        _sources = input.Sources;
        _outputDir = input.OutputDir;
        DisplayRoot = input.DisplayRoot;
        Urls = content.Site.Urls;
        Pages = [.. files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => new BuiltPage(f.Path, HtmlScanner.Scan(Encoding.UTF8.GetString(f.Content))))];
        _links = new Lazy<IReadOnlyList<PageLink>>(ResolveLinks);
    }

    public SiteContent Content { get; }

    public FrozenDictionary<string, OutputFile> Files { get; }

    public ImmutableArray<BuiltPage> Pages { get; }

    public string DisplayRoot { get; }

    /// <summary>The site's address scheme, to name a built page by the address readers use.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Every internal link (href, src and form action under the base path, and same-page fragments) of every page.</summary>
    public IReadOnlyList<PageLink> Links => _links.Value;

    /// <summary>Whether the built site answers at this path, as the server and a static host would ("x/" is "x/index.html").</summary>
    public string? ExistingTarget(string path) => SiteUrls.HostedFile(path, Files.ContainsKey).File;

    /// <summary>How a built page is named in a report: its path under the output folder, which check does not write.</summary>
    public string OutputDisplayPath(string path) =>
        System.IO.Path.GetRelativePath(DisplayRoot, System.IO.Path.Combine(_outputDir, path)).Replace('\\', '/');

    /// <summary>
    /// Where an editor should fix a link written in a page: the first link in the content with the same address,
    /// else the built page itself (the link then came from a template).
    /// </summary>
    public (SourceSpan Span, bool InContent) Locate(BuiltPage page, HtmlAttribute attribute)
    {
        // Content links are written site-absolute ("/people/x/") and gain the base path when rendered: look for both forms.
        var written = Urls.Written(attribute.Value);
        if (attribute.Value.Length > 0)
        {
            foreach (var link in Content.AllLinks)
            {
                if (link.Address == written || link.Address == attribute.Value) return (link.Span, true);
                // In relative_urls mode the page holds the link as made relative to itself.
                if (Content.Site.RelativeUrls && link.Address.StartsWith('/') && RelativeLinks.Relative(Urls.Published(link.Address), page.Path, Urls) == attribute.Value)
                    return (link.Span, true);
            }
        }
        return (SourceSpan.At(OutputDisplayPath(page.Path), attribute.Line, attribute.Column), false);
    }

    /// <summary>Adds a problem, quoting its source line when the file is at hand.</summary>
    public void Report(DiagnosticBag bag, Severity severity, string code, SourceSpan span, string message)
    {
        var lines = Lines(span.Path);
        var line = lines is not null && span.Line >= 1 && span.Line <= lines.Length ? lines[span.Line - 1].TrimEnd('\r') : null;
        bag.Add(new Diagnostic(severity, code, span, message) { SourceLine = line });
    }

    private string[]? Lines(string displayPath)
    {
        if (_sourceLines.TryGetValue(displayPath, out var cached)) return cached;
        string[]? lines = null;
        if (_sources.TryGetValue(displayPath, out var text)) lines = text.Split('\n');
        else
        {
            // A built page that check did not write: quote it from memory.
            var relative = System.IO.Path.GetRelativePath(_outputDir, System.IO.Path.Combine(DisplayRoot, displayPath)).Replace('\\', '/');
            if (Files.TryGetValue(relative, out var file)) lines = Encoding.UTF8.GetString(file.Content).Split('\n');
        }
        _sourceLines[displayPath] = lines;
        return lines;
    }

    private List<PageLink> ResolveLinks()
    {
        var links = new List<PageLink>();
        foreach (var page in Pages)
        {
            var pageUri = new Uri(SiteRoot, Urls.PathOf(page.Path));
            foreach (var attribute in page.Attributes)
            {
                // A GET form navigates like a link (the header's search box is how readers reach the search page).
                var isLink = attribute.Name is "href" or "src" || (attribute.Name == "action" && attribute.Tag == "form");
                if (!isLink || attribute.Tag is "base") continue;
                var value = attribute.Value.Trim();
                if (value.Length == 0) continue;
                // An absolute link to the published address is internal too.
                if (LinkFilter.TryParse(value, UriKind.Absolute, out var absolute) && Uri.TryCreate(Urls.BaseUrl, UriKind.Absolute, out var published)
                    && absolute.Scheme is "http" or "https" && string.Equals(absolute.Authority, published.Authority, StringComparison.OrdinalIgnoreCase))
                {
                    value = absolute.PathAndQuery + absolute.Fragment;
                }
                if (!LinkFilter.TryParse(pageUri, value, out var target) || target.Host != SiteRoot.Host || target.Scheme != SiteRoot.Scheme) continue;
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
                // A null target leaves the site's sub-path: broken when published.
                links.Add(new PageLink(page, attribute, Urls.UnderBase(path), fragment));
            }
        }
        return links;
    }
}
