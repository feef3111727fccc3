using System.Collections.Immutable;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// What ingest has written into content/ and which of those files editors deleted, kept in content/ingest-state.yaml
/// beside the content it describes (committed with it). A file ingest wrote that is gone was deleted by an editor: ingest
/// never writes it again until <c>ingest --restore SLUG</c>. Paths are relative to content/, with '/'.
/// </summary>
public sealed record IngestState(ImmutableSortedSet<string> Written, ImmutableSortedSet<string> Deleted)
{
    private const string WrittenKey = "written";
    private const string DeletedKey = "deleted";

    public static IngestState Empty { get; } = new([.. Array.Empty<string>()], [.. Array.Empty<string>()]);

    public static string PathIn(string contentDir) => Path.Combine(contentDir, SiteLoader.IngestStateFile);

    /// <summary>The state of a content folder: empty when it has no state file, null (with an error at its place) when the file cannot be read.</summary>
    public static IngestState? Read(string contentDir, string displayRoot, DiagnosticBag bag)
    {
        var path = PathIn(contentDir);
        if (!File.Exists(path)) return Empty;
        var display = Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var local = new DiagnosticBag();
        var fields = FrontMatterDocument.ParseYamlFile(display, text, local);
        var written = fields?.StringList(WrittenKey) ?? [];
        var deleted = fields?.StringList(DeletedKey) ?? [];
        foreach (var d in local.ToImmutable().Where(d => d.IsError))
        {
            // Reading on without it would write back every file an editor deleted.
            bag.Add(d with { Code = DiagnosticCodes.IngestStateUnreadable, Message = d.Message + "; ingest writes nothing until this file is fixed (it lists the files editors deleted)" });
        }
        if (fields is null && !local.HasErrors)
        {
            bag.Error(DiagnosticCodes.IngestStateUnreadable, SourceSpan.StartOf(display), "the ingest state file is not a YAML mapping; ingest writes nothing until it is fixed (it lists the files editors deleted)");
        }
        return fields is null || local.HasErrors ? null : new IngestState([.. written], [.. deleted]);
    }

    /// <summary>The state after an editor's deletions since the last run: each file ingest wrote that is gone is deleted; a deleted file that is back is not.</summary>
    public IngestState WithEditorsDeletions(string contentDir)
    {
        bool Exists(string relative) => File.Exists(Path.Combine(contentDir, relative.Replace('/', Path.DirectorySeparatorChar)));
        var deleted = Deleted.Union(Written.Where(w => !Exists(w))).Where(d => !Exists(d));
        return new IngestState([.. Written.Where(Exists)], [.. deleted]);
    }

    /// <summary>The deleted files called <paramref name="slug"/> ("people/x" or "x"): restoring takes them off the list.</summary>
    public ImmutableArray<string> Named(string slug)
    {
        var wanted = slug.Trim().TrimEnd('/');
        if (wanted.EndsWith(".md", StringComparison.Ordinal)) wanted = wanted[..^3];
        return [.. Deleted.Where(d => d[..^3] == wanted || Path.GetFileNameWithoutExtension(d) == wanted)];
    }

    /// <summary>Writes the file (atomically) when it would change; writes nothing for an empty state with no file yet.</summary>
    public void Save(string contentDir)
    {
        var path = PathIn(contentDir);
        if (!File.Exists(path) && Written.Count == 0 && Deleted.Count == 0) return;
        var text = new StringBuilder()
            .Append("# Ingest's record: the files it wrote into content/, and those editors deleted, which it never writes again.\n")
            .Append("# 'sitegen ingest --restore SLUG' brings a deleted one back. Commit this file with the content.\n")
            .Append(new YamlWriter().List(DeletedKey, Deleted).List(WrittenKey, Written))
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        ContentWriter.AtomicWrite(path, bytes);
    }
}
