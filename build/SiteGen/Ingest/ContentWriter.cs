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

    /// <summary>An entry ingest made earlier and nobody edited, which the seeds' new text no longer gives.</summary>
    Removed,

    /// <summary>A file an editor deleted: ingest does not write it again (until <c>ingest --restore SLUG</c>).</summary>
    LeftDeleted,
}

/// <summary>One file's outcome; <see cref="Backup"/> is set when --force replaced an edited file.</summary>
public sealed record WriteOutcome(string RelativePath, WriteAction Action, string? Backup = null);

/// <summary>
/// Writes generated files without losing editors' work: a file whose ingest hash still matches is replaced, an edited one is kept
/// (or, with force, backed up beside itself as <c>name.md.bak-N</c> first), and every write is atomic. Only a timeline entry
/// or analysis that ingest made, nobody edited, and the new text of every seed it cites no longer gives (or whose article an
/// editor deleted, <paramref name="deletedArticles"/>) is deleted.
/// </summary>
internal sealed partial class ContentWriter(string contentDir, bool force, IReadOnlySet<string>? deletedArticles = null)
{
    [GeneratedRegex(@"^ingest: (?<hash>[0-9a-f]{64})\n", RegexOptions.Multiline)]
    private static partial Regex IngestLine();

    [GeneratedRegex(@"^\..+\.(?<pid>\d+)\.tmp$")]
    private static partial Regex TemporaryName();

    // How ingest writes a citation in a timeline entry's sources and an analysis's claims (ContentRenderer).
    [GeneratedRegex(@"^\s*-?\s*article: (?<slug>\S+)$", RegexOptions.Multiline)]
    private static partial Regex CitedArticle();

    /// <param name="files">What this run makes.</param>
    /// <param name="beforeRemoving">Told the files about to be removed, before the first goes: ingest's state must not take them, if
    /// the run is killed, for files an editor deleted.</param>
    public IReadOnlyList<WriteOutcome> Write(IEnumerable<GeneratedFile> files, Action<IReadOnlyList<string>>? beforeRemoving = null)
    {
        RemoveLeftovers();
        files = [.. files];
        // Before anything is written: a run killed after this leaves fewer entries, never one citing a paragraph of old text.
        var unsupported = Unsupported(files);
        beforeRemoving?.Invoke(unsupported);
        var outcomes = new List<WriteOutcome>();
        foreach (var relative in unsupported)
        {
            File.Delete(Path.Combine(contentDir, relative.Replace('/', Path.DirectorySeparatorChar)));
            outcomes.Add(new WriteOutcome(relative, WriteAction.Removed));
        }
        // People first, then what cites them: a run killed halfway leaves a set that still builds.
        foreach (var file in files.OrderBy(f => WriteRank(f.RelativePath)).ThenBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var path = Path.Combine(contentDir, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            // The file is written out as it is made, never held whole (a run of quotes makes front matter several times its seed).
            void WriteFile(Stream stream)
            {
                using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
                file.WriteTo(writer);
            }
            if (!File.Exists(path))
            {
                AtomicWrite(path, WriteFile);
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Created));
                continue;
            }
            if (SameBytes(path, WriteFile))
            {
                outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Unchanged));
                continue;
            }
            var existing = File.ReadAllBytes(path);
            if (IsUntouched(existing))
            {
                AtomicWrite(path, WriteFile);
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
            AtomicWrite(path, WriteFile);
            outcomes.Add(new WriteOutcome(file.RelativePath, WriteAction.Overwritten, Path.GetRelativePath(contentDir, backup).Replace('\\', '/')));
        }
        return [.. outcomes.OrderBy(o => o.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Each timeline entry and analysis that ingest wrote, nobody edited, and this run no longer makes, when every
    /// article it cites is one this run makes: the seed's text changed (sentences moved, paragraphs gone) and the entry,
    /// citing paragraphs of the old text, would break the build. An entry citing an article of a seed not read this run
    /// (removed, or unreadable) stays, as does any edited one (ingest's report and 'check' name what it must fix).
    /// </summary>
    private List<string> Unsupported(IEnumerable<GeneratedFile> files)
    {
        var made = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var articles = made.Where(p => p.StartsWith(SiteLoader.ArticlesFolder + "/", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)).Concat(deletedArticles ?? new HashSet<string>()).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var folder in new[] { SiteLoader.TimelineFolder, SiteLoader.AnalysisFolder })
        {
            var dir = Path.Combine(contentDir, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var relative = folder + "/" + Path.GetFileName(path);
                if (made.Contains(relative) || new FileInfo(path).LinkTarget is not null) continue;
                var bytes = File.ReadAllBytes(path);
                if (!IsUntouched(bytes)) continue;
                var text = Encoding.UTF8.GetString(bytes);
                var frontMatter = text[..Math.Max(0, text.IndexOf("\n---\n", 4, StringComparison.Ordinal))];
                var cited = CitedArticle().Matches(frontMatter).Select(m => m.Groups["slug"].Value).ToList();
                if (cited.Count == 0 || !cited.All(articles.Contains)) continue;
                removed.Add(relative);
            }
        }
        return removed;
    }

    /// <summary>Articles cite people; timeline entries and analyses cite both; nothing cites an analysis.</summary>
    private static int WriteRank(string relativePath) => relativePath[..Math.Max(0, relativePath.IndexOf('/'))] switch
    {
        SiteLoader.PeopleFolder => 0,
        SiteLoader.ArticlesFolder => 1,
        SiteLoader.TimelineFolder => 2,
        _ => 3,
    };

    /// <summary>Deletes the temporary files of runs that were killed before their rename (see <see cref="AtomicWrite(string, byte[])"/>).</summary>
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether the file at <paramref name="path"/> holds exactly the bytes <paramref name="write"/> writes, compared as they come.</summary>
    private static bool SameBytes(string path, Action<Stream> write)
    {
        using var existing = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 16 * 1024);
        using var comparing = new ComparingStream(existing);
        write(comparing);
        return comparing.Same && existing.ReadByte() < 0;
    }

    /// <summary>Writes beside the target and renames over it, so an interrupted run leaves the old file or the new one, never half of either.</summary>
    public static void AtomicWrite(string path, byte[] bytes) => AtomicWrite(path, stream => stream.Write(bytes));

    /// <summary>As <see cref="AtomicWrite(string, byte[])"/>, with the bytes written by <paramref name="write"/>.</summary>
    public static void AtomicWrite(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>A write-only stream that compares what it is given with another stream's next bytes, keeping none of them.</summary>
    private sealed class ComparingStream(Stream other) : WriteOnlyStream
    {
        private readonly byte[] _buffer = new byte[16 * 1024];

        public bool Same { get; private set; } = true;

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            while (Same && !bytes.IsEmpty)
            {
                var chunk = _buffer.AsSpan(0, Math.Min(_buffer.Length, bytes.Length));
                var read = other.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
                Same = read == chunk.Length && chunk.SequenceEqual(bytes[..chunk.Length]);
                bytes = bytes[chunk.Length..];
            }
        }

        public override void Flush()
        {
        }
    }
}
