using System.Text;
using System.Text.Json;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>The sharded index: every term in the shard the manifest points to, the same bytes for the same documents, text kept as text.</summary>
public sealed class SearchIndexBuilderTests
{
    private static readonly string[] Vocabulary =
    [
        "harbour", "quota", "mayor", "statement", "northtown", "fishery", "ferry", "council", "treaty", "pier", "lantern",
        "granary", "tariff", "beacon", "orchard", "quarry", "meadow", "tanner", "weaver", "cooper", "archive", "ledger",
    ];

    /// <summary>Invented paragraphs: each uses a few words of the vocabulary, so terms spread over several small shards.</summary>
    private static List<SearchDocument> Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SearchDocument(
            (SearchKind)(i % 6),
            $"Invented article {i / 5}, paragraph {i % 5 + 1}",
            $"/harbour/articles/invented-{i / 5}/#p{i % 5 + 1}",
            string.Join(' ', Enumerable.Range(0, 6).Select(k => Vocabulary[(i * 7 + k * k) % Vocabulary.Length] + (k % 2 == 0 ? "s" : ""))) + $" word{i}",
            TitleIsSearched: i % 6 == (int)SearchKind.Person))];

    private static readonly SearchIndexLimits Small = new(TermShardBytes: 400, PostingsPerTerm: 1_000, DocumentsPerFile: 8, TextCharacters: 400);

    private static Dictionary<string, byte[]> Files(IReadOnlyList<SearchDocument> documents, SearchIndexLimits? limits = null) =>
        SearchIndexBuilder.Build(documents, limits).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    private static JsonElement Json(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    [Fact]
    public void EveryTermIsInTheShardTheManifestPointsTo()
    {
        var documents = Documents(200);
        var files = Files(documents, Small);
        var manifest = Json(files[SearchIndexBuilder.ManifestPath]);
        var boundaries = manifest.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.True(boundaries.Count > 3, $"expected several shards, got {boundaries.Count}");
        Assert.Equal("", boundaries[0]);
        Assert.Equal(boundaries.Order(StringComparer.Ordinal), boundaries);

        var terms = 0;
        for (var shard = 0; shard < boundaries.Count; shard++)
        {
            foreach (var term in Json(files[SearchIndexBuilder.TermShardPath(shard)]).EnumerateObject())
            {
                Assert.Equal(shard, SearchIndexBuilder.ShardOf(boundaries, term.Name));
                terms++;
            }
        }
        var expected = documents.SelectMany(d => SearchText.Terms(d.Text).Concat(d.TitleIsSearched ? SearchText.Terms(d.Title) : [])).Distinct().Count();
        Assert.True(expected > 200, "each document has a word of its own");
        Assert.Equal(expected, terms);
    }

    [Fact]
    public void PostingsDecodeToTheDocumentsAndWeightsOfATerm()
    {
        var documents = new List<SearchDocument>
        {
            new(SearchKind.Paragraph, "A, paragraph 1", "/a/#p1", "The ferry left the pier.", false),
            new(SearchKind.Paragraph, "A, paragraph 2", "/a/#p2", "No boats today.", false),
            new(SearchKind.Paragraph, "A, paragraph 3", "/a/#p3", "Ferries, ferries and more ferries.", false),
            new(SearchKind.Person, "Ann Ferry", "/people/ann-ferry/", "Harbour master", true),
        };
        var shard = Json(Files(documents)[SearchIndexBuilder.TermShardPath(0)]);
        var entries = shard.GetProperty("ferri").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(3, entries[0]);
        var decoded = new List<(int Id, int Weight)>();
        var id = 0;
        foreach (var e in entries.Skip(1))
        {
            id += e >> 2;
            decoded.Add((id, e & 3));
        }
        // Paragraph 1 once; paragraph 3 more than once (bit 0); the person by name (bit 1, the title).
        Assert.Equal([(0, 0), (2, 1), (3, 2)], decoded);
        Assert.False(shard.TryGetProperty("the", out _), "stop words are not indexed");
    }

    [Fact]
    public void TheSameDocumentsGiveTheSameBytes()
    {
        var first = Files(Documents(300), Small);
        var second = Files(Documents(300), Small);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
    }

    [Fact]
    public void TheManifestStampChangesWithTheText()
    {
        var documents = Documents(50);
        var before = Json(Files(documents)[SearchIndexBuilder.ManifestPath]).GetProperty("stamp").GetString();
        documents[10] = documents[10] with { Text = documents[10].Text + " lighthouse" };
        var after = Json(Files(documents)[SearchIndexBuilder.ManifestPath]).GetProperty("stamp").GetString();
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void TextFromContentStaysTextInEveryFile()
    {
        const string hostile = "<img src=x onerror=alert(1)> & \"quoted\" 'single' </script>";
        var documents = new List<SearchDocument>
        {
            new(SearchKind.Quote, "Ann <b>Writer</b>", "/a/#p1", hostile, false),
            new(SearchKind.Person, "<script>alert(1)</script>", "/people/x/", hostile, true),
        };
        var files = Files(documents);
        foreach (var (path, bytes) in files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("<", text);
            Assert.DoesNotContain(">", text);
        }
        var results = Json(files[SearchIndexBuilder.DocumentFilePath(0)]);
        Assert.Equal(hostile, results[0][3].GetString());
        Assert.Equal("<script>alert(1)</script>", results[1][1].GetString());
    }

    [Fact]
    public void ACommonTermKeepsItsCountButOnlyItsStrongestEntries()
    {
        var documents = Enumerable.Range(0, 50).Select(i => new SearchDocument(
            SearchKind.Paragraph, $"P{i}", $"/a/#p{i + 1}", i == 30 ? "harbour harbour" : "harbour", false)).ToList();
        var limits = SearchIndexLimits.Default with { PostingsPerTerm = 10 };
        var list = Json(Files(documents, limits)[SearchIndexBuilder.TermShardPath(0)]).GetProperty("harbour").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(50, list[0]);
        Assert.Equal(11, list.Count);
        // Document 30 says it twice, so it is kept first; the others by document order.
        var ids = new List<int>();
        var id = 0;
        foreach (var e in list.Skip(1)) ids.Add(id += e >> 2);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 30], ids);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(40)]
    [InlineData(97)]
    public void ATrimmedTermKeepsTheHighestWeightsThenTheLowestIdsWhateverTheMix(int limit)
    {
        // Weights 0-3 mixed unevenly (more than once: bit 0, in the title: bit 1), so the limit falls inside each weight in turn.
        static int Weight(int i) => (i * 37 % 11) switch { 0 => 3, 1 or 2 => 2, 3 or 4 or 5 => 1, _ => 0 };
        static (string Title, string Text) Words(int weight) => weight switch
        {
            3 => ("Harbour", "harbour"),
            2 => ("Harbour", "quay"),
            1 => ("Quay", "harbour harbour"),
            _ => ("Quay", "harbour"),
        };
        var documents = Enumerable.Range(0, 300).Select(i => new SearchDocument(SearchKind.Person, Words(Weight(i)).Title, $"/p/{i}/", Words(Weight(i)).Text, true)).ToList();
        var limits = SearchIndexLimits.Default with { PostingsPerTerm = limit };
        var list = Json(Files(documents, limits)[SearchIndexBuilder.TermShardPath(0)]).GetProperty("harbour").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var kept = new List<(int Id, int Weight)>();
        var id = 0;
        foreach (var e in list.Skip(1)) kept.Add((id += e >> 2, e & 3));
        var expected = Enumerable.Range(0, 300).OrderByDescending(Weight).ThenBy(i => i).Take(limit).Order().Select(i => (i, Weight(i))).ToList();
        Assert.Equal(300, list[0]);
        Assert.Equal(expected, kept);
    }

    [Fact]
    public void ResultFilesHoldTheirDocumentsInOrder()
    {
        var documents = Documents(20);
        var files = Files(documents);
        Assert.Equal(3, files.Keys.Count(k => k.StartsWith("search/d/", StringComparison.Ordinal)));
        var third = Json(files[SearchIndexBuilder.DocumentFilePath(2)]);
        Assert.Equal(4, third.GetArrayLength());
        Assert.Equal(documents[16].Url, third[0][2].GetString());
        Assert.Equal((int)documents[16].Kind, third[0][0].GetInt32());
    }

    [Theory]
    [InlineData("short text", 20, "short text")]
    [InlineData("the harbour talks ended late", 20, "the harbour talks…")]
    public void LongTextIsShortenedAtAWord(string text, int limit, string expected) =>
        Assert.Equal(expected, SearchIndexBuilder.Shorten(text, limit));

    [Fact]
    public void DocumentsAddedInAnyOrderFromSeveralThreadsGiveTheSameBytes()
    {
        // Pages render on every core, so paragraphs arrive out of order; a small posting limit makes terms drop entries
        // while they arrive, which must keep the same ones as dropping them at the end.
        var documents = Documents(400);
        var limits = Small with { PostingsPerTerm = 7 };
        var inOrder = Files(documents, limits);
        var emitted = new System.Collections.Concurrent.ConcurrentBag<OutputFile>();
        var builder = new SearchIndexBuilder(emitted.Add, limits);
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => (i * 7919) % documents.Count).ToArray();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = 4 }, id => builder.Add(id, documents[id]));
        var shuffled = builder.Finish().Concat(emitted).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Equal(inOrder.Keys.Order(StringComparer.Ordinal), shuffled.Keys.Order(StringComparer.Ordinal));
        Assert.All(inOrder, file => Assert.True(file.Value.AsSpan().SequenceEqual(shuffled[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public void ADocumentFileGoesOutAsSoonAsItsDocumentsAreIn()
    {
        // A large site's result texts are written while the pages render, not held until the end.
        var documents = Documents(20);
        var emitted = new List<string>();
        var builder = new SearchIndexBuilder(f => emitted.Add(f.Path), SearchIndexLimits.Default);
        for (var id = 8; id < 16; id++) builder.Add(id, documents[id]);
        Assert.Equal([SearchIndexBuilder.DocumentFilePath(1)], emitted);
        for (var id = 0; id < 7; id++) builder.Add(id, documents[id]);
        Assert.Single(emitted);
        Assert.Throws<InvalidOperationException>(() => builder.Finish());
    }

    [Fact]
    public void ADocumentAddedTwiceIsRefused()
    {
        var documents = Documents(3);
        var builder = new SearchIndexBuilder(_ => { }, SearchIndexLimits.Default);
        builder.Add(1, documents[1]);
        Assert.Throws<InvalidOperationException>(() => builder.Add(1, documents[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(-1, documents[0]));
        // Ids must run from 0 without a gap: document 0 never came.
        Assert.Throws<InvalidOperationException>(() => builder.Finish());
    }
}
