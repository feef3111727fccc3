using SiteGen.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Rendering;

namespace SiteGen.Publishing;

/// <summary>
/// The output folder and what SiteGen keeps beside it: the marker that says a folder is SiteGen's, the spare site, the
/// page index, and the refusal to replace a folder whose loss would destroy someone's files. A build writes into a
/// <see cref="StagedSite"/> beside output/ and <see cref="OutputSwap"/> exchanges it with output/ in one step, so readers
/// never see half a site; output/ stays a real folder (not a symlink to the newest build) so that <c>cp -r output/</c>,
/// rsync and upload actions copy the site rather than a link.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file SiteGen writes into every output folder, by which it knows a folder it may replace.</summary>
    public const string MarkerFileName = ".sitegen-output";

    /// <summary>The marker's text; fixed, so two builds of the same input stay byte-identical.</summary>
    public const string MarkerText = "This folder was written by SiteGen. Every 'sitegen build' deletes and replaces all of it.\n";

    private static readonly string[] SourceFolders = ["content", "templates", "seeds", "build", ".git"];

    /// <summary>
    /// Refuses an output folder whose replacement would destroy someone's files: the repository root or any folder
    /// holding or inside the sources (always), or a folder that is neither empty nor SiteGen's own (unless forced).
    /// </summary>
    /// <param name="outputDir">The folder a build would replace.</param>
    /// <param name="sourceDirs">The content and templates folders, which it must neither be, hold nor lie in.</param>
    /// <param name="force">build --force: replace a folder SiteGen did not write.</param>
    /// <param name="displayRoot">Diagnostics name the folder relative to this.</param>
    public static Diagnostic? Check(string outputDir, IEnumerable<string> sourceDirs, bool force, string displayRoot)
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
    /// <param name="outputDir">The output folder.</param>
    /// <param name="published">The index of the site in output/ (from the build state), by which unchanged pages are kept.</param>
    /// <param name="spareIndex">The index of the spare site, when the build state knows it: its files are then not read to be compared.</param>
    public static StagedSite Stage(string outputDir, PageIndex? published = null, PageIndex? spareIndex = null)
    {
        var output = Full(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        OutputSwap.RemoveLeftovers(output);

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
                reusing = true;
                // A read-only output/ (a deploy tool's chmod) becomes the spare after the next swap: the build must write into it.
                RunLeftovers.MakeFoldersWritable(staging);
                File.Delete(Path.Combine(staging, MarkerFileName));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Taken by another writer, or not movable or writable: start from an empty folder as a clean build does.
                if (reusing)
                {
                    RunLeftovers.TryDeleteTree(staging);
                    staging = Path.Combine(parent, $".{name}.staging-{RunLeftovers.NewToken()}");
                    reusing = false;
                }
            }
        }
        var seeded = false;
        if (!reusing)
        {
            Directory.CreateDirectory(staging);
            // No spare (the first build after a clean one, or the spare was lost): the staged site starts as a set of hard
            // links to output/'s files that hash as the build state says, so a kept page costs one link, not a copy.
            if (published is { Count: > 0 } && SeedWithLinks(output, staging, published) is { Count: > 0 } linked)
            {
                reusing = seeded = true;
                spareIndex = linked;
            }
        }
        return new StagedSite(staging, output, Path.Combine(parent, $".{name}.retired-{token}"), reusing, published ?? new PageIndex(), spareIndex ?? new PageIndex()) { Seeded = seeded };
    }

    /// <summary>
    /// Links into <paramref name="staging"/> every file of output/ whose bytes hash as <paramref name="published"/> says
    /// (a file changed or replaced there since is not taken), and gives the index of what it linked: the staged site then
    /// holds those files as a spare would. Nothing is ever written through a link: a file whose bytes change is deleted and
    /// written new (<see cref="StagedSite"/>). Empty when hard links cannot be made here; the staging folder is then empty again.
    /// </summary>
    private static PageIndex SeedWithLinks(string output, string staging, PageIndex published)
    {
        var linked = new PageIndex();
        if (OperatingSystem.IsWindows() || !Directory.Exists(output) || new FileInfo(output).LinkTarget is not null || !HasMarker(output)) return linked;
        var folders = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var failed = 0;
        Parallel.ForEach(published.Entries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (entry, loop) =>
        {
            if (Volatile.Read(ref failed) != 0) return;
            var relative = entry.Key.Replace('/', Path.DirectorySeparatorChar);
            var source = Path.GetFullPath(Path.Combine(output, relative));
            // The state names files under the site only, and never the marker (written anew on every publish).
            if (!source.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || entry.Key == MarkerFileName) return;
            try
            {
                var info = new FileInfo(source);
                if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0 || info.Length != entry.Value.Length) return;
                if (HashOfFile(source, entry.Value.Length) != entry.Value.Hash) return;
                var target = Path.Combine(staging, relative);
                var folder = Path.GetDirectoryName(target)!;
                // Noted only once made: another thread may be making it now, and a link into a missing folder fails.
                if (!folders.ContainsKey(folder))
                {
                    Directory.CreateDirectory(folder);
                    folders[folder] = true;
                }
                switch (NativeFileSystem.TryHardLink(source, target))
                {
                    case LinkOutcome.Linked:
                        linked.Set(entry.Key, entry.Value);
                        break;
                    case LinkOutcome.Unsupported:
                        Interlocked.Exchange(ref failed, 1);
                        loop.Stop();
                        break;
                    // Failed: this file is written like any other the index cannot prove.
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable or gone: rendered again like any page the index cannot prove.
            }
        });
        if (failed == 0) return linked;
        // No hard links on this file system: start from an empty folder, as before.
        RunLeftovers.DeleteTree(staging);
        Directory.CreateDirectory(staging);
        return new PageIndex();
    }

    /// <summary>The hash of a file's bytes, read into a pooled buffer (a site's worth of files would be that much garbage).</summary>
    private static UInt128? HashOfFile(string path, long length)
    {
        if (length > Array.MaxLength) return null;
        using var handle = File.OpenHandle(path);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            var read = 0;
            while (read <= length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length + 1 - read), read) is var n and > 0) read += n;
            // One byte more than indexed would be a longer file than the one the state hashed.
            return read == length ? PageIndex.HashOf(buffer.AsSpan(0, read)) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the <see cref="BuildState"/> of the site in output/ is kept: beside it, never published with it.</summary>
    public static string BuildStatePath(string outputDir)
    {
        var output = Full(outputDir);
        // Not named like the spare and staging folders (.output.*): those are SiteGen's sites, this is a note about one.
        return Path.Combine(Path.GetDirectoryName(output)!, $".sitegen-state-{Path.GetFileName(output)}");
    }

    /// <summary>
    /// The output folder's lock file, beside it like the build state: a build holds it alone while it writes the folder,
    /// so two builds into one folder take turns rather than share its spare and build state.
    /// </summary>
    public static string LockPath(string outputDir)
    {
        var output = Full(outputDir);
        return Path.Combine(Path.GetDirectoryName(output)!, $".sitegen-lock-{Path.GetFileName(output)}");
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

    internal static bool IsEmpty(string dir) => !Directory.EnumerateFileSystemEntries(dir).Any();

    internal static bool HasMarker(string dir)
    {
        var marker = new FileInfo(Path.Combine(dir, MarkerFileName));
        return marker.Exists && marker.LinkTarget is null;
    }

    internal static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
