using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Paths into the repository and small builders shared by the ingest tests.</summary>
internal static class IngestTestSupport
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsDir => Path.Combine(RepositoryRoot, "seeds");

    public static string ContentDir => Path.Combine(RepositoryRoot, "content");

    // The seeds are in the repository, so their hand-made labels are too: the tests stand alone on a bare clone.
    public static string GoldFile => Path.Combine(RepositoryRoot, "tests", "SiteGen.Tests", "Ingest", "Gold", "seeds.gold.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (the folder with SiteGen.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>Extracts from in-memory article texts, named t0.txt, t1.txt, ... in order.</summary>
    public static Extraction Extract(params string[] articles) =>
        new Extractor().Extract([.. articles.Select((text, i) => new SeedText($"t{i}.txt", $"t{i}.txt", text))]);

    public static Extraction ExtractRepositorySeeds() =>
        new Extractor().ExtractFiles(Extractor.SeedFiles([SeedsDir]), RepositoryRoot);
}

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relative, string text)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
