using System.Collections.Immutable;
using System.Security.Cryptography;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>
/// Gives CSS and JS files a content hash in their name (style.css → style.3f9a1c2b.css) so hosts can cache them forever,
/// and maps each logical name to its published URL for the templates (<c>site.assets["style.css"]</c>).
/// </summary>
public sealed class AssetManifest
{
    private static readonly string[] FingerprintedExtensions = [".css", ".js", ".svg"];

    private AssetManifest(ImmutableArray<OutputFile> files, ImmutableSortedDictionary<string, string> urls)
    {
        Files = files;
        Urls = urls;
    }

    /// <summary>The asset files as published, fingerprinted where their type allows it.</summary>
    public ImmutableArray<OutputFile> Files { get; }

    /// <summary>Logical name ("style.css") → site path ("/story/assets/style.3f9a1c2b.css").</summary>
    public ImmutableSortedDictionary<string, string> Urls { get; }

    /// <summary>The site paths of assets whose name carries their content's hash: a host may cache them for ever.</summary>
    public IEnumerable<string> FingerprintedUrls =>
        Urls.Values.Where(url => FingerprintedExtensions.Contains(Path.GetExtension(url), StringComparer.OrdinalIgnoreCase));

    public static AssetManifest Create(IEnumerable<OutputFile> assets, SiteUrls siteUrls)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var urls = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var logical = asset.Path[(TemplateSet.AssetsFolder.Length + 1)..];
            var extension = Path.GetExtension(asset.Path);
            var published = FingerprintedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
                ? $"{asset.Path[..^extension.Length]}.{Hash(asset.Content)}{extension}"
                : asset.Path;
            files.Add(asset with { Path = published });
            urls[logical] = siteUrls.Asset(published);
        }
        return new AssetManifest(files.ToImmutable(), urls.ToImmutable());
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];
}
