using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.FileSystem;

namespace SiteGen.Ingest;

/// <summary>What ingest did with one file.</summary>
public enum WriteAction
{
    Created,
    Updated,
    Unchanged,
    Kept,
    Overwritten,
}

/// <summary>One file's outcome; <see cref="Backup"/> is set when --force replaced an edited file.</summary>
public sealed record WriteOutcome(string RelativePath, WriteAction Action, string? Backup = null);

/// <summary>
/// Writes generated files without losing editors' work: a file whose ingest hash still matches is replaced, an edited one is kept
/// (or, with force, backed up beside itself as <c>name.md.bak-N</c> first); nothing is ever deleted, and every write is atomic.
/// </summary>
internal sealed partial class ContentWriter(string contentDir, bool force)
{
    [GeneratedRegex(@"^ingest: (?<hash>[0-9a-f]{64})\n", RegexOptions.Multiline)]
    private static partial Regex IngestLine();

    [GeneratedRegex(@"^\..+\.(?<pid>\d+)\.tmp$")]
    private static partial Regex TemporaryName();

    public IReadOnlyList<WriteOutcome> Write(IEnumerable<GeneratedFile> files)
    {
        RemoveLeftovers();
        var outcomes = new List<WriteOutcome>();
        // People first, then what cites them: a run killed halfway leaves a set that still builds.
        foreach (var file in files.OrderBy(f => WriteRank(f.RelativePath)).ThenBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var path = Path.Combine(contentDir, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            var bytes = Encoding.UTF8.GetBytes(file.Text);
            if (!File.Exists(path))
            {
                AtomicWrite(path, bytes);
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Created));
                continue;
            }
            var existing = File.ReadAllBytes(path);
            if (existing.AsSpan().SequenceEqual(bytes))
            {
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Unchanged));
                continue;
            }
            if (IsUntouched(existing))
            {
                AtomicWrite(path, bytes);
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Updated));
                continue;
            }
            if (!force)
            {
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Kept));
                continue;
            }
            var backup = FreeBackupPath(path);
            AtomicWrite(backup, existing);
            AtomicWrite(path, bytes);
            outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Overwritten, Path.GetRelativePath(contentDir, backup).Replace('\\', '/')));
        }
        return [.. outcomes.OrderBy(o => o.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Articles cite people; timeline entries and analyses cite both; nothing cites an analysis.</summary>
    private static int WriteRank(string relativePath) => relativePath[..Math.Max(0, relativePath.IndexOf('/'))] switch
    {
        SiteLoader.PeopleFolder => 0,
        SiteLoader.ArticlesFolder => 1,
        SiteLoader.TimelineFolder => 2,
        _ => 3,
    };

    /// <summary>Deletes the temporary files of runs that were killed before their rename (see <see cref="AtomicWrite"/>).</summary>
    private void RemoveLeftovers()
    {
        if (!Directory.Exists(contentDir)) return;
        var folders = Directory.EnumerateDirectories(contentDir).Where(d => new DirectoryInfo(d).LinkTarget is null).Prepend(contentDir);
        foreach (var file in folders.SelectMany(d => Directory.EnumerateFiles(d, ".*.tmp")).ToList())
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (match.Success && int.TryParse(match.Groups["pid"].ValueSpan, out var pid) && RunLeftovers.IsDead(pid)) File.Delete(file);
        }
    }

    /// <summary>Whether a file is exactly what ingest wrote: its ingest line holds the hash of the rest of the file.</summary>
    public static bool IsUntouched(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var close = text.IndexOf("\n---\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || close < 0) return false;
        var match = IngestLine().Match(text[..(close + 1)]);
        if (!match.Success) return false;
        var rest = text.Remove(match.Index, match.Length);
        return ContentRenderer.Hash(rest) == match.Groups["hash"].Value;
    }

    private static string FreeBackupPath(string path)
    {
        for (var n = 1; ; n++)
        {
            var candidate = $"{path}.bak-{n}";
            if (!File.Exists(candidate)) return candidate;
        }
    }

    /// <summary>Writes beside the target and renames over it, so an interrupted run leaves the old file or the new one, never half of either.</summary>
    public static void AtomicWrite(string path, byte[] bytes)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
