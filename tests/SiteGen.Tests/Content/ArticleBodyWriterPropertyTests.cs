using CsCheck;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Whatever text ingest hands the body writer, the loader numbers the paragraphs as ingest did: block n that is not a
/// heading is paragraph n, and its words are all still there.
/// </summary>
public sealed class ArticleBodyWriterPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        TextGen.Paragraphs,
        Gen.Select(TextGen.Hostile.Array[1, 8], parts => string.Concat(parts)),
        Gen.Select(Gen.OneOf("1.", "2)", "- ", "+ ", "* ", "> ", "# ", "    ", "```", "---", "===", "| a |", "<div>", "&amp;", "[a](b)", "![i](x.png)", "**", "__", "~~", "==", "++", "^"),
            TextGen.Sentences, (mark, sentence) => mark + sentence),
        TextGen.Noise);

    private static readonly Gen<(string Text, bool IsHeading)[]> Blocks =
        Gen.Select(Text, Gen.Int[0, 9], (text, roll) => (text, IsHeading: roll == 0))
            .Where(b => b.IsHeading || TextFolding.Squeeze(TextHygiene.Clean(b.text)).Length > 0)
            .Array[1, 12];

    [Fact]
    public void EveryParagraphComesBackAsTheNumberItWasWrittenWith() =>
        Blocks.Sample(blocks =>
        {
            var body = ArticleBodyWriter.Write(blocks);
            var doc = FrontMatterDocument.Parse("content/articles/a.md", "---\ntitle: A\n---\n" + body + "\n", new DiagnosticBag());
            Assert.NotNull(doc);
            var numbered = MarkdownDialect.NumberedParagraphs(doc.BodyDocument).ToList();
            var written = blocks.Where(b => !b.IsHeading).ToList();
            Assert.Equal(written.Count, numbered.Count);
            Assert.Equal(blocks.Count(b => b.IsHeading), doc.BodyDocument.OfType<HeadingBlock>().Count());
            for (var i = 0; i < written.Count; i++)
            {
                var source = doc.Body.Substring(numbered[i].Block.Span.Start, numbered[i].Block.Span.Length);
                var plain = Markdig.Markdown.ToPlainText(source, MarkdownDialect.Pipeline);
                Assert.Equal(Words(written[i].Text), Words(plain));
            }
        }, iter: TextGen.Iterations);

    /// <summary>Text of the characters the writer's no-parse check looks at, in runs that make its typography: quote pairs, "--", "...", "''", "www.".</summary>
    private static readonly Gen<string> PlainLooking =
        Gen.OneOf(Gen.Char["aZ9 ,.;?\"'()%-\u00E9\u2018\u201C\u201D\u2014\u2026:*_"].Select(c => c.ToString()), Gen.OneOf("--", "---", "...", "''", "\"x,\"", "'s", "www.", "1. ", "-1", "(a)"))
            .Array[1, 30].Select(parts => string.Concat(parts));

    [Fact]
    public void TextTheWriterTakesAsTypedWithoutAParseReadsBackAsTypedWhenParsed() =>
        PlainLooking.Sample(text =>
        {
            if (!ArticleBodyWriter.PlainlyTyped(text)) return;
            Assert.True(ArticleBodyWriter.ParsesBackAsTyped(text, text, heading: false), $"as a paragraph: {text}");
            Assert.True(ArticleBodyWriter.ParsesBackAsTyped("## " + text, text, heading: true), $"as a heading: {text}");
        }, iter: 20 * TextGen.Iterations);

    [Fact]
    public void AParagraphWithoutTextIsRefusedRatherThanShiftingTheNumbersAfterIt() =>
        Assert.Throws<ArgumentException>(() => ArticleBodyWriter.Write([("First.", false), (" \t\u0001", false), ("Third.", false)]));

    /// <summary>The letters and digits, in order: what the reader must still see, whatever typography changed around them.</summary>
    private static string Words(string text) => string.Concat(TextHygiene.Clean(text).Where(char.IsLetterOrDigit));
}
