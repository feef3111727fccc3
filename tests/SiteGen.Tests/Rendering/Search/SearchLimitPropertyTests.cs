using System.Text.Json;
using CsCheck;
using SiteGen.Rendering.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// Every file of the search index keeps to its limit, whatever the documents and however small the limits: a term file
/// to its bytes (unless it holds one term), a term to its postings, a result file to its results, a result to its text.
/// </summary>
public sealed class SearchLimitPropertyTests
{
    private static readonly Gen<string> Words = Gen.Frequency(
        (8, Gen.OneOf("harbour", "quota", "mayor", "statement", "northtown", "fishery", "ferry", "council", "treaty", "pier", "the", "Café", "Jon's", "北京")),
        (1, Gen.Char['a', 'z'].Array[1, 150].Select(chars => new string(chars))));

    private static readonly Gen<SearchDocument> Documents = Gen.Select(Gen.Int[0, 5], Words.Array[1, 4], Words.Array[0, 30], Gen.Int[0, 999], Gen.Bool,
        (kind, title, text, id, titled) => new SearchDocument((SearchKind)kind, string.Join(' ', title), $"/site/page-{id}/#p1", string.Join(' ', text), titled));

    private static readonly Gen<SearchIndexLimits> Limits = Gen.Select(Gen.Int[60, 2_000], Gen.Int[1, 40], Gen.Int[1, 10], Gen.Int[5, 120],
        (shard, postings, results, text) => new SearchIndexLimits(shard, postings, results, text));

    [Fact]
    public void EveryFileKeepsToItsLimit()
    {
        Gen.Select(Documents.Array[1, 60], Limits).Sample((documents, limits) =>
        {
            foreach (var file in SearchIndexBuilder.Build(documents, limits))
            {
                var json = JsonDocument.Parse(file.Content).RootElement;
                if (file.Path.StartsWith(SearchIndexBuilder.Folder + "t/", StringComparison.Ordinal))
                {
                    var terms = json.EnumerateObject().ToList();
                    Assert.True(file.Content.Length <= limits.TermShardBytes || terms.Count == 1, $"{file.Path}: {file.Content.Length} bytes over {limits.TermShardBytes} with {terms.Count} terms");
                    Assert.All(terms, t => Assert.True(t.Value.GetArrayLength() - 1 <= limits.PostingsPerTerm, $"{t.Name}: {t.Value.GetArrayLength() - 1} postings over {limits.PostingsPerTerm}"));
                    Assert.All(terms, t => Assert.True(t.Name.Length <= SearchText.MaxWordLength, $"a term of {t.Name.Length} characters"));
                }
                else if (file.Path.StartsWith(SearchIndexBuilder.Folder + "d/", StringComparison.Ordinal))
                {
                    Assert.True(json.GetArrayLength() <= limits.DocumentsPerFile, $"{file.Path}: {json.GetArrayLength()} results over {limits.DocumentsPerFile}");
                    Assert.All(json.EnumerateArray(), r => Assert.True(r[3].GetString()!.Length <= limits.TextCharacters + 1, $"a result text of {r[3].GetString()!.Length} characters"));
                }
            }
        }, iter: TextGen.Iterations / 3);
    }

    [Fact]
    public void AMillionCharacterWordLeavesEveryTermFileUnderItsLimit()
    {
        var documents = new List<SearchDocument>
        {
            new(SearchKind.Paragraph, "Harbour talks", "/site/articles/a/#p1", "The mayors met. " + new string('w', 1_000_000) + " Then they left.", false),
            new(SearchKind.Paragraph, "Harbour talks", "/site/articles/a/#p2", "The quota deal is signed.", false),
        };

        var files = SearchIndexBuilder.Build(documents);

        var termFiles = files.Where(f => f.Path.StartsWith(SearchIndexBuilder.Folder + "t/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(termFiles);
        Assert.All(termFiles, f => Assert.True(f.Content.Length < SearchIndexLimits.Default.TermShardBytes, $"{f.Path} is {f.Content.Length} bytes"));
        Assert.Contains(termFiles, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("\"quota\"", StringComparison.Ordinal));
    }
}
