using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.FileSystem;

namespace SiteGen.Rendering;

/// <summary>
/// Writes a built site so readers never see half of one and no one's files are lost: into a fresh staging folder,
/// then published by exchanging it with output/ in one step. output/ stays a real folder (not a symlink to the newest
/// build) so that <c>cp -r output/</c>, rsync and upload actions copy the site rather than a link.
/// </summary>
public static partial class OutputWriter
{
    /// <summary>The file SiteGen writes into every output folder, by which it knows a folder it may replace.</summary>
    public const string MarkerFileName = ".sitegen-output";

    /// <summary>The marker's text; fixed, so two builds of the same input stay byte-identical.</summary>
    public const string MarkerText = "This folder was written by SiteGen. Every 'sitegen build' deletes and replaces all of it.\n";

    private static readonly string[] SourceFolders = ["content", "templates", "seeds", "build", ".git"];

    [GeneratedRegex(@"^(?:staging|retired)-(?<pid>\d+)(?:-[0-9a-f]+)?$")]
    private static partial Regex LeftoverSuffix();

    /// <summary>
    /// Refuses an output folder whose replacement would destroy someone's files: the repository root or any folder
    /// holding or inside the sources (always), or a folder that is neither empty nor SiteGen's own (unless forced).
    /// </summary>
    /// <param name="outputDir">The folder a build would replace.</param>
    /// <param name="sourceDirs">The content and templates folders, which it must neither be, hold nor lie in.</param>
    /// <param name="force">build --force: replace a folder SiteGen did not write.</param>
    /// <param name="displayRoot">Diagnostics name the folder relative to this.</param>
    public static Diagnostic? CheckOutputFolder(string outputDir, IEnumerable<string> sourceDirs, bool force, string displayRoot)
    {
        var output = Full(outputDir);
        var shown = Path.GetRelativePath(displayRoot, output);
        var protectedDirs = sourceDirs.Select(Full).ToArray();
        string? reason = null;
        if (Path.GetPathRoot(output) == output) reason = "it is the root of the file system";
        else if (protectedDirs.Any(p => p == output || p.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || output.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            reason = "it is, holds or lies inside the content or templates folder";
        else if (File.Exists(output)) reason = "it is a file, not a folder";
        else if (Directory.Exists(output) && SourceFolders.FirstOrDefault(f => Directory.Exists(Path.Combine(output, f))) is { } held)
            reason = $"it holds a {held}/ folder, so it looks like a repository root";
        if (reason is not null)
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.UnsafeOutputFolder, SourceSpan.StartOf(shown),
                $"refusing to use '{shown}' as the output folder: {reason}; its contents are replaced on every build");
        }
        if (force || !Directory.Exists(output) || IsEmpty(output) || HasMarker(output)) return null;
        return new Diagnostic(Severity.Error, DiagnosticCodes.ForeignOutputFolder, SourceSpan.StartOf(shown),
            $"refusing to replace '{shown}': it holds files SiteGen did not write (it has no {MarkerFileName} file), and a build deletes everything in its output folder; "
            + "choose an empty or new folder, or run 'sitegen build --force' to replace it anyway");
    }

    /// <summary>Writes the site (and the marker) beside <paramref name="outputDir"/>, then publishes it in place of the old one.</summary>
    public static void Replace(string outputDir, IReadOnlyList<OutputFile> files)
    {
        using var staged = Stage(outputDir);
        foreach (var file in files) staged.Write(file);
        staged.Publish();
    }

