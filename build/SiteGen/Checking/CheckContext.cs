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
    private readonly TemplateLineFinder _templateLines;
    private readonly Lazy<string[]> _templateSourcePaths;

    public CheckContext(CheckInput input)
    {
        var (content, files) = (input.Content, input.Files);
        Content = content;
        Files = files.ToFrozenDictionary(f => f.Path, f => f, StringComparer.Ordinal);
        _sources = input.Sources.SetItems(input.TemplateSources);
        _templateLines = new TemplateLineFinder(input.TemplateSources);
        _templateSourcePaths = new Lazy<string[]>(() => [.. input.TemplateSources.Keys.Order(StringComparer.Ordinal)]);
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

    /// <summary>
    /// Where an editor should fix a link written in a page: the first link in the content with the same address, else
    /// the template line that wrote it, else the page's template. Never the built page: output/ is replaced by every build.
    /// </summary>
    private (SourceSpan Span, bool InContent) Locate(PageLink link)
    {
        var (page, attribute) = (link.From, link.Attribute);
        // Content links are written site-absolute ("/people/x/") and gain the base path when rendered: look for both forms.
        var written = Urls.Written(attribute.Value);
        if (attribute.Value.Length > 0)
        {
            foreach (var source in Content.AllLinks)
            {
                if (source.Address == written || source.Address == attribute.Value) return (source.Span, true);
                // In relative_urls mode the page holds the link as made relative to itself.
                if (Content.Site.RelativeUrls && source.Address.StartsWith('/') && RelativeLinks.Relative(Urls.Published(source.Address), page.Path, Urls) == attribute.Value)
                    return (source.Span, true);
            }
        }
        string[] values = link.TargetPath is { } target ? [attribute.Value, Urls.PathOf(target) + (link.Fragment is { } f ? "#" + f : "")] : [attribute.Value];
        return (_templateLines.Find(attribute.Name, values, TemplateLineFinder.TemplateOf(page.Path)) ?? TemplateOf(page.Path), false);
    }

    /// <summary>The start of the template a built page is made with, for a finding about the page as a whole.</summary>
    public SourceSpan TemplateOf(string pagePath)
    {
        var name = TemplateLineFinder.TemplateOf(pagePath) + TemplateSet.Extension;
        var path = _templateSourcePaths.Value.FirstOrDefault(p => p.EndsWith("/" + name, StringComparison.Ordinal)) ?? "templates/" + name;
        return SourceSpan.StartOf(path);
    }

    // Stands in a finding's message for the pages a template's link appears on, until every rule has run.
    private const string PagesPlaceholder = "\u0000pages\u0000";
    // By place: in relative_urls mode one template line writes a different link text on each page, and is still one finding.
    private readonly Dictionary<(Severity Severity, string Code, SourceSpan Span), SortedDictionary<string, string>> _templateFindings = [];

    /// <summary>
    /// Reports a problem with a link of a built page: at the content file that holds it, or, for a template's link, once
    /// per template line with the pages it appears on (a footer's broken link is one finding, not one per page).
    /// </summary>
    /// <param name="bag">Receives the finding.</param>
    /// <param name="severity">How bad it is.</param>
    /// <param name="code">Its stable code.</param>
    /// <param name="link">The link it is about.</param>
    /// <param name="message">The message, given where the link was written (" (written by a template into ...)", or "").</param>
    public void ReportLink(DiagnosticBag bag, Severity severity, string code, PageLink link, Func<string, string> message)
    {
        var (span, inContent) = Locate(link);
        if (inContent)
        {
            Report(bag, severity, code, span, message(""));
            return;
        }
        var key = (severity, code, span);
        if (!_templateFindings.TryGetValue(key, out var pages)) _templateFindings[key] = pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        pages[Urls.PathOf(link.From.Path)] = message(PagesPlaceholder);
    }

    /// <summary>Adds the template findings <see cref="ReportLink"/> gathered; called once, after every rule.</summary>
    public void ReportTemplateFindings(DiagnosticBag bag)
    {
        foreach (var ((severity, code, span), pages) in _templateFindings)
        {
            var (first, message) = pages.First();
            var where = pages.Count == 1 ? $" (written by a template into the page {first})" : $" (written by a template into {pages.Count} pages, such as {first})";
            Report(bag, severity, code, span, message.Replace(PagesPlaceholder, where, StringComparison.Ordinal));
        }
        _templateFindings.Clear();
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
                // An absolute link to the published address is internal too; one elsewhere on the same host (the newsroom's
                // own reporting, outside the explainer's sub-path) is another site's page, which check cannot see.
                if (LinkFilter.TryParse(value, UriKind.Absolute, out var absolute) && Uri.TryCreate(Urls.BaseUrl, UriKind.Absolute, out var published)
                    && absolute.Scheme is "http" or "https" && string.Equals(absolute.Authority, published.Authority, StringComparison.OrdinalIgnoreCase))
                {
                    if (Urls.UnderBase(absolute.AbsolutePath) is null) continue;
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
