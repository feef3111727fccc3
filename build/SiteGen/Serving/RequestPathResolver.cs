using SiteGen.Content;

namespace SiteGen.Serving;

/// <summary>What the preview server does with one request path.</summary>
public enum PathOutcome
{
    /// <summary>Serve <see cref="PathResolution.FilePath"/> from the built site.</summary>
    File,

    /// <summary>Send the browser to <see cref="PathResolution.Location"/> (the base path, or a folder's trailing slash).</summary>
    Redirect,

    /// <summary>The path tries to leave the site (dot segments, backslashes, encoded tricks): answer 400.</summary>
    BadRequest,

    /// <summary>A well-formed path with no file behind it: answer with the site's 404 page.</summary>
    NotFound,
}

/// <summary>The decision for one request path, with the reason when it is refused.</summary>
public readonly record struct PathResolution(PathOutcome Outcome, string? FilePath = null, string? Location = null, string? Reason = null)
{
    public static PathResolution Bad(string reason) => new(PathOutcome.BadRequest, Reason: reason);

    public static PathResolution Missing => new(PathOutcome.NotFound);
}

/// <summary>
/// Maps a raw request target to a file of the built site, refusing anything that could name a file outside it.
/// Works on the raw target, before the server's own normalisation, so that "/a/../b" is refused rather than silently served as "/b".
/// </summary>
public static class RequestPathResolver
{
    /// <param name="rawTarget">The request target exactly as the client sent it (path and optional query).</param>
    /// <param name="urls">The site's address scheme: it is served under base_url's sub-path ("/" or "/story/").</param>
    /// <param name="exists">Whether the built site holds a file at this '/'-separated relative path.</param>
    public static PathResolution Resolve(string rawTarget, SiteUrls urls, Func<string, bool> exists)
    {
        var queryAt = rawTarget.IndexOfAny(['?', '#']);
        var rawPath = queryAt >= 0 ? rawTarget[..queryAt] : rawTarget;
        var query = queryAt >= 0 && rawTarget[queryAt] == '?' ? rawTarget[queryAt..] : "";

        if (!rawPath.StartsWith('/')) return PathResolution.Bad("the path must start with '/'");
        if (rawPath.Contains('\\') || rawPath.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return PathResolution.Bad("backslashes are not allowed in paths");

        string path;
        try
        {
            path = Uri.UnescapeDataString(rawPath);
        }
        catch (UriFormatException)
        {
            return PathResolution.Bad("the path is not correctly percent-encoded");
        }

        // A '%' left after one round of decoding means double encoding ("%252e%252e"): no file of the site needs it,
        // and a component further down might decode it again.
        if (path.Contains('%')) return PathResolution.Bad("the path is encoded twice");
        if (path.Any(c => char.IsControl(c) || c == '\\')) return PathResolution.Bad("the path holds control characters or backslashes");

        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or "..") return PathResolution.Bad("'.' and '..' segments are not allowed");
            if (segment.Length == 0 && i < segments.Length - 1) return PathResolution.Bad("empty segments ('//') are not allowed");
            if (segment.Contains(':')) return PathResolution.Bad("':' is not allowed in a path segment");
        }

        var basePath = urls.BasePath;
        if (basePath != "/" && (path == "/" || path + "/" == basePath)) return new PathResolution(PathOutcome.Redirect, Location: basePath + query);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return PathResolution.Missing;

        var (file, missingSlash) = SiteUrls.HostedFile(urls.UnderBase(path)!, exists);
        if (file is null) return PathResolution.Missing;
        // "/story/people" for a folder page: redirect to the slash form so the page's relative links resolve as published.
        return missingSlash ? new PathResolution(PathOutcome.Redirect, Location: rawPath + "/" + query) : new PathResolution(PathOutcome.File, FilePath: file);
    }
}
