using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using SiteGen.Content;

namespace SiteGen.Authoring;

/// <summary>The kinds of file 'new' can start, and the content folder each goes in.</summary>
public static class ContentKinds
{
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = SiteLoader.PeopleFolder,
        ["event"] = SiteLoader.TimelineFolder,
        ["analysis"] = SiteLoader.AnalysisFolder,
        ["page"] = SiteLoader.PagesFolder,
    };
}

/// <summary>What 'new' did: the file it wrote, or why it wrote nothing.</summary>
public sealed record NewFileResult(string? WrittenPath, string? Error);

/// <summary>Starts a content file from templates/archetypes/&lt;kind&gt;.md, a Scriban template given the title, slug and today's date.</summary>
public static class ArchetypeWriter
{
    public static NewFileResult Write(string kind, string title, string? slug, string contentDir, string templatesDir, DateOnly today)
    {
        if (!ContentKinds.Folders.TryGetValue(kind, out var folder))
            return new(null, $"unknown kind '{kind}': use one of {string.Join(", ", ContentKinds.Folders.Keys)}");
        if (string.IsNullOrWhiteSpace(title)) return new(null, "the title is empty");
        var chosen = slug is not null;
        slug ??= Slugifier.Slugify(title);
        if (slug.Length == 0) return new(null, $"no slug can be made from '{title}' (it has no Latin letters or digits); pass one with --slug");
        if (!SiteLoader.IsValidSlug(slug)) return new(null, $"'{slug}' is not a usable slug: use lower-case letters, digits and single hyphens");
        if (folder == SiteLoader.PagesFolder && ReservedNames.GeneratedPageAt(slug) is { } generated)
        {
            // The build refuses a free page at a generated page's address (SG1204), draft or not: never start one there.
            if (chosen) return new(null, $"the slug '{slug}' is taken by {generated}, which SiteGen generates; pass another --slug");
            slug += "-1";
        }

        var archetype = Path.Combine(templatesDir, "archetypes", kind + ".md");
        if (!File.Exists(archetype)) return new(null, $"there is no archetype for '{kind}': expected {archetype}");
        var template = Template.Parse(File.ReadAllText(archetype), archetype);
        if (template.HasErrors) return new(null, $"the archetype {archetype} has errors: {string.Join("; ", template.Messages)}");

        var globals = new ScriptObject
        {
            ["title"] = title,
            ["title_yaml"] = YamlWriter.DoubleQuoted(title),
            ["slug"] = slug,
            ["kind"] = kind,
            ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        var text = template.Render(context);

        var target = Path.Combine(contentDir, folder, slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            // CreateNew: never overwrite, even if another process creates the file between a check and the write.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(target))
        {
            return new(null, $"{target} already exists; pick another title or pass --slug");
        }
        return new(target, null);
    }
}
