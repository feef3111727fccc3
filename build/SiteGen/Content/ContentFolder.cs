namespace SiteGen.Content;

/// <summary>Where diagnostics name content files from when no one says: the folder holding content/ (the repository root).</summary>
public static class ContentFolder
{
    public static string DefaultDisplayRoot(string contentDir) => Directory.GetParent(Path.GetFullPath(contentDir))?.FullName ?? ".";
}