    /// <summary>
    /// Starts a site beside <paramref name="outputDir"/> that files are written into as they are made; nothing is
    /// visible in output/ until <see cref="StagedSite.Publish"/>, and disposing an unpublished one deletes it.
    /// </summary>
    public static StagedSite Stage(string outputDir)
    {
        var output = Full(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        RemoveLeftovers(output);

        var token = RunLeftovers.NewToken();
        var staging = Path.Combine(parent, $".{name}.staging-{token}");
        var reusing = false;
        var spare = SparePath(output);
        if (Directory.Exists(spare) && new FileInfo(spare).LinkTarget is null && HasMarker(spare))
        {
            try
            {
                // Renamed first, so a run killed while updating it leaves an ordinary staging leftover, deleted next time.
                Directory.Move(spare, staging);
                File.Delete(Path.Combine(staging, MarkerFileName));
                reusing = true;
            }
            catch (IOException)
            {
                // Taken by another writer, or not movable: start from an empty folder as a clean build does.
            }
        }
        if (!reusing) Directory.CreateDirectory(staging);
        return new StagedSite(staging, output, Path.Combine(parent, $".{name}.retired-{token}"), reusing, PageIndex.Read(PageIndexPath(output)));
    }

    /// <summary>Where the <see cref="PageIndex"/> of the site in output/ is kept: beside it, never published with it.</summary>
    public static string PageIndexPath(string outputDir)
    {
        var output = Full(outputDir);
        // Not named like the spare and staging folders (.output.*): those are SiteGen's sites, this is a note about one.
        return Path.Combine(Path.GetDirectoryName(output)!, $".sitegen-pages-{Path.GetFileName(output)}");
    }

    /// <summary>
    /// Where the site replaced by the last build is kept: the next build updates it in place (writing only the files
    /// whose bytes differ) and swaps it in, instead of writing every file into an empty folder and deleting the old site.
    /// </summary>
    public static string SparePath(string outputDir)
    {
        var output = Full(outputDir);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{SpareSuffix}");
    }

    private const string SpareSuffix = "spare";

    /// <summary>
    /// A site being written beside output/. Safe to write from several threads. When it starts from the spare (an older
    /// site), a file whose bytes are already there is left untouched, and files the new site lacks are removed on publish.
    /// </summary>
    public sealed class StagedSite : IOutputSink, IDisposable
    {
        private readonly string _staging;
        private readonly string _output;
        private readonly string _retired;
        private readonly bool _reusing;
        private readonly PageIndex _publishedIndex;
        private readonly PageIndex _index = new();
        private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);
        private int _changed;
        private int _kept;
        private int _pages;
        private bool _published;

        internal StagedSite(string staging, string output, string retired, bool reusing, PageIndex published)
        {
            _staging = staging;
            _output = output;
            _retired = retired;
            _reusing = reusing;
            _publishedIndex = published;
            _directories[staging] = true;
        }

        /// <summary>What was written: every file of the site, its pages, and how many files had to be (re)written.</summary>
        public WriteSummary Summary => new(_paths.Count, _pages, _changed) { Kept = _kept };

        public void Write(OutputFile file) => Write(file, null);

        public void Write(OutputFile file, UInt128 inputKey) => Write(file, (UInt128?)inputKey);

        private void Write(OutputFile file, UInt128? inputKey)
        {
            var path = Claim(file.Path);
            if (inputKey is { } key) _index.Set(file.Path, new PageIndex.Entry(key, PageIndex.HashOf(file.Content)));
            if (_reusing && HoldsExactlyOrClear(path, file.Content)) return;
            Interlocked.Increment(ref _changed);
            EnsureDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        /// <summary>
        /// Keeps a page without rendering it when the published index says these inputs made it and its bytes, in the
        /// spare or else in output/, still hash as the index says; false when the page has to be rendered.
        /// </summary>
        public bool TryKeep(string page, UInt128 inputKey)
        {
            if (!_publishedIndex.TryGet(page, out var known) || known.Key != inputKey) return false;
            var relative = page.Replace('/', Path.DirectorySeparatorChar);
            if (_reusing && RegularFileBytes(Path.Combine(_staging, relative)) is { } here && PageIndex.HashOf(here) == known.Hash)
            {
                Claim(page);
                _index.Set(page, known);
                Interlocked.Increment(ref _kept);
                return true;
            }
            // The spare holds an older version of the page; output/ holds the one these inputs make, unless someone changed it.
            if (RegularFileBytes(Path.Combine(_output, relative)) is not { } published || PageIndex.HashOf(published) != known.Hash) return false;
            Write(new OutputFile(page, published), inputKey);
            Interlocked.Increment(ref _kept);
            return true;
        }

        /// <summary>Counts a file of the new site, once, and gives where it goes in the staging folder.</summary>
        private string Claim(string page)
        {
            if (!_paths.TryAdd(page, true)) throw new InvalidOperationException($"'{page}' was written twice");
            if (page.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
            return Path.Combine(_staging, page.Replace('/', Path.DirectorySeparatorChar));
        }

        private static byte[]? RegularFileBytes(string path)
        {
            var info = new FileInfo(path);
            if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0) return null;
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Completes the staged site (stale files out, marker last) and swaps it in for output/ in one step.</summary>
        public void Publish()
        {
            if (_reusing) RemoveStale();
            // Written last: a staging folder with the marker is complete (a killed run's staging is deleted anyway).
            File.WriteAllText(Path.Combine(_staging, MarkerFileName), MarkerText);
            _published = true;
            PauseHook.Reach(PausePoint.Staged);
            OutputWriter.Publish(_staging, _output, _retired);
            // After the swap: until then the old index still describes output/ (and a stale one only costs renders).
            _index.Write(PageIndexPath(_output));
        }

        public void Dispose()
        {
            if (_published) return;
            if (_reusing && !Directory.Exists(SparePath(_output)))
            {
                // A failed build keeps the spare for the next one: whatever mix of old and new files it now holds,
                // the next build compares every file's bytes and removes the ones it does not make.
                try
                {
                    File.WriteAllText(Path.Combine(_staging, MarkerFileName), MarkerText);
                    Directory.Move(_staging, SparePath(_output));
                    return;
                }
                catch (IOException)
                {
                }
            }
            RunLeftovers.DeleteTree(_staging);
        }

        /// <summary>
        /// Whether a regular file (not a link, whose target could lie anywhere) with these bytes is at the path; if not,
        /// whatever is there is removed, so the file is written new rather than over the old one (which may have other hard links).
        /// </summary>
        private static bool HoldsExactlyOrClear(string path, byte[] content)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                // A folder or link where the file goes is the old site's; it makes way for the file.
                if (info.Attributes != (FileAttributes)(-1) && (info.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0) RunLeftovers.DeleteTree(path);
                return false;
            }
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                info.Delete();
                return false;
            }
            if (info.Length == content.Length && SameBytes(path, content)) return true;
            info.Delete();
            return false;
        }

        private static bool SameBytes(string path, byte[] content)
        {
            using var handle = File.OpenHandle(path);
            var existing = System.Buffers.ArrayPool<byte>.Shared.Rent(content.Length);
            try
            {
                var read = 0;
                while (read < content.Length && RandomAccess.Read(handle, existing.AsSpan(read, content.Length - read), read) is var n and > 0) read += n;
                return read == content.Length && existing.AsSpan(0, read).SequenceEqual(content);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(existing);
            }
        }

        private void EnsureDirectory(string dir)
        {
            if (_directories.ContainsKey(dir)) return;
            // In an older site a file may stand where this build needs a folder.
            if (_reusing && File.Exists(dir)) File.Delete(dir);
            if (_reusing && Path.GetDirectoryName(dir) is { } up && up.Length > _staging.Length) EnsureDirectory(up);
            Directory.CreateDirectory(dir);
            _directories[dir] = true;
        }

        /// <summary>Deletes what the older site had and this one does not: files, then folders left empty.</summary>
        private void RemoveStale()
        {
            foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
            {
                if (!_paths.ContainsKey(Path.GetRelativePath(_staging, file).Replace(Path.DirectorySeparatorChar, '/'))) File.Delete(file);
            }
            foreach (var dir in Directory.EnumerateDirectories(_staging, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            {
                if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
            }
        }
    }

    /// <summary>
    /// Puts the staged site at <paramref name="output"/>. On Linux one renameat2(RENAME_EXCHANGE) swaps the two folders,
    /// so output/ never goes missing; the old site, now under the staging name, is deleted afterwards (or by the next
    /// run if this one is killed first). Elsewhere it takes two renames, and a kill between them is repaired by
    /// <see cref="RemoveLeftovers"/>, which moves the retired site back.
    /// </summary>
    private static void Publish(string staging, string output, string retired)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!Directory.Exists(output))
            {
                try
                {
                    Directory.Move(staging, output);
                    return;
                }
                catch (IOException) when (Directory.Exists(output) && attempt < 3)
                {
                    // Another writer published first; exchange with its site instead.
                }
            }
            switch (NativeFileSystem.Exchange(staging, output))
            {
                case ExchangeOutcome.Exchanged:
                    PauseHook.Reach(PausePoint.Swapped);
                    KeepAsSpare(staging, output);
                    return;
                case ExchangeOutcome.Missing when attempt < 3:
                    continue;
                default:
                    Directory.Move(output, retired);
                    PauseHook.Reach(PausePoint.Swapped);
                    Directory.Move(staging, output);
                    KeepAsSpare(retired, output);
                    return;
            }
        }
    }

    /// <summary>
    /// Deletes what killed runs left beside the output folder. If a kill between the two renames of the fallback left
    /// no output folder, its retired site (a complete one: it was the published site) goes back in place first.
    /// </summary>
    public static void RemoveLeftovers(string outputDir)
    {
        var output = Full(outputDir);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return;
        var prefix = $".{Path.GetFileName(output)}.";
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            var match = LeftoverSuffix().Match(Path.GetFileName(path)[prefix.Length..]);
            if (!match.Success || !int.TryParse(match.Groups["pid"].ValueSpan, out var pid) || !RunLeftovers.IsDead(pid)) continue;
            if (!Directory.Exists(output) && Path.GetFileName(path).StartsWith(prefix + "retired-", StringComparison.Ordinal) && HasMarker(path))
            {
                Directory.Move(path, output);
                continue;
            }
            RunLeftovers.DeleteTree(path);
        }
    }

    /// <summary>Keeps the site just replaced for the next build to update; an older spare, if any, is deleted.</summary>
    private static void KeepAsSpare(string replaced, string output)
    {
        var spare = SparePath(output);
        if (Directory.Exists(spare) || File.Exists(spare)) RunLeftovers.DeleteTree(spare);
        // Only SiteGen's own sites are kept: a folder replaced with --force held someone else's files.
        if (!HasMarker(replaced))
        {
            RunLeftovers.DeleteTree(replaced);
            return;
        }
        try
        {
            Directory.Move(replaced, spare);
        }
        catch (IOException)
        {
            RunLeftovers.DeleteTree(replaced);
        }
    }

    private static bool IsEmpty(string dir) => !Directory.EnumerateFileSystemEntries(dir).Any();

    private static bool HasMarker(string dir)
    {
        var marker = new FileInfo(Path.Combine(dir, MarkerFileName));
        return marker.Exists && marker.LinkTarget is null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}

/// <summary>Receives a build's files as they are made (the staged output folder).</summary>
public interface IOutputSink
{
    void Write(OutputFile file);

    /// <summary>Writes a page made from inputs with this key (see <see cref="PageIndex"/>), so a later build can keep it unrendered.</summary>
    void Write(OutputFile file, UInt128 inputKey) => Write(file);

    /// <summary>Keeps a page the last build made from the same inputs, without rendering it; false when it must be rendered.</summary>
    bool TryKeep(string page, UInt128 inputKey) => false;
}

/// <summary>What a build wrote: all files of the site, its pages, and how many files had to be written because their bytes changed.</summary>
public sealed record WriteSummary(int Files, int Pages, int Changed)
{
    /// <summary>Pages kept unrendered because the last build made them from the same inputs (see <see cref="PageIndex"/>).</summary>
    public int Kept { get; init; }
}
