namespace SiteGen.Tests.Support;

/// <summary>Every file under a folder, by its path with '/', for comparing folders byte for byte.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, byte[]> Of(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static bool AreEqual(IReadOnlyDictionary<string, byte[]> a, IReadOnlyDictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.AsSpan().SequenceEqual(other));
}
