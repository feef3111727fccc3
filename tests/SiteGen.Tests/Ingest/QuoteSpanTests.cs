using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Where quoted words start and end, for every quotation-mark convention reporters and scrapers produce. Each row is an
/// invented sentence in one convention and the words it quotes, in order.
/// </summary>
public sealed class QuoteSpanTests
{
    public static TheoryData<string, string[]> Conventions => new()
    {
        // Double marks, curly and straight.
        { "“We are ready,” the mayor said.", ["We are ready,"] },
        { "\"We are ready,\" the mayor said.", ["We are ready,"] },
        // Single-quote house style: the whole article quotes with ' ' or ‘ ’.
        { "'We will stand by our farmers,' the minister said.", ["We will stand by our farmers,"] },
        { "‘It would be madness to cut now,’ she said, adding the budget was ‘under pressure’.", ["It would be madness to cut now,", "under pressure"] },
        // Apostrophes are not marks: inside a word, a stray ‘ used as one, and a plural possessive inside a quote.
        { "The council’s plan won’t pass, he said.", [] },
        { "Russia‘s envoy left early.", [] },
        { "‘The farmers' union will decide,’ he said.", ["The farmers' union will decide,"] },
        // Swedish marks: the same ” opens and closes.
        { "”We are pleased with the outcome,” she said.", ["We are pleased with the outcome,"] },
        // A “ used to close.
        { "He called it a “great day“ for the town.", ["great day"] },
        // Guillemets.
        { "«Nothing is agreed», the envoy said.", ["Nothing is agreed"] },
        // A single-quoted title inside a double-quoted quote is part of that quote, not a quote of its own.
        { "“They call it ‘the deal of the century’,” he said.", ["They call it ‘the deal of the century’,"] },
        // A quote left open at the paragraph's end runs to the end (it continues in the next paragraph).
        { "“We will keep watching every clause.", ["We will keep watching every clause."] },
        { "‘We will keep watching every clause.", ["We will keep watching every clause."] },
    };

    [Theory]
    [MemberData(nameof(Conventions))]
    public void FindsTheQuotedWordsInEachConvention(string paragraph, string[] quoted)
    {
        var text = new ParagraphText(paragraph, WordLists.Default);
        Assert.Equal(quoted, text.Quotes.Select(q => paragraph[q.InnerStart..Math.Min(q.InnerEnd, paragraph.Length)]));
    }

    [Fact]
    public void AnUnclosedSingleMarkInsideAParagraphIsAnApostropheNotAQuote()
    {
        // "the 'nineties" style elisions must not swallow the rest of the paragraph.
        var text = new ParagraphText("Sales peaked in the '90s and fell after, the report said.", WordLists.Default);
        Assert.Empty(text.Quotes);
    }
}
