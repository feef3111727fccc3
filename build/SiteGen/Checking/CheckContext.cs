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
    private readonly Lazy<IReadOnlyList<PageLink>> _links;
    private readonly Lazy<List<(string Path, string Text)>> _contentFiles;

    public CheckContext(SiteContent content, ImmutableArray<OutputFile> files, BuildOptions options)
    {
        Content = content;
        Files = files.ToFrozenDictionary(f => f.Path, f => f, StringComparer.Ordinal);
        Options = options;
        DisplayRoot = options.DisplayRoot ?? Directory.GetParent(System.IO.Path.GetFullPath(options.ContentDir))?.FullName ?? ".";
        BasePath = content.Site.BasePath;
        Urls = new SiteUrls(content.Site.BasePath, content.Site.BaseUrl);
        Pages = [.. files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => new BuiltPage(f.Path, HtmlScanner.Scan(Encoding.UTF8.GetString(f.Content))))];
        _links = new Lazy<IReadOnlyList<PageLink>>(ResolveLinks);
        _contentFiles = new Lazy<List<(string, string)>>(ReadContentFiles);
    }

    public SiteContent Content { get; }

    public FrozenDictionary<string, OutputFile> Files { get; }

    public ImmutableArray<BuiltPage> Pages { get; }

    public BuildOptions Options { get; }

    public string DisplayRoot { get; }

    public string BasePath { get; }

    /// <summary>The site's address scheme, to name a built page by the address readers use.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Every internal link (href, src and form action under the base path, and same-page fragments) of every page.</summary>
    public IReadOnlyList<PageLink> Links => _links.Value;

    /// <summary>Whether the built site answers at this path, as the server and a static host would ("x/" is "x/index.html").</summary>
    public string? ExistingTarget(string path)
    {
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (Files.ContainsKey(path)) return path;
        return !System.IO.Path.HasExtension(path) && Files.ContainsKey(path + "/index.html") ? path + "/index.html" : null;
    }

    /// <summary>How a built page is named in a report: its path under the output folder, which check does not write.</summary>
    public string OutputDisplayPath(string path) =>
        System.IO.Path.GetRelativePath(DisplayRoot, System.IO.Path.Combine(Options.OutputDir, path)).Replace('\\', '/');

    /// <summary>
    /// Where an editor should fix a link written in a page: the first content file holding the same text,
    /// else the built page itself (the link then came from a template).
    /// </summary>
    public (SourceSpan Span, bool InContent) Locate(BuiltPage page, HtmlAttribute attribute)
    {
        // Content links are written site-absolute ("/people/x/") and gain the base path when rendered: look for both forms.
        var written = attribute.Value.StartsWith(BasePath, StringComparison.Ordinal) && BasePath != "/"
            ? "/" + attribute.Value[BasePath.Length..]
            : attribute.Value;
        foreach (var (path, text) in _contentFiles.Value)
        {
            var index = FindLinkText(text, written);
            if (index < 0 && written != attribute.Value) index = FindLinkText(text, attribute.Value);
            if (index < 0 || attribute.Value.Length == 0) continue;
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
            if (index == 0) column = 1;
            return (SourceSpan.At(path, line, column), true);
        }
        return (SourceSpan.At(OutputDisplayPath(page.Path), attribute.Line, attribute.Column), false);
    }

    /// <summary>Where a link's address appears in Markdown: inside "(...)" or after "]: ", not as part of a longer address.</summary>
    private static int FindLinkText(string text, string address)
    {
        for (var at = text.IndexOf(address, StringComparison.Ordinal); at >= 0; at = text.IndexOf(address, at + 1, StringComparison.Ordinal))
        {
            var end = at + address.Length;
            var before = at > 0 ? text[at - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            if (before is '(' or ' ' or '<' or '"' or '\n' && after is ')' or ' ' or '>' or '"' or '\n') return at;
        }
        return -1;
    }

    /// <summary>The span of a top-level front-matter key such as "date" in a content file, or the file's start.</summary>
    public SourceSpan SpanOfKey(SourceSpan origin, string key)
    {
        var lines = Lines(origin.Path);
        if (lines is null) return origin;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "---") break;
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                var value = lines[i].IndexOf(':') + 1;
                while (value < lines[i].Length && lines[i][value] == ' ') value++;
                return SourceSpan.At(origin.Path, i + 1, value + 1);
            }
        }
        return origin;
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
        var full = System.IO.Path.Combine(DisplayRoot, displayPath);
        if (File.Exists(full)) lines = FrontMatterDocument.NormaliseText(File.ReadAllText(full)).Split('\n');
        else
        {
            // A built page that check did not write: quote it from memory.
            var relative = System.IO.Path.GetRelativePath(Options.OutputDir, full).Replace('\\', '/');
            if (Files.TryGetValue(relative, out var file)) lines = Encoding.UTF8.GetString(file.Content).Split('\n');
        }
        _sourceLines[displayPath] = lines;
        return lines;
    }

    private List<(string, string)> ReadContentFiles()
    {
        // The same files the loader reads, and no others: a recursive walk could follow a symlink out of content/ (or round in a loop).
        string[] folders = [Options.ContentDir, .. new[] { SiteLoader.ArticlesFolder, SiteLoader.PeopleFolder, SiteLoader.TimelineFolder, SiteLoader.AnalysisFolder, SiteLoader.PagesFolder }
            .Select(f => System.IO.Path.Combine(Options.ContentDir, f))];
        return [.. folders.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*.md"))
            .Order(StringComparer.Ordinal)
            .Select(f => (System.IO.Path.GetRelativePath(DisplayRoot, f).Replace('\\', '/'), FrontMatterDocument.NormaliseText(File.ReadAllText(f))))];
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
                if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && Uri.TryCreate(Content.Site.BaseUrl, UriKind.Absolute, out var published)
                    && absolute.Scheme is "http" or "https" && string.Equals(absolute.Authority, published.Authority, StringComparison.OrdinalIgnoreCase))
                {
                    value = absolute.PathAndQuery + absolute.Fragment;
                }
                if (!Uri.TryCreate(pageUri, value, out var target) || target.Host != SiteRoot.Host || target.Scheme != SiteRoot.Scheme) continue;
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
                if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath)
                {
                    links.Add(new PageLink(page, attribute, null, fragment)); // leaves the site's sub-path: broken when published
                    continue;
                }
                links.Add(new PageLink(page, attribute, path.Length < BasePath.Length ? "" : path[BasePath.Length..], fragment));
            }
        }
        return links;
    }
}
