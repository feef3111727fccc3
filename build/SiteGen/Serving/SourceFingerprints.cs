using System.Security.Cryptography;

namespace SiteGen.Serving;

/// <summary>
/// Remembers a hash of every source file as last seen, so a save that changes no byte (":w" out of habit, a touch,
/// a sync tool rewriting a file) does not cost a rebuild. Symlinked folders are not followed.
/// </summary>
public sealed class SourceFingerprints
{
    /// <summary>The watcher reports a lost-events overflow under this file name: it always means "rebuild".</summary>
    public const string OverflowMarker = "(overflow)";

    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public SourceFingerprints(IEnumerable<string> folders)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (Hash(file) is { } hash) _hashes[Path.GetFullPath(file)] = hash;
            }
        }
    }

    /// <summary>Keeps the paths whose bytes differ from the last time they were seen (created and deleted files count), and records them.</summary>
    public IReadOnlyList<string> Changed(IEnumerable<string> paths)
    {
        var changed = new List<string>();
        foreach (var path in paths)
        {
            if (Path.GetFileName(path) == OverflowMarker || Directory.Exists(path))
            {
                changed.Add(path);
                continue;
            }
            var now = Hash(path);
            var known = _hashes.TryGetValue(path, out var before);
            if (now is not null)
            {
                if (!known || now != before) changed.Add(path);
                _hashes[path] = now;
            }
            else if (known)
            {
                changed.Add(path); // deleted
                _hashes.Remove(path);
            }
            else
            {
                // Gone and never seen as a file: a deleted or renamed folder takes the files we knew inside it.
                var inside = _hashes.Keys.Where(k => k.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
                if (inside.Count > 0) changed.Add(path);
                foreach (var k in inside) _hashes.Remove(k);
            }
        }
        return changed;
    }

    /// <summary>Makes these paths count as changed next time, whatever their bytes (a build that read them was thrown away).</summary>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var path in paths) _hashes.Remove(path);
    }

    private static string? Hash(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
