using System.Text;
using CsCheck;
using Markdig;
using SiteGen.Checking;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Through ingest's own writer and the loader's own reader: for any article text, every block ingest writes comes back
/// as the paragraph number ingest recorded for it, every visible character shown, and every quote ingest cites is in the paragraph the
/// loader gives that number, so what ingest counted and what the site shows cannot disagree.
/// </summary>
public sealed class IngestParagraphNumberPropertyTests
{
    /// <summary>Article lines that start or hold Markdown: list and heading marks, numbers with a full stop, emphasis, links, entities.</summary>
    private static readonly Gen<string> MarkdownLike = Gen.Select(
        Gen.OneOf("1. ", "2025) ", "- ", "+ ", "* ", "> ", "# ", "## ", "= ", "| ", "<", "[a]: ", "    ", "```", "---", "***"),
        TextGen.Sentences,
        Gen.OneOf("", " *so* it goes.", " with __emphasis__.", " see [this](https://example.com).", " and &amp; more.", " at www.example.com.", " ==marked==", " \\* star", " #"),
        (start, sentence, end) => start + sentence + end);

    private static readonly Gen<string> Articles = Gen.Select(
        TextGen.Articles,
        Gen.OneOf(MarkdownLike, TextGen.Paragraphs).Array[0, 4],
        Gen.Int[0, 3],
        (article, extra, at) =>
        {
            var lines = article.ReplaceLineEndings("\n").Split('\n').ToList();
            lines.InsertRange(Math.Min(at + 1, lines.Count), extra);
            // As a seed file gives it: strict UTF-8 has no lone surrogate.
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        });

    [Fact]
    public void EveryBlockComesBackAsTheParagraphNumberIngestRecorded() =>
        Articles.Sample(text =>
        {
            var extraction = IngestTestSupport.Extract(text);
            var files = ContentRenderer.Render(extraction);
            foreach (var article in extraction.Articles)
            {
                var file = files.Single(f => f.RelativePath == $"{SiteLoader.ArticlesFolder}/{article.Slug}.md");
                var loaded = Paragraphs(file);
                var written = article.Blocks.Where(b => !b.IsHeading).Select(b => b.Text).ToList();
                Assert.Equal(written.Count, loaded.Count);
                for (var n = 1; n <= written.Count; n++) Assert.Equal(Visible(written[n - 1]), Visible(loaded[n - 1]));
                foreach (var quote in article.Quotes)
                {
                    Assert.InRange(quote.Paragraph, 1, loaded.Count);
                    // The loader drops control characters from every value it reads, the quote's included.
                    Assert.True(QuoteMatcher.IsIn(loaded[quote.Paragraph - 1], TextHygiene.Clean(quote.Text)), $"\"{quote.Text}\" is not in loaded paragraph {quote.Paragraph}: {loaded[quote.Paragraph - 1]}");
                }
            }
            foreach (var e in extraction.Events)
            {
                var article = extraction.Articles.Single(a => a.Seed == e.Seed);
                Assert.InRange(e.Paragraph, 1, article.Blocks.Count(b => !b.IsHeading));
            }
        }, iter: TextGen.ExtractionIterations);

    [Fact]
    public void TheGeneratorWritesMarkdownThatNeedsEscaping()
    {
        // Guards the generator: without lines that Markdown would read as markup, the property above would test nothing the old writer missed.
        var escaped = 0;
        Articles.Sample(text =>
        {
            var extraction = IngestTestSupport.Extract(text);
            if (ContentRenderer.Render(extraction).Any(f => f.RelativePath.StartsWith(SiteLoader.ArticlesFolder + "/", StringComparison.Ordinal) && f.Text.Contains('\\')))
                Interlocked.Increment(ref escaped);
        }, iter: 50);
        Assert.True(escaped >= 10, $"only {escaped} of 50 generated articles needed an escape");
    }

    /// <summary>The paragraphs the loader numbers, as plain text, in order.</summary>
    private static List<string> Paragraphs(GeneratedFile file)
    {
        var doc = FrontMatterDocument.Parse("content/" + file.RelativePath, file.Text, new DiagnosticBag());
        Assert.NotNull(doc);
        return [.. MarkdownDialect.NumberedParagraphs(doc.BodyDocument)
            .Select(p => Markdown.ToPlainText(doc.Body.Substring(p.Block.Span.Start, p.Block.Span.Length), MarkdownDialect.Pipeline).Trim())];
    }

    /// <summary>
    /// Every visible character, in order: what a reader must still see. Spacing, and the quote marks, dashes and dots the
    /// dialect's typography turns into their printed forms, are left out; an emphasis star, a bracket or a backslash is not.
    /// </summary>
    private static string Visible(string text) =>
        string.Concat(TextHygiene.Clean(text).Where(c => !char.IsWhiteSpace(c) && !Typography.Contains(c)));

    private const string Typography = "'\"\u2018\u2019\u201C\u201D\u00AB\u00BB<>-\u2013\u2014.\u2026";
}
