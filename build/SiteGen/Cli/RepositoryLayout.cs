namespace SiteGen.Cli;

/// <summary>Finds the repository root (the folder holding content/ and templates/) so every verb's defaults work from any sub-folder.</summary>
public static class RepositoryLayout
{
    public static string FindRoot(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        for (var d = dir; d is not null; d = d.Parent)
        {
            if (Directory.Exists(Path.Combine(d.FullName, "content")) && Directory.Exists(Path.Combine(d.FullName, "templates")))
                return d.FullName;
        }
        return dir.FullName;
    }

    public static string Default(string? given, string name) =>
        Path.GetFullPath(given ?? Path.Combine(FindRoot(), name));
}
