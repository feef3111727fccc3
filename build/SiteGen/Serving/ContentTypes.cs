using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Serving;

/// <summary>The Content-Type header for a file of the built site, with a charset wherever the browser would otherwise guess one.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static string For(string path)
    {
        if (!Known.TryGetContentType(path, out var type)) return "application/octet-stream";
        // Everything SiteGen writes as text is UTF-8; saying so stops the browser guessing from the first bytes.
        var isText = type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json" or "application/rss+xml" or "application/atom+xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
