using System.Collections.Immutable;
using SiteGen.Diagnostics;

using SiteGen.Content;

namespace SiteGen.Checking;

/// <summary>Checks that every slug a file names exists, every cited paragraph is there, and every quote stands in the paragraph it cites.</summary>
public sealed class ReferenceChecker : IContentCheck
{
    public SiteContent Check(SiteContent content, IArticleBodies bodies, IReadOnlySet<string> leftOut, DiagnosticBag bag)
    {
        var people = content.People.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var articles = content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);

        bool PersonExists(Reference r)
        {
            if (people.Contains(r.Slug)) return true;
            if (leftOut.Contains("people/" + r.Slug)) return false;
            bag.Error(DiagnosticCodes.MissingReference, r.Span, $"no person has the slug '{r.Slug}' (expected content/people/{r.Slug}.md){Suggest(r.Slug, people)}");
            return false;
        }

        bool SourceExists(SourceRef s)
        {
            if (!articles.TryGetValue(s.Article.Slug, out var article))
            {
                if (!leftOut.Contains("articles/" + s.Article.Slug))
                    bag.Error(DiagnosticCodes.MissingReference, s.Article.Span, $"no article has the slug '{s.Article.Slug}' (expected content/articles/{s.Article.Slug}.md){Suggest(s.Article.Slug, articles.Keys)}");
                return false;
            }
            if (s.Paragraph > article.Paragraphs.Length)
            {
                bag.Error(DiagnosticCodes.MissingParagraph, s.Span, $"article '{article.Slug}' has {article.Paragraphs.Length} paragraphs, so paragraph {s.Paragraph} does not exist");
                return false;
            }
            return true;
        }

        // A quote links readers to its paragraph: publishing it under a paragraph that does not say it would misquote.
        bool QuoteIsInItsParagraph(Article article, Quote quote)
        {
            var number = quote.Source.Paragraph;
            if (article.Paragraphs.FirstOrDefault(p => p.Number == number) is not { } paragraph) return false;
            var body = bodies.Read(article);
            string Text(Paragraph p) => p.TextIn(body);
            if (QuoteMatcher.IsIn(Text(paragraph), quote.Text)) return true;
            var elsewhere = article.Paragraphs.FirstOrDefault(p => QuoteMatcher.IsIn(Text(p), quote.Text));
            bag.Error(DiagnosticCodes.QuoteNotInItsParagraph, quote.TextSpan,
                $"paragraph {number} of '{article.Slug}' does not contain the quote \"{QuoteMatcher.Shorten(quote.Text)}\"; "
                + (elsewhere is null ? "copy the words exactly as the article prints them" : $"it is in paragraph {elsewhere.Number}: set 'paragraph: {elsewhere.Number}'"));
            return false;
        }

        // A record that loses nothing keeps its instance: the preview server recognises unchanged content by identity.
        return content with
        {
            Articles = [.. content.Articles.Select(a => Filter(a.Quotes, q => PersonExists(q.Speaker) & (SourceExists(q.Source) && QuoteIsInItsParagraph(a, q))) is var quotes && quotes.Length == a.Quotes.Length
                ? a
                : a with { Quotes = quotes })],
            Events = [.. content.Events.Select(e => (Filter(e.People, PersonExists), Filter(e.Sources, SourceExists)) is var (people, sources)
                && people.Length == e.People.Length && sources.Length == e.Sources.Length
                ? e
                : e with { People = people, Sources = sources })],
            Analyses = [.. content.Analyses.Select(a => (Filter(a.Experts, PersonExists), Filter(a.Claims, c => (c.Speaker is null || PersonExists(c.Speaker)) & SourceExists(c.Source))) is var (experts, claims)
                && experts.Length == a.Experts.Length && claims.Length == a.Claims.Length
                ? a
                : a with { Experts = experts, Claims = claims })],
        };
    }

    private static ImmutableArray<T> Filter<T>(ImmutableArray<T> items, Func<T, bool> keep) => [.. items.Where(keep)];

    private static string Suggest(string slug, IEnumerable<string> known)
    {
        var close = known.Where(k => k.StartsWith(slug.Split('-')[0], StringComparison.Ordinal) || slug.StartsWith(k.Split('-')[0], StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        return close is null ? "" : $"; did you mean '{close}'?";
    }
}
