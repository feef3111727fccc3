using System.Collections.Immutable;
using System.Reflection;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Authoring;

/// <summary>What 'init' did: the folders it made, or why it made nothing.</summary>
public sealed record InitResult(ImmutableArray<string> Written, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Starts a new explainer in a folder: content/site.yaml, content/_index.md, an empty seeds/ and a copy of the default
/// templates, which travel inside the program so a published binary can start a site without the repository.
/// </summary>
public static class SiteInitializer
{
    /// <summary>Prefix of the embedded default templates' resource names; the rest is the path under templates/.</summary>
    private const string TemplatesResourcePrefix = "SiteGen.DefaultTemplates/";

    public const string ContentFolder = "content";
    public const string TemplatesFolder = "templates";
    public const string SeedsFolder = "seeds";

    /// <summary>The default templates as (path under templates/, bytes), in a stable order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> DefaultTemplates()
    {
        var assembly = typeof(SiteInitializer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(TemplatesResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name[TemplatesResourcePrefix.Length..].Replace('\\', '/'), copy.ToArray());
        }
    }

    /// <param name="dir">The new site's folder; made if missing. It may hold other files, but no content/ or templates/.</param>
    /// <param name="title">The explainer's title, for site.yaml and the home page.</param>
    /// <param name="displayRoot">Paths in diagnostics are shown relative to this folder.</param>
    public static InitResult Create(string dir, string title, string displayRoot)
    {
        var bag = new DiagnosticBag();
        var shown = Path.GetRelativePath(displayRoot, dir);
        title = title.Trim();
        if (title.Length == 0)
        {
            bag.Error(DiagnosticCodes.BadValue, SourceSpan.StartOf(shown), "the title is empty: pass --title \"The story, explained\"");
            return new([], bag.ToImmutable());
        }
        // Never over an existing site: init must not be a way to lose an editor's files.
        foreach (var folder in new[] { ContentFolder, TemplatesFolder })
        {
            var path = Path.Combine(dir, folder);
            if (Directory.Exists(path) || File.Exists(path))
                bag.Error(DiagnosticCodes.InitTargetHoldsSite, SourceSpan.StartOf(Path.GetRelativePath(displayRoot, path)), $"'{shown}' already has a {folder}/ folder; init writes only into a folder without content/ and templates/, so nothing was written");
        }
        if (bag.HasErrors) return new([], bag.ToImmutable());

        var files = new List<(string Path, byte[] Bytes)>
        {
            (ContentFolder + "/" + SiteLoader.SiteFile, System.Text.Encoding.UTF8.GetBytes(SiteYaml(title))),
            (ContentFolder + "/" + SiteLoader.HomeFile, System.Text.Encoding.UTF8.GetBytes(HomeMarkdown(title))),
        };
        files.AddRange(DefaultTemplates().Select(t => (TemplatesFolder + "/" + t.Path, t.Bytes)));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, SeedsFolder));
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // CreateNew: a file that appeared meanwhile is never replaced.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.InitCannotWrite, SourceSpan.StartOf(shown), $"cannot write the new site: {ex.Message}");
            return new([], bag.ToImmutable());
        }
        return new([ContentFolder + "/", SeedsFolder + "/", TemplatesFolder + "/"], bag.ToImmutable());
    }

    private static string SiteYaml(string title) =>
        "# Site-wide settings. base_url is where the site will be published; it may carry a sub-path (https://example.org/story/).\n" +
        $"title: {YamlWriter.Scalar(title)}\n" +
        "description: What happened, who said what, and what comes next.\n" +
        "# The language readers see: the strings file templates/i18n/LANGUAGE.yaml (en, fr; copy one to add another).\n" +
        "language: en\n" +
        "base_url: https://example.org/\n" +
        "# publisher: the newsroom's name, for the footer and the feed.\n" +
        "# Every page gets a share card (a 1200 x 630 image of its title for social networks); 'cards: false' turns them off.\n" +
        "# An 'image:' here or in a page's front matter is shown instead.\n" +
        "cards: true\n";

    // The guidance is in comments, not in fields: a new site's home reads as a clean start, not as placeholders.
    private static string HomeMarkdown(string title) =>
        "---\n" +
        $"title: {YamlWriter.Scalar(title)}\n" +
        "# lede: one or two sentences that say what happened.\n" +
        "# when, where, duration, outcome: the facts at a glance (each shown only when set).\n" +
        "# Below the closing line: what happened, in a few paragraphs. Put the reporting in seeds/ as plain text and run\n" +
        "# 'sitegen ingest': it proposes the articles, people, quotes and timeline this page links to.\n" +
        "---\n";
}
