using System.IO.Enumeration;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Names each file of content/ that no page or image will come from, so nothing an editor wrote is dropped in silence:
/// Markdown in a sub-folder of a kind's folder (pages/ has no sub-folders: a page's address is /slug/), in a folder of
/// no known kind or at the top beside _index.md, and any file that is neither Markdown nor an image.
/// </summary>
internal static class UnpublishedFiles
{
    private static readonly string[] KindFolders = [SiteLoader.ArticlesFolder, SiteLoader.PeopleFolder, SiteLoader.TimelineFolder, SiteLoader.AnalysisFolder, SiteLoader.PagesFolder];

    /// <param name="contentDir">The content folder.</param>
    /// <param name="displayPath">How diagnostics name a file of it.</param>
    /// <param name="bag">Receives one warning per file left out.</param>
    public static void Report(string contentDir, Func<string, string> displayPath, DiagnosticBag bag)
    {
        if (!Directory.Exists(contentDir)) return;
        var files = new FileSystemEnumerable<string>(contentDir, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            // Hidden folders (.git, an editor's) are no one's content; a symlinked folder is not entered, as the loaders do not.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !entry.FileName.StartsWith('.'),
        };
        foreach (var full in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentDir, full).Replace('\\', '/');
            if (Why(relative) is { } why) bag.Warning(DiagnosticCodes.FileNotPublished, SourceSpan.StartOf(displayPath(full)), why);
        }
    }

    /// <summary>Why the file at this path under content/ is not published, or null when a page or an image comes from it.</summary>
    internal static string? Why(string relative)
    {
        var parts = relative.Split('/');
        var name = parts[^1];
        if (parts.Any(p => p.StartsWith('.')) || IsScratch(name)) return null;
        if (ImageFormats.OfExtension(Path.GetExtension(name)) is not null) return null;
        if (parts.Length == 1 && name is SiteLoader.SiteFile or SiteLoader.IngestStateFile or "_index.md") return null;
        var markdown = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        if (parts.Length == 2 && KindFolders.Contains(parts[0]) && name.EndsWith(".md", StringComparison.Ordinal)) return null;
        if (markdown && KindFolders.Contains(parts[0]))
        {
            return parts.Length > 2
                ? $"this file is not published: {parts[0]}/ is read at its top level only (a page's address is its slug, so sub-folders have no place in it); move it to content/{parts[0]}/"
                : $"this file is not published: only files ending in '.md' (lower case) are read; rename it to {Path.GetFileNameWithoutExtension(name)}.md";
        }
        if (markdown)
            return $"this file is not published: Markdown is read only from content/{string.Join("/, content/", KindFolders)}/ and content/_index.md; move it into the folder of its kind";
        return "this file is not published: content/ holds Markdown pages, site.yaml and images (png, jpg, gif, webp, avif, svg); move it out of content/";
    }

    /// <summary>Files editors and SiteGen leave for a moment or as a copy: backups (ingest --force's name.md.bak-N), swap and temporary files.</summary>
    private static bool IsScratch(string name) =>
        name.Contains(".bak-", StringComparison.Ordinal) || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.Ordinal) || name.StartsWith('#');
}
