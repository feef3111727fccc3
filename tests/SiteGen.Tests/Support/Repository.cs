namespace SiteGen.Tests.Support;

/// <summary>Finds the repository the tests run from, so tests use the committed content and templates.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Tests => Path.Combine(Root, "tests", "SiteGen.Tests");
    public static string ValidSite => Path.Combine(Tests, "Sites", "valid");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find SiteGen.sln above " + AppContext.BaseDirectory);
    }
}
