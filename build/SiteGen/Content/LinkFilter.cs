using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Which link and image addresses in Markdown may go live: http, https, mailto, and addresses without a scheme
/// (relative paths and #fragments). Bodies come from scraped pages, so anything else (javascript:, data:, vbscript:,
/// file:...) is shown as its text. Rendering and the loader's report both ask this one type, over Markdig's own link
/// model, so what is reported is exactly what is neutralised.
/// </summary>
public static class LinkFilter
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Whether an address may be a live link.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore leading spaces and controls and drop tabs and line breaks anywhere before reading the scheme:
        // "java\tscript:" is javascript:. Read the address the way they do.
        var compact = string.Concat(url.Where(c => c is not ('\t' or '\n' or '\r'))).TrimStart(LeadingIgnored);
        foreach (var (c, i) in compact.Select((c, i) => (c, i)))
        {
            if (c is '/' or '?' or '#') return true;
            // Anything before the first ':' is a scheme to a browser, or is refused here: only the allowed ones pass.
            if (c == ':') return AllowedSchemes.Any(s => compact.AsSpan(0, i).Equals(s, StringComparison.OrdinalIgnoreCase));
        }
        return true;
    }

    /// <summary>Whether an allowed address leads to another site (http or https on another host), so it gets rel="noopener noreferrer".</summary>
    public static bool IsExternal(string url, string siteHost)
    {
        var absolute = url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url.Trim();
        return TryParse(absolute, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && !string.Equals(uri.Host, siteHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> for text from content: System.Uri throws on some addresses it
    /// should refuse (an IndexOutOfRangeException for "https://" followed by a right-to-left override), so a throw is a refusal.
    /// </summary>
    public static bool TryParse(string? text, UriKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Refusing((out Uri? u) => Uri.TryCreate(text, kind, out u), out uri);

    /// <inheritdoc cref="TryParse(string?, UriKind, out Uri?)"/>
    public static bool TryParse(Uri baseUri, string? relative, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Refusing((out Uri? u) => Uri.TryCreate(baseUri, relative, out u), out uri);

    private delegate bool UriParse(out Uri? uri);

    private static bool Refusing(UriParse parse, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        try
        {
            return parse(out uri);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or FormatException or InvalidOperationException)
        {
            uri = null;
            return false;
        }
    }

    /// <summary>The links, images and autolinks of a document whose address is not allowed, in document order.</summary>
    public static List<Inline> UnsafeLinks(MarkdownDocument document) =>
        [.. document.Descendants().OfType<Inline>().Where(i => AddressOf(i) is { } url && !IsAllowed(url))];

    /// <summary>The address a link, image or autolink points at; null for any other inline.</summary>
    public static string? AddressOf(Inline inline) => inline switch
    {
        LinkInline link => link.Url ?? "",
        AutolinkInline auto => auto.IsEmail ? "mailto:" + auto.Url : auto.Url,
        _ => null,
    };

    /// <summary>Replaces every link the filter refuses by its text (an image by its alt text), so nothing of its address is live.</summary>
    public static void RenderUnsafeLinksAsText(MarkdownDocument document)
    {
        foreach (var inline in UnsafeLinks(document))
        {
            switch (inline)
            {
                case AutolinkInline auto:
                    Replace(auto, [new LiteralInline(auto.Url)]);
                    break;
                case LinkInline link:
                    List<Inline> children = [.. link];
                    foreach (var child in children) child.Remove();
                    Replace(link, children);
                    break;
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="replacement"/> where <paramref name="inline"/> was by rebuilding its parent's list of children:
    /// Markdig's InsertBefore leaves a sibling link unset, which can drop or revive neighbours.
    /// </summary>
    private static void Replace(Inline inline, List<Inline> replacement)
    {
        if (inline.Parent is not { } parent) return;
        List<Inline> siblings = [.. parent];
        foreach (var child in siblings) child.Remove();
        foreach (var child in siblings)
        {
            if (!ReferenceEquals(child, inline)) parent.AppendChild(child);
            else foreach (var r in replacement) parent.AppendChild(r);
        }
    }

    private static readonly char[] LeadingIgnored = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
