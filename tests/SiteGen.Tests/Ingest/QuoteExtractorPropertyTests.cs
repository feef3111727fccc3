using CsCheck;
using SiteGen.Checking;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Through the ingest entry point: any article-like text is extracted without an escaped exception or a skipped seed, the same
/// way every time, and every quote it finds is printed in the paragraph it cites, so the build's quote rule accepts it.
/// </summary>
public sealed class QuoteExtractorPropertyTests
{
    [Fact]
    public void ExtractsTheSameArticleTheSameWay()
    {
        TextGen.Articles.Array[1, 2].Sample(articles =>
        {
            var first = ExtractReport.From(IngestTestSupport.Extract(articles)).ToJson();
            Assert.Equal(first, ExtractReport.From(IngestTestSupport.Extract(articles)).ToJson());
        }, iter: TextGen.ExtractionIterations);
    }

    [Fact]
    public void ExtractsAnyArticleWithEveryQuoteInTheParagraphItCites()
    {
        TextGen.Articles.Array[1, 2].Sample(articles =>
        {
            var extraction = IngestTestSupport.Extract(articles);
            // Extract turns a crash in one article into a "skipped" diagnostic: that hides a bug as well as an exception would.
            Assert.DoesNotContain(extraction.Diagnostics, d => d.Code == DiagnosticCodes.SeedUnreadable);
            Assert.Equal(articles.Length, extraction.Articles.Length);
            foreach (var a in extraction.Articles)
            {
                var paragraphs = a.Blocks.Where(b => !b.IsHeading).Select(b => b.Text).ToList();
                foreach (var quote in a.Quotes)
                {
                    Assert.InRange(quote.Paragraph, 1, paragraphs.Count);
                    var paragraph = paragraphs[quote.Paragraph - 1];
                    Assert.False(string.IsNullOrWhiteSpace(quote.Text), "an empty quote");
                    // Word for word in the article's own text (the extractor cuts quotes out of it and trims their ends)...
                    Assert.True(paragraph.Contains(quote.Text, StringComparison.Ordinal), $"\"{quote.Text}\" is not in paragraph {quote.Paragraph}: {paragraph}");
                    // ...and so also by the build's rule, which ignores spacing, case and the kind of quotation mark.
                    Assert.True(QuoteMatcher.IsIn(paragraph, quote.Text), $"the quote rule rejects \"{quote.Text}\" in: {paragraph}");
                }
            }
        }, iter: TextGen.ExtractionIterations);
    }

    [Fact]
    public void FindsQuotesInGeneratedArticles()
    {
        // Guards the generators: if they stopped producing quotes, the properties above would pass without testing anything.
        var found = 0;
        TextGen.Articles.Sample(article => { if (IngestTestSupport.Extract(article).Quotes.Any()) Interlocked.Increment(ref found); }, iter: 50);
        Assert.True(found >= 25, $"only {found} of 50 generated articles yielded a quote");
    }
}
