using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Pipeline;
using SiteGen.Rendering;

namespace SiteGen.Tests.Support;

/// <summary>A build's files in memory with their parsed HTML, for tests that read pages as a browser would.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IHtmlDocument> _documents = new(StringComparer.Ordinal);

    public BuiltSite(BuildResult result)
    {
        Result = result;
        Files = result.Files.ToImmutableDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }

    public BuildResult Result { get; }
    public ImmutableDictionary<string, byte[]> Files { get; }

    public string BaseUrl => Result.Content!.Site.BaseUrl;

    /// <summary>The address a reader uses for an output file: "people/x/index.html" → base_url + "people/x/".</summary>
    public string UrlOf(string path)
    {
        var urls = Result.Content!.Site.Urls;
        return urls.Absolute(urls.PathOf(path));
    }

    public IEnumerable<string> Pages => Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static BuiltSite Render(BuildOptions options)
    {
        var result = new Site(options).Render();
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
        return new BuiltSite(result);
    }

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public IHtmlDocument Document(string path)
    {
        if (!_documents.TryGetValue(path, out var document))
        {
            document = Parser.ParseDocument(Text(path));
            _documents[path] = document;
        }
        return document;
    }

    /// <summary>Maps a site path under <paramref name="basePath"/> to the output file a static host would serve for it.</summary>
    public string? FileFor(string sitePath, string basePath)
    {
        if (!sitePath.StartsWith(basePath, StringComparison.Ordinal)) return null;
        var relative = sitePath[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return Files.ContainsKey(relative) ? relative : null;
    }
}
