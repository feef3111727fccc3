using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A paragraph full of quotes (a transcript run together, a scrape that lost its line breaks) must cost the quote rules
/// work in proportion to its length. The rules allocate nothing per quote they pass over, so the allocation count of
/// <see cref="RunOnSentenceGrowthTests"/> cannot see a rule that reads every quote of the paragraph for each sentence:
/// here the quoted stretches the rules read are counted (<see cref="ExtractionWork"/>), with no clock.
/// </summary>
public sealed class QuoteWorkGrowthTests
{
    private const string Lede = "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga on Friday, August 15, 2025.\n\n";

    /// <summary>One paragraph of each shape, repeated: short sentences of quotes, a run-on of quotes, partial quotes in reported speech.</summary>
    public static TheoryData<string, string> QuoteParagraphs() => new()
    {
        { "sentences that are quotes", "Roe said, \"We will win.\" \"It is done,\" Berg added. " },
        { "a run-on of quotes", "\"x,\" Roe said, " },
        { "partial quotes in reported speech", "Berg said the plan was \"a big step\" for the port, adding that it was \"good news\". " },
        { "single quotes", "'Yes,' he said. 'No,' Roe replied. " },
    };

    private static long QuoteWork(string unit, int characters)
    {
        var text = Lede + string.Concat(Enumerable.Repeat(unit, characters / unit.Length)) + "\n";
        var extractor = new Extractor();
        var extraction = extractor.Extract([new SeedText("quotes.txt", "seeds/quotes.txt", text)]);
        Assert.NotEmpty(extraction.Quotes);
        return extractor.Work.QuoteSpansRead;
    }

    [Theory]
    [MemberData(nameof(QuoteParagraphs))]
    public void TenTimesTheQuotesInOneParagraphCostAboutTenTimesTheReads(string shape, string unit)
    {
        var small = QuoteWork(unit, 20_000);
        var large = QuoteWork(unit, 200_000);

        // Linear is 10; reading every quote of the paragraph per sentence made it about 100.
        Assert.True(small > 0, $"{shape}: nothing counted");
        Assert.True(large <= small * 11, $"{shape}: 10× the paragraph read {(double)large / small:F1}× as many quotes ({small:N0} → {large:N0})");
        Assert.True(large >= small * 8, $"{shape}: 10× the paragraph read only {(double)large / small:F1}× as many quotes ({small:N0} → {large:N0}): the count misses reads");
    }

    public static TheoryData<string, string> Paragraphs() => new()
    {
        { "quotes in several sentences", "\"a,\" Roe said. 'b' and \"c\" then. \"D\" and 'e' \"open" },
        { "a quote glued to a full stop", "It ended.\"We won.\" Then \"more\" came." },
        { "no quotes", "Roe spoke. Berg listened." },
        { "a run-on cut at the bound", string.Concat(Enumerable.Repeat("\"x,\" Roe said, ", 300)) },
        { "a dash quote", "\u2013We meet today, says Roe. Then we go." },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void EachSentenceIsGivenTheQuotesThatOpenInIt(string shape, string text)
    {
        var paragraph = new ParagraphText(text, WordLists.Default);

        foreach (var sentence in paragraph.Sentences)
        {
            var scanned = paragraph.Quotes.Where(q => q.Open >= sentence.Start && q.Open < sentence.End).ToList();
            Assert.True(scanned.SequenceEqual(paragraph.QuotesOf(sentence)), $"{shape}: sentence {sentence.Start}-{sentence.End}");
        }
        Assert.Equal(paragraph.Quotes.Count(q => q.Open < paragraph.Sentences[^1].End), paragraph.Sentences.Sum(s => s.QuoteCount));
    }
}
