using System.Text;
using SiteGen.Rendering.Search;
using Xunit.Abstractions;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>
/// At 10,000 pages a query still downloads at most about 100 KB: the manifest, the term shard its word falls in, and the
/// result files of its first ten results, measured on an invented corpus the size of a large newsroom archive.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchShardSizeTests(ITestOutputHelper output)
{
    public const int Pages = 10_000;
    private const int QueryBudget = 100 * 1024;

    /// <summary>
    /// Invented news text: 10,000 articles of 8 to 16 paragraphs, words drawn with a Zipf-like skew from 30,000 made-up
    /// words (so a few words are in most paragraphs, as "said" is), plus a quote per article, an event per two and a
    /// person per five.
    /// </summary>
    public static List<SearchDocument> Corpus(int pages)
    {
        var random = new Random(15);
        string[] syllables = ["ka", "lo", "mer", "tin", "sa", "vo", "rid", "ne", "pul", "gha", "to", "zen", "bri", "an", "os", "que", "li", "dor", "mu", "est"];
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        while (vocabulary.Count < 30_000)
            vocabulary.Add(string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)])) + (random.Next(4) == 0 ? "s" : ""));
        var words = vocabulary.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(words);
        // Rank r is drawn with probability about 1/r.
        string Word() => words[(int)Math.Min(words.Length - 1, Math.Exp(random.NextDouble() * Math.Log(words.Length)) - 1)];
        string Sentence(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => Word())) + ".";

        var documents = new List<SearchDocument>();
        for (var a = 0; a < pages; a++)
        {
            var title = $"Invented report {a}: {Sentence(6)}";
            var paragraphs = random.Next(8, 17);
            for (var p = 1; p <= paragraphs; p++)
                documents.Add(new SearchDocument(SearchKind.Paragraph, $"{title}, paragraph {p}", $"/summit/articles/report-{a}/#p{p}", Sentence(random.Next(25, 70)), false));
        }
        for (var a = 0; a < pages; a++)
            documents.Add(new SearchDocument(SearchKind.Quote, $"Speaker {a % 700}, Invented report {a}", $"/summit/articles/report-{a}/#p2", Sentence(18), false));
        for (var e = 0; e < pages / 2; e++)
            documents.Add(new SearchDocument(SearchKind.Event, Sentence(7), $"/summit/timeline/#event-{e}", Sentence(30), true));
        for (var p = 0; p < pages / 5; p++)
            documents.Add(new SearchDocument(SearchKind.Person, $"{Word()} {Word()}", $"/summit/people/person-{p}/", Sentence(8), true));
        return documents;
    }

    [Fact]
    public void AOneWordQueryDownloadsAtMost100KbAt10000Pages()
    {
        var documents = Corpus(Pages);
        var files = SearchIndexBuilder.Build(documents);
        var manifest = files.Single(f => f.Path == SearchIndexBuilder.ManifestPath).Content.Length;
        var shards = files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)).Select(f => f.Content.Length).ToList();
        var results = files.Where(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal)).Select(f => f.Content.Length).ToList();
        var worst = manifest + shards.Max() + 10 * results.Max();

        var report = new StringBuilder()
            .AppendLine($"{Pages} pages, {documents.Count} documents, {shards.Count} term shards, {results.Count} result files")
            .AppendLine($"manifest {manifest} B; term shard largest {shards.Max()} B, median {Median(shards)} B; result file largest {results.Max()} B, median {Median(results)} B")
            .AppendLine($"one-word query, first ten results, worst case: {worst} B; all shards together {shards.Sum()} B");
        output.WriteLine(report.ToString());

        Assert.True(documents.Count > 120_000, "the corpus has a paragraph count of a large archive");
        Assert.True(shards.Count > 50, "the index is split into many shards");
        Assert.True(worst <= QueryBudget, report.ToString());
    }

    private static int Median(List<int> sizes) => sizes.Order().ElementAt(sizes.Count / 2);
}
