using System.Text;

using SiteGen.Content;

namespace SiteGen.Checking;

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

    /// <summary>
    /// The text as compared: quotation marks folded (<see cref="TextFolding"/>) with single ones taken for double, dashes (and runs of
    /// hyphens typed for them) as one '-', Markdown's emphasis and escapes dropped, lower case, whitespace squeezed, and '…' as "..." joined to the word before.
    /// </summary>
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = TextFolding.FoldQuoteMark(raw) switch
            {
                '\'' => '"',
                '\u2013' or '\u2014' => '-',
                '*' or '_' or '\\' => '\0',
                var folded => char.ToLowerInvariant(folded),
            };
            // "--" and "---" are the dashes typography prints as one character: a run of them is one dash.
            if (c == '-' && sb.Length > 0 && sb[^1] == '-') continue;
            if (c != '\0') sb.Append(c);
        }
        // An ellipsis character stands for "..." with no space before it, so "word …" reads as "word...".
        return TextFolding.Squeeze(sb.ToString()).Replace(" \u2026", "\u2026", StringComparison.Ordinal).Replace("\u2026", "...", StringComparison.Ordinal);
    }

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
