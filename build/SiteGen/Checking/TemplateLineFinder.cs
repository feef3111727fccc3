using System.Collections.Immutable;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>
/// Finds the template line that wrote an attribute of a built page, so a finding about a link no content file holds
/// points where an editor can fix it (templates/), never into output/, which the next build replaces.
/// </summary>
/// <param name="sources">The text of each template, by the path diagnostics name it ("templates/person.scriban-html").</param>
public sealed class TemplateLineFinder(ImmutableDictionary<string, string> sources)
{
    private readonly Dictionary<string, string[]> _lines = [];

    /// <summary>
    /// The template line whose attribute of this name could have made one of these values (the link as the page holds
    /// it, and as an address under the base path, which relative_urls rewrote): its literal text, around the
    /// <c>{{ ... }}</c> parts, appears in the value in order. The most literal text wins; then the page's own template
    /// (<paramref name="pageTemplate"/>). A line of only <c>{{ ... }}</c> counts only in the page's own template, since
    /// it could have made any link. Null when no line fits.
    /// </summary>
    public SourceSpan? Find(string attributeName, IReadOnlyList<string> values, string? pageTemplate)
    {
        (SourceSpan Span, int Literal, int Preference)? best = null;
        foreach (var (path, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var preference = pageTemplate is not null && path.EndsWith("/" + pageTemplate + Rendering.TemplateSet.Extension, StringComparison.Ordinal) ? 0 : 1;
            var lines = _lines.TryGetValue(path, out var split) ? split : _lines[path] = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (column, written) in AttributesNamed(lines[i], attributeName))
                {
                    if (values.Select(v => LiteralMatch(written, v)).Max() is not { } literal || literal == 0 && preference > 0) continue;
                    if (best is null || literal > best.Value.Literal || literal == best.Value.Literal && preference < best.Value.Preference)
                        best = (SourceSpan.At(path, i + 1, column + 1), literal, preference);
                }
            }
        }
        return best?.Span;
    }

    /// <summary>The template that makes the page at this output path, by the site's fixed sections; free pages use 'page'.</summary>
    public static string TemplateOf(string outputPath)
    {
        var segments = outputPath.Split('/');
        return segments switch
        {
            ["index.html"] => "home",
            ["404.html"] => "404",
            ["search", "index.html"] => "search",
            ["timeline", "embed", "index.html"] => "timeline-embed",
            ["timeline", "index.html"] => "timeline",
            ["people", "index.html"] => "people",
            ["people", _, "index.html"] => "person",
            ["analysis", "index.html"] => "analyses",
            ["analysis", _, "index.html"] => "analysis",
            ["articles", "index.html"] => "articles",
            ["articles", _, "index.html"] => "article",
            _ => "page",
        };
    }

    /// <summary>Each <c>name="..."</c> on the line: where it starts and the value as written, <c>{{ ... }}</c> parts and all.</summary>
    private static IEnumerable<(int Column, string Written)> AttributesNamed(string line, string name)
    {
        for (var at = line.IndexOf(name + "=", StringComparison.Ordinal); at >= 0; at = line.IndexOf(name + "=", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && (char.IsLetterOrDigit(line[at - 1]) || line[at - 1] is '-' or '_')) continue;
            var open = at + name.Length + 1;
            if (open >= line.Length || line[open] is not ('"' or '\'')) continue;
            var quote = line[open];
            var end = open + 1;
            // A quote inside {{ ... }} is the template's, not the attribute's end.
            for (var depth = 0; end < line.Length && (depth > 0 || line[end] != quote); end++)
            {
                if (string.CompareOrdinal(line, end, "{{", 0, 2) == 0) depth++;
                else if (string.CompareOrdinal(line, end, "}}", 0, 2) == 0 && depth > 0) depth--;
            }
            yield return (at, line[(open + 1)..Math.Min(end, line.Length)]);
        }
    }

    /// <summary>How many literal characters of the written value the actual one holds in order, or null when it does not fit.</summary>
    private static int? LiteralMatch(string written, string value)
    {
        var pieces = new List<string>();
        var literal = new StringBuilder();
        var rest = written;
        var startsLiteral = !rest.StartsWith("{{", StringComparison.Ordinal);
        while (rest.Length > 0)
        {
            var open = rest.IndexOf("{{", StringComparison.Ordinal);
            if (open < 0) { literal.Append(rest); break; }
            literal.Append(rest[..open]);
            pieces.Add(literal.ToString());
            literal.Clear();
            var close = rest.IndexOf("}}", open, StringComparison.Ordinal);
            rest = close < 0 ? "" : rest[(close + 2)..];
        }
        var endsLiteral = literal.Length > 0;
        pieces.Add(literal.ToString());
        if (pieces.Count == 1) return written == value ? written.Length : null;
        var from = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = System.Net.WebUtility.HtmlDecode(pieces[i]);
            if (piece.Length == 0) continue;
            var found = value.IndexOf(piece, from, StringComparison.Ordinal);
            if (found < 0 || i == 0 && startsLiteral && found != 0) return null;
            from = found + piece.Length;
        }
        if (endsLiteral && !value.EndsWith(System.Net.WebUtility.HtmlDecode(pieces[^1]), StringComparison.Ordinal)) return null;
        return pieces.Sum(p => p.Length);
    }
}
