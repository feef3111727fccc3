using System.Text;

namespace SiteGen.Content;

/// <summary>
/// The one rule for the differences typing makes and comparisons ignore: which quotation marks are the same mark, and
/// how runs of whitespace collapse. Ingest's paragraph text and the check that a quote stands in its paragraph both
/// compare text this way.
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// A quotation mark as its plain keyboard form: curly, low and guillemet double marks become '"', curly and low single
    /// marks '\''; any other character stays as it is.
    /// </summary>
    public static char FoldQuoteMark(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
        _ => c,
    };

    /// <summary>The text with every quotation mark folded (<see cref="FoldQuoteMark"/>); same length, so offsets still hold.</summary>
    public static string FoldQuoteMarks(string text)
    {
        // Most text has no mark to fold: it is returned as it is, so a paragraph is not held twice.
        var first = 0;
        while (first < text.Length && FoldQuoteMark(text[first]) == text[first]) first++;
        if (first == text.Length) return text;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++) chars[i] = FoldQuoteMark(source[i]);
        });
    }

    /// <summary>Collapses each run of whitespace to one space and drops it at both ends.</summary>
    public static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
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
}
