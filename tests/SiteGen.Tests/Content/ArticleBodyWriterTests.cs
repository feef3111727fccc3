using Markdig;
using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>
/// The body writer keeps a paragraph a paragraph and its words visible, and leaves text Markdown reads as plain text as
/// it was typed, so an editor opening the file sees the article's words, not escapes.
/// </summary>
public sealed class ArticleBodyWriterTests
{
    [Theory]
    [InlineData("# Heading-like", "\\# Heading-like")]
    [InlineData("- list-like", "\\- list-like")]
    [InlineData("1. numbered", "1\\. numbered")]
    [InlineData("2025) numbered with a bracket", "2025\\) numbered with a bracket")]
    [InlineData("> quote-like", "\\> quote-like")]
    [InlineData("+ list-like", "\\+ list-like")]
    [InlineData("[a]: /not-a-definition", "\\[a\\]: /not-a-definition")]
    public void ABlockMarkAtTheStartIsEscapedAndTheTextShowsNoBackslash(string text, string written)
    {
        Assert.Equal(written, ArticleBodyWriter.Paragraph(text));
        var document = Markdown.Parse(written, MarkdownDialect.Pipeline);
        Assert.Single(MarkdownDialect.NumberedParagraphs(document));
        Assert.Equal(text, Markdown.ToPlainText(written, MarkdownDialect.Pipeline).Trim());
    }

    [Theory]
    [InlineData("The talks ran *late* into the night.")]
    [InlineData("He called it __the deal__ of the year.")]
    [InlineData("A link [here](https://example.com) hides its address.")]
    [InlineData("Prices rose &amp; fell.")]
    [InlineData("A backslash \\* before a star.")]
    [InlineData("Marked ==this== and ~~that~~.")]
    public void InlineMarkupIsEscapedSoEveryCharacterIsShown(string text)
    {
        var written = ArticleBodyWriter.Paragraph(text);
        Assert.NotEqual(text, written);
        Assert.Equal(text, Markdown.ToPlainText(written, MarkdownDialect.Pipeline).Trim());
    }

    [Theory]
    [InlineData("The leaders met in Anchorage on August 15, 2025.")]
    [InlineData("\"We are ready to talk,\" she said -- and left... at 5 p.m.")]
    [InlineData("AT&T and snake_case_words stay as typed, as does 3 * 4 = 12.")]
    [InlineData("= and | and < at the start mean nothing on their own")]
    [InlineData("See www.example.com/a_b for the text.")]
    [InlineData("Ten\u00A0km apart, with a\ttab.")]
    public void PlainTextIsWrittenAsTyped(string text) => Assert.Equal(text, ArticleBodyWriter.Paragraph(text));

    [Theory]
    [InlineData("Where things stand", "## Where things stand")]
    [InlineData("The *new* plan", "## The \\*new\\* plan")]
    [InlineData("Talks, day 2 #", "## Talks, day 2 \\#")]
    public void AHeadingIsWrittenAsTypedUnlessMarkdownWouldChangeIt(string text, string written) =>
        Assert.Equal(written, ArticleBodyWriter.Heading(text));

    [Fact]
    public void LineBreaksInsideABlockBecomeOneSpace() =>
        Assert.Equal("First line second line.", ArticleBodyWriter.Paragraph("First line \r\n\n  second line."));
}
