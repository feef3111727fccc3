using System.Diagnostics;
using System.Security.Cryptography;

namespace SiteGen.FileSystem;

/// <summary>
/// Temporary names carry the id of the process that made them, so a later run removes what a killed run left behind
/// without touching the work of one still running (a build into the same parent folder from another site, say).
/// </summary>
internal static class RunLeftovers
{
    /// <summary>A name part unique to this call: the process id, then random hex so two writers in one process never meet.</summary>
    public static string NewToken() => $"{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";

    /// <summary>Whether the process that made a temporary name is gone; a reused id errs on the side of keeping the file.</summary>
    public static bool IsDead(int processId)
    {
        if (processId == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public static void DeleteTree(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || File.Exists(path)) info.Delete();
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
