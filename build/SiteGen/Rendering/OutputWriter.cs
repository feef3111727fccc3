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
        var output = Full(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        RemoveLeftovers(output);

        var token = RunLeftovers.NewToken();
        var staging = Path.Combine(parent, $".{name}.staging-{token}");
        Directory.CreateDirectory(staging);
        try
        {
            var paths = files.Select(f => Path.Combine(staging, f.Path.Replace('/', Path.DirectorySeparatorChar))).ToArray();
            foreach (var dir in paths.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal)) Directory.CreateDirectory(dir!);
            Parallel.For(0, paths.Length, i => File.WriteAllBytes(paths[i], files[i].Content));
            // Written last: a staging folder with the marker is complete (a killed run's staging is deleted anyway).
            File.WriteAllText(Path.Combine(staging, MarkerFileName), MarkerText);
        }
        catch
        {
            RunLeftovers.DeleteTree(staging);
            throw;
        }

        PauseHook.Reach(PausePoint.Staged);
        Publish(staging, output, Path.Combine(parent, $".{name}.retired-{token}"));
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
                    RunLeftovers.DeleteTree(staging);
                    return;
                case ExchangeOutcome.Missing when attempt < 3:
                    continue;
                default:
                    Directory.Move(output, retired);
                    PauseHook.Reach(PausePoint.Swapped);
                    Directory.Move(staging, output);
                    RunLeftovers.DeleteTree(retired);
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

    private static bool IsEmpty(string dir) => !Directory.EnumerateFileSystemEntries(dir).Any();

    private static bool HasMarker(string dir)
    {
        var marker = new FileInfo(Path.Combine(dir, MarkerFileName));
        return marker.Exists && marker.LinkTarget is null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
