namespace SiteGen.Rendering;

/// <summary>
/// Puts a quote's own quotation marks into its text rather than only into CSS, so the words stay a quote when copied,
/// read aloud or shown without styles. A quote already inside marks keeps them; its final full stop is never doubled.
/// </summary>
public static class QuoteMarks
{
    private static readonly char[] Openers = ['"', '\u201C', '\u201E', '\u00AB'];
    private static readonly char[] Closers = ['"', '\u201D', '\u00BB'];

    public static string Around(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && Openers.Contains(trimmed[0]) && Closers.Contains(trimmed[^1])) return trimmed;
        // Inner double quotes become single ones, as in print, so the outer pair stays unambiguous.
        var inner = trimmed.Replace('\u201C', '\u2018').Replace('\u201D', '\u2019');
        return "\u201C" + inner + "\u201D";
    }

    /// <summary>
    /// Straight double quotes as curly single ones, opening and closing in turn, for text about to go inside marks of its
    /// own (an excerpt): its own marks then stay unambiguous.
    /// </summary>
    public static string StraightDoublesAsSingles(string text)
    {
        var inner = new System.Text.StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inner.Append(open ? '\u2018' : '\u2019');
                open = !open;
            }
            else inner.Append(c);
        }
        return inner.ToString();
    }
}
