using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>
/// Turns a rendered page's site-rooted links ("/story/people/x/") into links relative to the page
/// ("../../people/x/index.html"), for relative_urls. Done on the finished HTML, so templates, Markdown bodies and partials
/// all follow without each knowing the mode. Folder links name their index.html because file:// shows no folder's index.
/// </summary>
public static partial class RelativeLinks
{
    // Only attributes whose value is an address; values are quoted by every template and by the Markdown renderer.
    [GeneratedRegex("""(?<=\s(?:href|src|action|data-search-index)=")(/[^"]*)(?=")""", RegexOptions.CultureInvariant)]
    private static partial Regex AddressAttribute();

    /// <param name="html">The page as rendered.</param>
    /// <param name="outputPath">Where the page is written under output/ ("people/x/index.html").</param>
    /// <param name="urls">The site's address scheme: only links under its sub-path are the site's own.</param>
    public static string Rewrite(string html, string outputPath, SiteUrls urls) =>
        AddressAttribute().Replace(html, m => Relative(m.Value, outputPath, urls));

    /// <summary>A site path made relative to the file at <paramref name="fromOutputPath"/>; paths off the site are left alone.</summary>
    public static string Relative(string sitePath, string fromOutputPath, SiteUrls urls)
    {
        if (sitePath.StartsWith("//", StringComparison.Ordinal)) return sitePath;
        var cut = sitePath.IndexOfAny(['#', '?']);
        var path = cut >= 0 ? sitePath[..cut] : sitePath;
        var suffix = cut >= 0 ? sitePath[cut..] : "";
        if (urls.UnderBase(path) is not { } target) return sitePath;
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        // A link to an anchor on the page itself stays just the anchor.
        if (target == fromOutputPath && suffix.StartsWith('#')) return suffix;
        var depth = fromOutputPath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + target + suffix;
    }
}
