namespace SiteGen.Ingest;

/// <summary>
/// What an extraction did, counted where a rule once grew with the square of a paragraph: tests compare its growth
/// between a text and ten times that text, with no clock (issue #23). Not shared between threads.
/// </summary>
internal sealed class ExtractionWork
{
    /// <summary>The quoted stretches the quote rules compared or read (<see cref="ParagraphText.QuotesOf"/>).</summary>
    public long QuoteSpansRead { get; set; }
}
