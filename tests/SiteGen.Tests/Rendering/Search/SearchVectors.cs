using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>The lines of tests/search-vectors.tsv, which the C# and the JavaScript search terms must both reproduce.</summary>
public static class SearchVectors
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "tests", "search-vectors.tsv");

    public static IReadOnlyList<(string Kind, string Input, string Expected)> All { get; } =
        [.. File.ReadAllLines(Path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => f.Length == 3 ? (f[0], f[1], f[2]) : throw new InvalidDataException($"{Path}: not three tab-separated fields: {string.Join("|", f)}"))];
}
