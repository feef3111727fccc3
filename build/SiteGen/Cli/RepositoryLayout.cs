using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Finds the repository root (the folder holding content/ and templates/) so every verb's defaults work from any sub-folder.</summary>
public static class RepositoryLayout
{
    public static string FindRoot(string? start = null) => TryFindRoot(start) ?? Path.GetFullPath(start ?? Directory.GetCurrentDirectory());

    /// <summary>The nearest folder at or above <paramref name="start"/> holding content/ and templates/, or null outside any site.</summary>
    public static string? TryFindRoot(string? start = null)
    {
        for (var d = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            if (Directory.Exists(Path.Combine(d.FullName, "content")) && Directory.Exists(Path.Combine(d.FullName, "templates")))
                return d.FullName;
        }
        return null;
    }

    public static string Default(string? given, string name) =>
        Path.GetFullPath(given ?? Path.Combine(FindRoot(), name));

    /// <summary>
    /// Refuses a verb run outside any site with no content folder given, printing why, and returns its exit code; null
    /// inside a site. Without this the verb would report the missing content/ and templates/ as broken files
    /// ("templates:1:1"), which tells a new user nothing. There is no file to point at, so the line names the folder searched.
    /// </summary>
    public static int? RefuseOutsideSite(string? givenContent)
    {
        if (givenContent is not null || TryFindRoot() is not null) return null;
        Console.Error.WriteLine($"error {DiagnosticCodes.NoSiteHere}: no site here: run `sitegen init DIR --title \"...\"` to start one"
            + $" (no folder holding content/ and templates/ in {Directory.GetCurrentDirectory()} or above it; or pass --content)");
        return 1;
    }
}
