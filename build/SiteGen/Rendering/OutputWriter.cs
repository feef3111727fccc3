using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Writes a built site so readers never see half of one: into a fresh staging folder, then swapped in by rename.</summary>
public static class OutputWriter
{
    private static readonly string[] SourceFolders = ["content", "templates", "seeds", "build", ".git"];

    /// <summary>Refuses an output folder whose replacement would destroy sources: the repository root, or any folder holding them.</summary>
    public static Diagnostic? CheckOutputFolder(BuildOptions options, string displayRoot)
    {
        var output = Full(options.OutputDir);
        var protectedDirs = new[] { Full(options.ContentDir), Full(options.TemplatesDir) };
        string? reason = null;
        if (Path.GetPathRoot(output) == output) reason = "it is the root of the file system";
        else if (protectedDirs.Any(p => p == output || p.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || output.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            reason = "it is, holds or lies inside the content or templates folder";
        else if (SourceFolders.FirstOrDefault(f => Directory.Exists(Path.Combine(output, f))) is { } held)
            reason = $"it holds a {held}/ folder, so it looks like a repository root";
        if (reason is null) return null;
        var shown = Path.GetRelativePath(displayRoot, output);
        return new Diagnostic(Severity.Error, DiagnosticCodes.UnsafeOutputFolder, SourceSpan.StartOf(shown),
            $"refusing to use '{shown}' as the output folder: {reason}; its contents are replaced on every build");
    }

    public static void Replace(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var output = Full(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.retired-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(retired);

        Directory.CreateDirectory(staging);
        try
        {
            var paths = files.Select(f => Path.Combine(staging, f.Path.Replace('/', Path.DirectorySeparatorChar))).ToArray();
            foreach (var dir in paths.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal)) Directory.CreateDirectory(dir!);
            Parallel.For(0, paths.Length, i => File.WriteAllBytes(paths[i], files[i].Content));
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (Directory.Exists(output)) Directory.Move(output, retired);
        Directory.Move(staging, output);
        DeleteIfExists(retired);
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
