using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A word list is a data file in Ingest/Data/ plus its property in WordLists.cs: a file no property reads would look
/// like vocabulary ingest uses while changing nothing, so every embedded file must be read by a list.
/// </summary>
public sealed class WordListLoadingTests
{
    private const string Prefix = "SiteGen.Ingest.Data.";

    [Fact]
    public void EveryDataFileIsReadByAWordList()
    {
        var embedded = typeof(WordLists).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".txt".Length]).Order(StringComparer.Ordinal).ToList();
        Assert.True(embedded.Count >= 40, $"only {embedded.Count} word lists embedded");

        _ = WordLists.Default;
        var unread = embedded.Except(WordLists.FilesRead, StringComparer.Ordinal).ToList();
        Assert.True(unread.Count == 0, $"{string.Join(", ", unread.Select(n => n + ".txt"))} in Ingest/Data/ is read by no property of WordLists.cs");
    }
}
