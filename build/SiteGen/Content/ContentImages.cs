using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// An image file of content/, read once at load: where it is ("images/map.png", from content/), its bytes, its size in
/// CSS pixels (null only for an SVG without one), and where it is published, with a content hash in its name
/// ("images/map.3f9a1c2b7d.png") so hosts may cache it for ever and a changed image never shows stale.
/// </summary>
public sealed record ContentImage(string ContentPath, ImageFormat Format, byte[] Bytes, int? Width, int? Height, string PublishedPath);

/// <summary>An image named in front matter (<c>image:</c>, with <c>image_alt:</c>), as written and where.</summary>
public sealed record ImageField(string Written, string? Alt, SourceSpan Span)
{
    /// <summary>The <c>image:</c> and <c>image_alt:</c> fields of a file, or null when it names no image.</summary>
    public static ImageField? Read(FieldReader f) =>
        f.String(FrontMatterKeys.Image) is { } written && written.Trim().Length > 0
            ? new ImageField(written.Trim(), f.String(FrontMatterKeys.ImageAlt), f.SpanOf(FrontMatterKeys.Image))
            : null;
}

/// <summary>Every image of content/, by its path under content/, and the one rule for finding the image an address names.</summary>
public sealed class ContentImages
{
    /// <summary>A photo for an explainer is well under this; a bigger file is a mistake (an unexported original, a video).</summary>
    public const long MaxImageBytes = 20 * 1024 * 1024;

    public static readonly ContentImages Empty = new(ImmutableSortedDictionary<string, ContentImage>.Empty.WithComparers(StringComparer.Ordinal), [], []);

    private readonly ImmutableSortedDictionary<string, ContentImage> _images;
    // Every other file of content/, so an image address naming one ("notes.txt") is told apart from a missing one.
    private readonly ImmutableHashSet<string> _otherFiles;
    // Images already reported as damaged or unreadable: an address naming one is not reported again.
    private readonly ImmutableHashSet<string> _unusable;

    internal ContentImages(ImmutableSortedDictionary<string, ContentImage> images, ImmutableHashSet<string> otherFiles, ImmutableHashSet<string> unusable)
    {
        _images = images;
        _otherFiles = otherFiles;
        _unusable = unusable;
        var text = new StringBuilder();
        foreach (var image in images.Values) text.Append(image.PublishedPath).Append('\n');
        Signature = images.Count == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>Images in path order.</summary>
    public IEnumerable<ContentImage> All => _images.Values;

    /// <summary>Changes whenever an image is added, removed or changed: what renders them must not reuse older HTML.</summary>
    public string Signature { get; }

    /// <summary>What an address names, as <see cref="Find"/> answers it.</summary>
    public enum Lookup
    {
        /// <summary>Not a file of content/ at all: another site, a page's address, an anchor.</summary>
        NotContent,
        Found,
        Missing,
        NotAnImage,

        /// <summary>An image file that could not be used, already reported at the file itself.</summary>
        Unusable,
    }

    /// <summary>
    /// The image an address names. "/x.png" is content/x.png; "x.png" is next to the file that names it, else content/x.png
    /// (so "images/map.png" works from any folder). Addresses with a scheme, "//host" and "#anchor" are not content's.
    /// </summary>
    /// <param name="written">The address as the editor wrote it.</param>
    /// <param name="folder">The folder, under content/, of the file that names it ("articles"; "" for content/ itself).</param>
    public (Lookup Result, ContentImage? Image, string? Tried) Find(string written, string folder)
    {
        if (ContentPathsOf(written, folder) is not { } candidates) return (Lookup.NotContent, null, null);
        foreach (var candidate in candidates)
        {
            if (_images.TryGetValue(candidate, out var image)) return (Lookup.Found, image, candidate);
        }
        foreach (var candidate in candidates)
        {
            if (_unusable.Contains(candidate)) return (Lookup.Unusable, null, candidate);
            if (_otherFiles.Contains(candidate)) return (Lookup.NotAnImage, null, candidate);
        }
        if (candidates.Count == 0) return (Lookup.Missing, null, written.Trim());
        // A page address ("/people/x/") is not a file: only a name with an extension is taken for one.
        return ImageFormats.OfExtension(Path.GetExtension(candidates[0])) is null && !written.Contains('.')
            ? (Lookup.NotContent, null, null)
            : (Lookup.Missing, null, candidates[0]);
    }

    /// <summary>An image whose name differs from <paramref name="contentPath"/> only in letter case (hosts are case-sensitive), or null.</summary>
    public string? SameNameOtherCase(string contentPath) =>
        _images.Keys.FirstOrDefault(k => string.Equals(k, contentPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>The content/ paths an address may name, most likely first; null when it is not a path at all.</summary>
    private static List<string>? ContentPathsOf(string written, string folder)
    {
        var address = written.Trim();
        if (address.Length == 0 || address.StartsWith('#') || address.StartsWith("//", StringComparison.Ordinal)) return null;
        var colon = address.IndexOf(':');
        if (colon >= 0 && address.IndexOfAny(['/', '?', '#']) is var stop && (stop < 0 || colon < stop)) return null;
        var cut = address.IndexOfAny(['?', '#']);
        if (cut >= 0) address = address[..cut];
        try
        {
            address = Uri.UnescapeDataString(address);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (address.StartsWith('/')) return Normalise(address.TrimStart('/')) is { } rooted ? [rooted] : [];
        var paths = new List<string>();
        if (folder.Length > 0 && Normalise(folder + "/" + address) is { } beside) paths.Add(beside);
        if (Normalise(address) is { } fromRoot && !paths.Contains(fromRoot)) paths.Add(fromRoot);
        return paths;
    }

    /// <summary>"a/./b/../c.png" → "a/c.png"; null when ".." climbs out of content/.</summary>
    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
