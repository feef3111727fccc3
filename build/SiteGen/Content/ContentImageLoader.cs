using System.Collections.Immutable;
using System.IO.Enumeration;
using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Reads and measures the images of content/ at load, so the model's <see cref="ContentImages"/> opens no file.</summary>
internal static class ContentImageLoader
{
    /// <summary>
    /// Every file under the folder, symlinked files included (the reader refuses those that leave the site), but no
    /// symlinked folder entered: a link back to a parent would loop, and the other loaders do not follow them either.
    /// </summary>
    private static FileSystemEnumerable<string> FilesUnder(string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>Reads every image under content/ (hidden files and folders skipped); an unreadable or damaged one is an error at its file.</summary>
    /// <param name="contentDir">The content folder.</param>
    /// <param name="displayPath">How diagnostics name a file of it.</param>
    /// <param name="bag">Receives the problems.</param>
    public static ContentImages Load(string contentDir, Func<string, string> displayPath, DiagnosticBag bag)
    {
        if (!Directory.Exists(contentDir)) return ContentImages.Empty;
        var images = ImmutableSortedDictionary.CreateBuilder<string, ContentImage>(StringComparer.Ordinal);
        var others = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var unusable = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var full in FilesUnder(contentDir).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentDir, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            if (ImageFormats.OfExtension(Path.GetExtension(full)) is not { } format)
            {
                others.Add(relative);
                continue;
            }
            var span = SourceSpan.StartOf(displayPath(full));
            var bytes = SiteFileReader.ReadBytes(full, contentDir, ContentImages.MaxImageBytes, span, bag);
            var header = bytes is null ? null : ImageHeader.Read(bytes, format);
            if (header?.Fatal == true)
            {
                // The commonest mislabel is a PNG saved as .jpg (or the reverse): say what the file really is.
                var actual = ImageHeader.Sniff(bytes) is { } sniffed && sniffed != format ? sniffed : (ImageFormat?)null;
                var rename = actual is { } a ? $"; it is a {ImageFormats.Name(a)} image: give it the .{ImageFormats.Name(a).ToLowerInvariant()} extension" : "";
                bag.Error(DiagnosticCodes.ImageUnreadable, SourceSpan.At(span.Path, header.Line, header.Column), header.Problem + rename);
            }
            if (bytes is null || header is null || header.Fatal)
            {
                unusable.Add(relative);
                continue;
            }
            if (header.Problem is not null) bag.Warning(DiagnosticCodes.ImageWithoutSize, span, header.Problem);
            var extension = Path.GetExtension(relative);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            images[relative] = new ContentImage(relative, format, bytes, header.Width, header.Height, $"{relative[..^extension.Length]}.{hash}{extension}");
        }
        return new ContentImages(images.ToImmutable(), others.ToImmutable(), unusable.ToImmutable());
    }

}
