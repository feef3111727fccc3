using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A scraped page that lost its punctuation is one paragraph of megabytes, and ingest holds every paragraph of an article
/// while it reads it. What a paragraph keeps must stay a small multiple of its text: measured as the bytes its reading
/// allocates on this thread (counted, not timed, and nothing another test does changes it), and by checking that the
/// tokens made for a sentence are let go once later sentences are read. Before, every word was a token object with its own
/// strings, kept for the whole paragraph: about twenty bytes a character, with the regex's match objects on top.
/// </summary>
public sealed class RunOnSentenceMemoryTests
{
    /// <summary>Runs with no full stop: one short word, dates, quotes with attributions, names with roles.</summary>
    public static TheoryData<string, string> RunOns() => new()
    {
        { "one short word", "said " },
        { "dates", "on Monday August 15 2025 " },
        { "quotes and attributions", "\"x,\" Roe said, " },
        { "names and roles", "Foreign Minister Anna Berg and President Tom Reyes " },
    };

    private const int Characters = 1_000_000;

    private static string RunOf(string run) => string.Concat(Enumerable.Repeat(run, Characters / run.Length));

    [Theory]
    [MemberData(nameof(RunOns))]
    public void ReadingARunOnParagraphAllocatesAtMostFourTimesItsText(string shape, string run)
    {
        var text = RunOf(run);
        _ = new ParagraphText("Warm up the word lists.", WordLists.Default);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var paragraph = new ParagraphText(text, WordLists.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The text itself is two bytes a character; its masked copy (when it quotes) and its words' offsets about as much again.
        var textBytes = 2L * text.Length;
        Assert.True(allocated <= 4 * textBytes, $"{shape}: reading {text.Length:N0} characters allocated {allocated:N0} bytes, {(double)allocated / textBytes:F1}× the text");
        GC.KeepAlive(paragraph);
    }

    [Theory]
    [MemberData(nameof(RunOns))]
    public void ASentencesTokensAreLetGoOnceLaterSentencesAreRead(string shape, string run)
    {
        var paragraph = new ParagraphText(RunOf(run), WordLists.Default);
        Assert.True(paragraph.Sentences.Count > 100, $"{shape}: {paragraph.Sentences.Count} sentences");

        var first = FirstTokens(paragraph);
        var words = 0;
        foreach (var sentence in paragraph.Sentences) words += sentence.Tokens.Count;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.True(words > 0);
        Assert.False(first.IsAlive, $"{shape}: the first sentence's tokens are still held after all {paragraph.Sentences.Count} sentences were read");
        // Asked for again, they are made again, the same words.
        Assert.Equal(paragraph.Sentences[0].Tokens.Select(t => (t.Text, t.Start)), paragraph.Sentences[0].Tokens.Select(t => (t.Text, t.Start)));
        GC.KeepAlive(paragraph);
    }

    [Fact]
    public void AParagraphsTokensAreLetGoOnceLaterParagraphsAreRead()
    {
        // An article of many short paragraphs, as extraction reads it: one pool for all of them.
        var pool = new WordPool();
        var paragraphs = Enumerable.Range(0, 200).Select(i => new ParagraphText($"Anna Berg met Tom Reyes in Lyon on day {i}. They said talks went well.", WordLists.Default, pool)).ToList();

        var first = FirstTokens(paragraphs[0]);
        var words = paragraphs.Sum(p => p.Sentences.Sum(s => s.Tokens.Count));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.True(words > 0);
        Assert.False(first.IsAlive, "the first paragraph's tokens are still held after 200 paragraphs were read");
        GC.KeepAlive(paragraphs);
    }

    // In its own method, so no local of the test's frame keeps the list alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference FirstTokens(ParagraphText paragraph) => new(paragraph.Sentences[0].Tokens);
}
