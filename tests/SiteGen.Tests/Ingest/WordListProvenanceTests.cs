using System.Reflection;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Every word list extraction reads says where its words come from, in a "# Source:" line of its header.</summary>
public sealed class WordListProvenanceTests
{
    private const string Prefix = "SiteGen.Ingest.Data.";

    public static TheoryData<string> WordListFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(WordLists).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(name[Prefix.Length..]);
        }
        return data;
    }

    [Fact]
    public void TheWordListsAreEmbedded() => Assert.True(WordListFiles().Count >= 40);

    [Theory]
    [MemberData(nameof(WordListFiles))]
    public void EachWordListNamesItsSourceInItsHeader(string file)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(Prefix + file)!;
        using var reader = new StreamReader(stream);
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#')) header.Add(line);
        var source = Assert.Single(header, l => l.StartsWith("# Source: ", StringComparison.Ordinal));
        Assert.True(source.Length > "# Source: ".Length + 10, $"{file}: the source line says too little");
    }
}
