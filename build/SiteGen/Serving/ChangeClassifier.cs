namespace SiteGen.Serving;

/// <summary>Which part of the site a batch of changed files touches, so a rebuild redoes only that part.</summary>
public sealed record ChangeSet(bool Content, bool Templates, bool Seeds, IReadOnlyList<string> Paths)
{
    public static ChangeSet Everything { get; } = new(true, true, true, []);

    public bool IsEmpty => !Content && !Templates && !Seeds;
}

/// <summary>Sorts changed paths into content, templates and seeds, and drops editors' scratch files.</summary>
public sealed class ChangeClassifier(string contentDir, string templatesDir, string? seedsDir)
{
    private readonly string _content = Folder(contentDir);
    private readonly string _templates = Folder(templatesDir);
    private readonly string? _seeds = seedsDir is null ? null : Folder(seedsDir);

    public ChangeSet Classify(IEnumerable<string> paths)
    {
        bool content = false, templates = false, seeds = false;
        var kept = new List<string>();
        foreach (var path in paths)
        {
            if (IsScratchFile(path)) continue;
            var full = Path.GetFullPath(path);
            if (Under(full, _content)) content = true;
            else if (Under(full, _templates)) templates = true;
            else if (_seeds is not null && Under(full, _seeds)) seeds = true;
            else continue;
            kept.Add(full);
        }
        return new ChangeSet(content, templates, seeds, kept);
    }

    /// <summary>
    /// Files editors write next to the real one while saving (vim's swap and 4913 probe, emacs' #autosave# and .#lock,
    /// backup~ files, JetBrains' ___jb_tmp___, *.tmp): the rename onto the real name is the change that counts.
    /// </summary>
    public static bool IsScratchFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0) return false;
        return name[0] is '.' or '#'
            || name.EndsWith('~')
            || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.Ordinal)
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal);
    }

    private static string Folder(string dir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)) + Path.DirectorySeparatorChar;

    private static bool Under(string full, string folder) =>
        full.StartsWith(folder, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == folder;
}
