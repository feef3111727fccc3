using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A scraped page that lost its punctuation is one sentence of megabytes. Ingest's work must grow with the text, not
/// with its square: measured as the bytes the extraction allocates (counted, not timed, so a loaded machine changes
/// nothing), ten times the text costs at most about ten times the work; and no sentence is longer than the bound
/// every rule relies on.
/// </summary>
public sealed class RunOnSentenceGrowthTests
{
    private const string Lede = "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga on Friday, August 15, 2025.\n\n";

    /// <summary>Runs of text with no full stop, each built from a shape that once cost the square of its length.</summary>
    public static TheoryData<string, string> RunOns() => new()
    {
        { "dates", "on Monday August 15 2025 " },
        { "relative dates", "next week on June 9 " },
        { "quotes and attributions", "\"x,\" Trump said, " },
        { "plain words", "said " },
        { "names and roles", "Foreign Minister Anna Berg and President Tom Reyes " },
        { "single quotes", "'yes,' he said, 'no' " },
    };

    private static long WorkFor(string run, int characters)
    {
        var text = Lede + string.Concat(Enumerable.Repeat(run, characters / run.Length)) + "\n";
        var extractor = new Extractor();
        // Extraction runs on the calling thread: what it allocates there is its own work, whatever else the test host runs.
        var before = GC.GetAllocatedBytesForCurrentThread();
        extractor.Extract([new SeedText("run-on.txt", "seeds/run-on.txt", text)]);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [MemberData(nameof(RunOns))]
    public void TenTimesTheTextCostsAboutTenTimesTheWork(string shape, string run)
    {
        WorkFor(run, 2_000); // the word lists and first calls, paid once
        var small = WorkFor(run, 20_000);
        var large = WorkFor(run, 200_000);
        // Linear work makes the ratio 10 (less, with fixed costs); the square of the sentence made it 40 and more.
        Assert.True(large <= small * 13, $"{shape}: 10× the text allocated {(double)large / small:F1}× as much ({small:N0} → {large:N0} bytes)");
    }

    [Theory]
    [MemberData(nameof(RunOns))]
    public void NoSentenceIsLongerThanTheBound(string shape, string run)
    {
        var text = string.Concat(Enumerable.Repeat(run, 50_000 / run.Length));
        var paragraph = new ParagraphText(text, WordLists.Default);

        Assert.All(paragraph.Sentences, s => Assert.True(s.End - s.Start <= ParagraphText.MaxSentenceLength, $"{shape}: a sentence of {s.End - s.Start} characters"));
        Assert.Equal(0, paragraph.Sentences[0].Start);
        for (var i = 1; i < paragraph.Sentences.Count; i++) Assert.Equal(paragraph.Sentences[i - 1].End, paragraph.Sentences[i].Start);
    }
}
