using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>
/// A quote or timeline entry that ingest attributed by anything weaker than a full name carries <c>review: true</c>; each is
/// listed until an editor has checked it against its source paragraph and removed the mark.
/// </summary>
public sealed class GuessesMustBeReviewed : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        foreach (var article in context.Content.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (quote.Review is not { } span) continue;
                context.Report(bag, Severity.Warning, DiagnosticCodes.AwaitingReview, span,
                    $"quote \"{QuoteMatcher.Shorten(quote.Text)}\" awaits review: its speaker '{quote.Speaker.Slug}' was found {How(quote.Attribution)}; "
                    + $"read paragraph {quote.Source.Paragraph}, correct 'speaker' if needed, then delete 'review: true'");
            }
        }
        foreach (var entry in context.Content.Events)
        {
            if (entry.Review is not { } span) continue;
            context.Report(bag, Severity.Warning, DiagnosticCodes.AwaitingReview, span,
                $"timeline entry '{entry.Title}' awaits review: its people were found {How(entry.Attribution)}; "
                + "read its source paragraph, correct 'people' if needed, then delete 'review: true'");
        }
    }

    /// <summary>Counts what awaits review, for build's one-line warning.</summary>
    public static int Count(SiteContent content) =>
        content.AllQuotes.Count(q => q.Review is not null) + content.Events.Count(e => e.Review is not null);

    private static string How(Attribution? attribution) => attribution switch
    {
        Attribution.Surname => "by surname only",
        Attribution.Role => "by a role or title, not a name",
        Attribution.Pronoun => "by a pronoun (\"he said\")",
        Attribution.PreviousSpeaker => "as the previous speaker carrying on",
        Attribution.Inferred => "from the sentence's grammar, not a named attribution",
        Attribution.Named => "by full name",
        _ => "by an unrecorded method",
    };
}
