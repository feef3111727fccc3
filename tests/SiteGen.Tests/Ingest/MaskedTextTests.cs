using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A paragraph's masked text is a view worked out when read, not a copy held with the paragraph (issue #23: the copy was
/// as large as the paragraph, for a whole run of quotes). The view must read exactly as the copy did: every character,
/// every slice, every backward search, on paragraphs mixing straight and curly quotes, apostrophes, stops and dashes.
/// </summary>
public sealed class MaskedTextTests
{
    private static readonly string[] Pieces =
    [
        "Roe", " said", " the", " talks", ", ", ". ", "? ", "! ", "\"", "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019",
        "don't", "Norway\u2019s", " \u2013 ", "\u2013", ".", ",", " 'tis", " leaders' ", " (", ")", "  ",
    ];

    private static string RandomParagraph(Random random)
    {
        var parts = random.Next(1, 40);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < parts; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    [Fact]
    public void TheViewReadsAsTheMaskedCopyOnGeneratedParagraphs()
    {
        var random = new Random(23);
        var withQuotes = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var original = RandomParagraph(random);
            var paragraph = new ParagraphText(original, WordLists.Default);
            var plain = ParagraphText.Fold(original);
            var copy = paragraph.Quotes.Count == 0 ? plain : ParagraphText.MaskQuotes(plain, paragraph.Quotes);
            if (paragraph.Quotes.Count > 0) withQuotes++;
            var view = paragraph.Masked;

            Assert.Equal(copy.Length, view.Length);
            Assert.Equal(copy, view.ToString());
            for (var i = 0; i < copy.Length; i++) Assert.True(copy[i] == view[i], $"character {i} of «{original}»: «{copy[i]}», the view «{view[i]}»");
            for (var k = 0; k < 10 && copy.Length > 0; k++)
            {
                var start = random.Next(copy.Length);
                var end = random.Next(start, copy.Length + 1);
                Assert.Equal(copy[start..end], view[start..end]);
                var count = random.Next(start + 2);
                Assert.Equal(copy.LastIndexOf(ParagraphText.Mask, start, count), view.LastIndexOf(ParagraphText.Mask, start, count));
            }
        }
        Assert.True(withQuotes > 1_000, $"only {withQuotes} paragraphs quote");
    }

    [Theory]
    [InlineData("\"x,\" Roe said, \"y.\" Berg said.")]
    [InlineData("\u201CWe are ready,\u201D Roe said of the \u2018deal\u2019.")]
    [InlineData("\u2013We meet today, says Roe.")]
    public void AParagraphThatQuotesHoldsNoMaskedCopy(string original)
    {
        var paragraph = new ParagraphText(original, WordLists.Default);

        Assert.NotEmpty(paragraph.Quotes);
        Assert.Contains(ParagraphText.Mask, paragraph.Masked.ToString());
        Assert.True(paragraph.Masked.IsViewOf(paragraph.Original), "the paragraph holds a copy of its text with the quotes masked");
    }
}
