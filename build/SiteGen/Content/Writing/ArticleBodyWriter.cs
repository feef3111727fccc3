using System.Text;

namespace SiteGen.Content;

/// <summary>
/// Writes an article's body from its blocks so that loading counts exactly the paragraphs the writer was given: block n
/// that is not a heading comes back as numbered paragraph n, whatever its text. The one writer of article Markdown, so
/// ingest's paragraph numbers and the loader's (Markdig's, <see cref="MarkdownDialect"/>) cannot drift apart.
/// </summary>
public static class ArticleBodyWriter
{
    /// <summary>The body: headings as "## ", paragraphs escaped, one blank line between blocks.</summary>
    /// <exception cref="ArgumentException">A paragraph has no text: it would not be a paragraph, and every later number would shift.</exception>
    public static string Write(IEnumerable<(string Text, bool IsHeading)> blocks) =>
        string.Join("\n\n", blocks.Select(b => b.IsHeading ? Heading(b.Text) : Paragraph(b.Text)));

    /// <summary>A heading block (never numbered).</summary>
    public static string Heading(string text) => "## " + Escape(OneLine(text), atLineStart: false);

    /// <summary>
    /// One paragraph, on one line, with every character that would make it something else or hide its words escaped:
    /// a leading list, quote or heading mark, emphasis, links, code, entities and the dialect's extra emphasis.
    /// </summary>
    public static string Paragraph(string text)
    {
        var line = OneLine(text);
        if (line.Length == 0) throw new ArgumentException("a paragraph needs text: an empty one is no paragraph, and the ones after it would be misnumbered", nameof(text));
        return Escape(line, atLineStart: true);
    }

    // Blank lines, indentation and line-based Markdown (setext underlines, fences) all need more than one line or leading
    // spaces: a block written as one trimmed line has none of them. Control characters go as the loader drops them.
    private static string OneLine(string text) => TextFolding.Squeeze(TextHygiene.Clean(text));

    private static string Escape(string line, bool atLineStart)
    {
        var sb = new StringBuilder(line.Length + 8);
        // An ordered-list mark is digits then '.' or ')': escaping the mark keeps the digits as written.
        var digits = 0;
        while (atLineStart && digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits])) digits++;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '&' or '~' or '^' => true,
                // ++inserted++ and ==marked== need the mark twice.
                '+' or '=' => (i > 0 && line[i - 1] == c) || (i + 1 < line.Length && line[i + 1] == c) || (atLineStart && i == 0),
                '-' => atLineStart && i == 0,
                '.' or ')' => atLineStart && digits > 0 && i == digits,
                _ => false,
            };
            if (escape) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
