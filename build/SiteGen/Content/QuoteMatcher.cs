using System.Text;

namespace SiteGen.Content;

/// <summary>Finds a quote in the paragraph it cites the way a reader would, so a quote is published only under words that say it.</summary>
public static class QuoteMatcher
{
    /// <summary>
    /// Whether the paragraph holds the quote, ignoring what typing and Markdown change: curly or straight quotes,
    /// dashes, emphasis markers, spacing, case, and trailing punctuation. "..." in a quote marks left-out words.
    /// </summary>
    public static bool IsIn(string paragraph, string quote)
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

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
