using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Header lines at a seed's top say what the editor knows: address, outlet, date, byline, language; none is a paragraph.</summary>
public sealed class SeedHeaderTests
{
    private const string Body = """
        Ferry line reopens after a winter of repairs

        The ferry line between Port Example and Northtown reopened on Tuesday after a winter of repairs.

        "The sea was kind to us today," Captain Oskar Lindqvaam said.
        """;

    [Theory]
    [InlineData("2025-06-25", "2025-06-25")]
    [InlineData("2025-06-25T14:30:00+02:00", "2025-06-25")]
    [InlineData("2025-06-25 14:30", "2025-06-25")]
    [InlineData("25/06/2025", "2025-06-25")]
    [InlineData("25/06/2025 14:30", "2025-06-25")]
    [InlineData("25.06.2025", "2025-06-25")]
    [InlineData("06/25/2025", "2025-06-25")]
    [InlineData("25 June 2025", "2025-06-25")]
    [InlineData("25 June 2025, 14:30 CET", "2025-06-25")]
    [InlineData("Wednesday, 25 June 2025", "2025-06-25")]
    [InlineData("June 25, 2025", "2025-06-25")]
    [InlineData("June 25, 2025 at 2:30 pm", "2025-06-25")]
    [InlineData("Jun. 25, 2025", "2025-06-25")]
    [InlineData("Sept 3 2025", "2025-09-03")]
    [InlineData("2025-06", "2025-06")]
    public void ReadsEveryCommonDateFormWithOrWithoutATime(string written, string iso)
    {
        Assert.Equal(iso, SeedHeaderReader.ParseDate(written)?.Iso);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("31/02/2025")]
    [InlineData("13/13/2025")]
    [InlineData("25 Juneteenth 2025")]
    [InlineData("2025-13-01")]
    public void RefusesWhatIsNoDate(string written)
    {
        Assert.Null(SeedHeaderReader.ParseDate(written));
    }

    [Fact]
    public void HeaderLinesSetTheArticlesFactsAndNoneIsAParagraph()
    {
        var seed = "URL: https://www.harbour-news.example/2025/06/ferry\nOutlet: Harbour News\nDate: 25 June 2025, 09:10\nByline: Mia Sandvik and Per Ostrom\nLanguage: en-GB\n\n" + Body;
        var article = Extract(seed, out var diagnostics).Articles.Single();

        Assert.Empty(diagnostics);
        Assert.Equal("https://www.harbour-news.example/2025/06/ferry", article.Url);
        Assert.Equal("Harbour News", article.Outlet);
        Assert.Equal("2025-06-25", article.Date?.Iso);
        Assert.Equal("Mia Sandvik, Per Ostrom", article.Reporter);
        Assert.Equal("en-gb", article.Language);
        Assert.Equal("Ferry line reopens after a winter of repairs", article.Title);
        // Paragraph 1 is the article's first paragraph, not a header line.
        Assert.StartsWith("The ferry line", article.Blocks.First(b => !b.IsHeading).Text);
        Assert.Equal(2, article.Quotes.Single().Paragraph);
    }

    [Fact]
    public void TheHeaderDateIsTheDayRelativeDatesCountFrom()
    {
        var article = Extract("Date: June 24, 2025\n\n" + Body, out _).Articles.Single();
        // "on Tuesday" before Wednesday 25 June is 24 June: the event is dated from the header's day.
        Assert.Equal("2025-06-24", article.Date?.Iso);
        Assert.Contains(article.Events, e => e.Date?.Iso == "2025-06-24");
    }

    [Fact]
    public void AnUnknownHeaderIsTextAndABadValueIsAWarningAtItsPlace()
    {
        var seed = "Section: Transport\nDate: next week\n\n" + Body;
        var extraction = Extract(seed, out var diagnostics);

        var article = extraction.Articles.Single();
        // The reader takes the line as the article's first (its headline here), as it would any text.
        Assert.Equal("Section: Transport", article.Title);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("next week", StringComparison.Ordinal));
        var warning = Assert.Single(diagnostics);
        Assert.Equal("t0.txt:2:7: warning SG3011: 'Date:' is not a date ingest reads: 'next week'; write 2025-06-25, 25/06/2025, 25 June 2025 or June 25, 2025 (a time after it is allowed); the line is left out", warning.ToString());
    }

    [Fact]
    public void WithoutHeaderLinesTheSeedReadsAsBefore()
    {
        var bag = new DiagnosticBag();
        var seed = SeedReader.Decode("t0.txt", "t0.txt", System.Text.Encoding.UTF8.GetBytes(Body), bag)!;
        Assert.Equal(Body, seed.Text);
        Assert.Equal(SeedHeader.None, seed.Header);
    }

    private static Extraction Extract(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var seed = SeedReader.Decode("t0.txt", "t0.txt", System.Text.Encoding.UTF8.GetBytes(text), bag);
        Assert.NotNull(seed);
        diagnostics = bag.ToImmutable();
        return new Extractor().Extract([seed]);
    }
}
