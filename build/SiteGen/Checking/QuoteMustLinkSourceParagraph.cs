using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>A quote must be found, word for word, in the article paragraph it cites, so a reader who follows the link sees it said.</summary>
public sealed class QuoteMustLinkSourceParagraph : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        foreach (var article in context.Content.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                var number = quote.Source.Paragraph;
                var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == number);
                if (paragraph is null)
                {
                    context.Report(bag, Severity.Error, DiagnosticCodes.QuoteNotInParagraph, quote.Source.Span,
                        $"the quote cites paragraph {number}, but article '{article.Slug}' has {article.Paragraphs.Length}; set 'paragraph' to the one that holds the words");
                    continue;
                }
                if (Contains(paragraph.Text, quote.Text)) continue;
                var elsewhere = article.Paragraphs.FirstOrDefault(p => Contains(p.Text, quote.Text));
                context.Report(bag, Severity.Error, DiagnosticCodes.QuoteNotInParagraph, quote.Source.Span,
                    $"paragraph {number} of '{article.Slug}' does not contain the quote \"{Shorten(quote.Text)}\"; "
                    + (elsewhere is null ? "copy the words exactly as the article prints them" : $"it is in paragraph {elsewhere.Number}: set 'paragraph: {elsewhere.Number}'"));
            }
        }
    }

    /// <summary>
    /// Whether the paragraph holds the quote, ignoring what typing and Markdown change: curly or straight quotes,
    /// dashes, emphasis markers, spacing, case, and trailing punctuation. "..." in a quote marks left-out words.
    /// </summary>
    public static bool Contains(string paragraph, string quote)
    {
        var haystack = Normalise(paragraph);
        var at = 0;
        foreach (var part in Normalise(quote).Split("...", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var piece = part.Trim(' ', ',', '.', ';', ':', '"');
            if (piece.Length == 0) continue;
            var found = haystack.IndexOf(piece, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + piece.Length;
        }
        return true;
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\'' => '"',
                '\u2013' or '\u2014' => '-',
                '*' or '_' or '\\' => '\0',
                _ => char.ToLowerInvariant(raw),
            };
            if (raw == '\u2026')
            {
                sb.Append("...");
                space = false;
                continue;
            }
            if (c == '\0') continue;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
