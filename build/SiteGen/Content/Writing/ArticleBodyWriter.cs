using System.Text;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Writes an article's body from its blocks so that loading counts exactly the paragraphs the writer was given: block n
/// that is not a heading comes back as numbered paragraph n, whatever its text. The one writer of the Markdown ingest
/// writes (article bodies, and the one-paragraph bodies of timeline and analysis files), so ingest's paragraph numbers
/// and the loader's (Markdig's, <see cref="MarkdownDialect"/>) cannot drift apart.
/// </summary>
/// <remarks>
/// A block is written as typed when Markdig, in the site's dialect, reads it back as one block of its kind holding the
/// same characters (typography such as curly quotes and dashes, and bare web addresses, are still the same characters);
/// editors then see the text they would have typed. Anything else (a leading list or heading mark, emphasis, a link,
/// an entity, a backslash) is written with every Markdown character escaped.
/// </remarks>
public static class ArticleBodyWriter
{
    /// <summary>The body: headings as "## ", paragraphs as one line each, one blank line between blocks.</summary>
    /// <exception cref="ArgumentException">A paragraph has no text: it would not be a paragraph, and every later number would shift.</exception>
    public static string Write(IEnumerable<(string Text, bool IsHeading)> blocks) => string.Join("\n\n", Lines(blocks));

    /// <summary>
    /// The body's blocks, each as its one line, to be written with one blank line between them: a line is the block's own
    /// text when that is written as typed, so a long body is not copied again into one string.
    /// </summary>
    public static IReadOnlyList<string> Lines(IEnumerable<(string Text, bool IsHeading)> blocks) =>
        [.. blocks.Select(b => b.IsHeading ? Heading(b.Text) : Paragraph(b.Text))];

    /// <summary>A heading block (never numbered).</summary>
    public static string Heading(string text)
    {
        var line = OneLine(text);
        return ReadsBackAsTyped("## " + line, line, heading: true) ? "## " + line : "## " + Escape(line, atLineStart: false);
    }

    /// <summary>One paragraph, on one line: as typed when Markdig reads it as plain text, otherwise with its Markdown characters escaped.</summary>
    public static string Paragraph(string text)
    {
        var line = OneLine(text);
        if (line.Length == 0) throw new ArgumentException("a paragraph needs text: an empty one is no paragraph, and the ones after it would be misnumbered", nameof(text));
        return ReadsBackAsTyped(line, line, heading: false) ? line : Escape(line, atLineStart: true);
    }

    // Blank lines, indentation and line-based Markdown (setext underlines, fences) all need more than one line or leading
    // spaces: a block written as one trimmed line has none of them. Line breaks and the spaces around them become one
    // space; other spacing (a no-break space, a tab between words) is the text's own and stays. Control characters go,
    // as the loader drops them.
    private static string OneLine(string text)
    {
        var clean = TextHygiene.Clean(text);
        // A paragraph already on one line (the usual case) is only trimmed: split and joined, a long one was copied twice more.
        if (clean.AsSpan().IndexOfAny('\r', '\n') < 0) return clean.Trim();
        return string.Join(' ', clean.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
    }

    /// <summary>Whether <paramref name="markdown"/> parses as one paragraph (or level-2 heading) whose inline text is <paramref name="text"/>, character for character.</summary>
    private static bool ReadsBackAsTyped(string markdown, string text, bool heading)
    {
        // Most text needs no parse to know: a parse of a long run of quotes made a Markdig object for every quote mark,
        // several times the paragraph's size, all alive at once (issue #23).
        return PlainlyTyped(text) || ParsesBackAsTyped(markdown, text, heading);
    }

    /// <summary>
    /// Text Markdig, in the site's dialect, certainly reads as typed: it starts with a letter or a quote mark (so it opens
    /// no list, heading or quote block) and holds only letters, digits, spaces and sentence punctuation that is either
    /// plain or typography the reader maps back to what was typed (quote marks, "--", "..."). Anything else (a mark of
    /// Markdown, "''" which typography reads as one double quote, a bare "www." link) is left to the parse. A property
    /// test holds this to the parse on generated text.
    /// </summary>
    internal static bool PlainlyTyped(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] is '"' or '\'') || text[^1] == ' ') return false;
        foreach (var c in text)
        {
            if (c < 0x80 ? !(char.IsAsciiLetterOrDigit(c) || c is ' ' or ',' or '.' or ';' or '?' or '"' or '\'' or '(' or ')' or '%' or '-')
                : !char.IsLetterOrDigit(c) && c is not ('\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u2026')) return false;
        }
        return !text.Contains("''", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool ParsesBackAsTyped(string markdown, string text, bool heading)
    {
        var document = Markdown.Parse(markdown, MarkdownDialect.Pipeline);
        if (document.Count != 1) return false;
        var inline = document[0] switch
        {
            HeadingBlock { Level: 2 } h when heading => h.Inline,
            ParagraphBlock p when !heading => p.Inline,
            _ => null,
        };
        if (inline is null) return false;
        // Compared piece by piece where they stand, not gathered into a copy of the paragraph first.
        var at = 0;
        return ReadsAs(inline, text, ref at) && at == text.Length;
    }

    /// <summary>
    /// Whether the inlines were typed as the characters of <paramref name="text"/> from <paramref name="at"/> on (moved past
    /// them), when they are only text: false for any markup that hides or changes characters.
    /// </summary>
    private static bool ReadsAs(ContainerInline container, string text, ref int at)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal when Next(literal.Content.AsSpan(), text, ref at):
                    break;
                case SmartyPant pant when Typed(pant.Type) is { } typed && Next(typed, text, ref at):
                    break;
                // A bare address the dialect links is shown as typed: linking it hides nothing.
                case LinkInline { IsAutoLink: true } link when ReadsAs(link, text, ref at):
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool Next(ReadOnlySpan<char> piece, string text, ref int at)
    {
        if (!text.AsSpan(at).StartsWith(piece, StringComparison.Ordinal)) return false;
        at += piece.Length;
        return true;
    }

    /// <summary>What a typographic replacement was typed as.</summary>
    private static string? Typed(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.LeftQuote or SmartyPantType.RightQuote => "'",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote or SmartyPantType.RightDoubleQuote => "\"",
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        SmartyPantType.Ellipsis => "...",
        SmartyPantType.Dash2 => "--",
        SmartyPantType.Dash3 => "---",
        _ => null,
    };

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
