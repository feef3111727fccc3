using System.Text.RegularExpressions;
using SiteGen.FileSystem;

namespace SiteGen.Publishing;

/// <summary>
/// Puts a staged site in place of output/ in one step, keeps the replaced site as the spare, and repairs what a run
/// killed on the way left behind.
/// </summary>
public static partial class OutputSwap
{
    [GeneratedRegex(@"^(?:staging|retired)-(?<pid>\d+)(?:-[0-9a-f]+)?$")]
    private static partial Regex LeftoverSuffix();

    /// <summary>
    /// Puts the staged site at <paramref name="output"/>. On Linux one renameat2(RENAME_EXCHANGE) swaps the two folders,
    /// so output/ never goes missing; the old site, now under the staging name, is deleted afterwards (or by the next
    /// run if this one is killed first). Elsewhere it takes two renames, and a kill between them is repaired by
    /// <see cref="RemoveLeftovers"/>, which moves the retired site back.
    /// </summary>
    internal static void Publish(string staging, string output, string retired)
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
        var output = OutputFolder.Full(outputDir);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return;
        var prefix = $".{Path.GetFileName(output)}.";
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            var match = LeftoverSuffix().Match(Path.GetFileName(path)[prefix.Length..]);
            if (!match.Success || !int.TryParse(match.Groups["pid"].ValueSpan, out var pid) || !RunLeftovers.IsDead(pid)) continue;
            if (!Directory.Exists(output) && Path.GetFileName(path).StartsWith(prefix + "retired-", StringComparison.Ordinal) && OutputFolder.HasMarker(path))
            {
                Directory.Move(path, output);
                continue;
            }
            // One that cannot be deleted stays (its name is its own run's): it must not stop this build.
            RunLeftovers.TryDeleteTree(path);
        }
    }

    /// <summary>Keeps the site just replaced for the next build to update; an older spare, if any, is deleted.</summary>
    private static void KeepAsSpare(string replaced, string output)
    {
        var spare = OutputFolder.SparePath(output);
        if (Directory.Exists(spare) || File.Exists(spare)) RunLeftovers.DeleteTree(spare);
        // Only SiteGen's own sites are kept: a folder replaced with --force held someone else's files.
        if (!OutputFolder.HasMarker(replaced))
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
}
