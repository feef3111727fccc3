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
        try
        {
            DeleteTreeOnce(path);
        }
        catch (UnauthorizedAccessException) when (!OperatingSystem.IsWindows() && Directory.Exists(path))
        {
            // A folder SiteGen made but someone made read-only (chmod -R a-w output/, which then became the spare) keeps
            // its files from being deleted; its owner may give the write permission back, so do that and try again.
            MakeFoldersWritable(path);
            DeleteTreeOnce(path);
        }
    }

    /// <summary>Deletes what it can, and leaves what it may not: a leftover has a name of its own and blocks no later run.</summary>
    public static bool TryDeleteTree(string path)
    {
        try
        {
            DeleteTree(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Gives the owner write and search permission on every folder of a tree, where it lacks them; a root user needs none.</summary>
    public static void MakeFoldersWritable(string path)
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess || !Directory.Exists(path)) return;
        const UnixFileMode needed = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & needed) != needed) File.SetUnixFileMode(path, mode | needed);
        foreach (var folder in Directory.EnumerateDirectories(path))
        {
            if (new FileInfo(folder).LinkTarget is null) MakeFoldersWritable(folder);
        }
    }

    private static void DeleteTreeOnce(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || File.Exists(path)) info.Delete();
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
