using System.Net;

namespace SiteGen.Checking;

/// <summary>One attribute of a start tag in a built page, with its 1-based place in the page.</summary>
public sealed record HtmlAttribute(string Tag, string Name, string Value, int Line, int Column);

/// <summary>
/// Lists the attributes of every start tag in a page SiteGen built. Our own templates write well-formed HTML,
/// so a small scanner (comments, script and style skipped, entities decoded) is enough for link checking.
/// </summary>
public static class HtmlScanner
{
    public static List<HtmlAttribute> Scan(string html)
    {
        var result = new List<HtmlAttribute>();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '\n') lineStarts.Add(i + 1);
        }

        (int Line, int Column) Position(int offset)
        {
            var index = lineStarts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - lineStarts[index] + 1);
        }

        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length) break;
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (!char.IsAsciiLetter(html[open + 1]))
            {
                at = open + 1;
                continue;
            }

            var p = open + 1;
            while (p < html.Length && (char.IsAsciiLetterOrDigit(html[p]) || html[p] == '-')) p++;
            var tag = html[(open + 1)..p].ToLowerInvariant();
            while (p < html.Length && html[p] != '>')
            {
                if (char.IsWhiteSpace(html[p]) || html[p] == '/')
                {
                    p++;
                    continue;
                }
                var nameStart = p;
                while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not ('=' or '>' or '/')) p++;
                var name = html[nameStart..p].ToLowerInvariant();
                while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                if (p >= html.Length || html[p] != '=')
                {
                    result.Add(Attribute(tag, name, "", nameStart));
                    continue;
                }
                p++;
                while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                int valueStart, valueEnd;
                if (p < html.Length && html[p] is '"' or '\'')
                {
                    var quote = html[p];
                    valueStart = p + 1;
                    valueEnd = html.IndexOf(quote, valueStart);
                    if (valueEnd < 0) valueEnd = html.Length;
                    p = Math.Min(html.Length, valueEnd + 1);
                }
                else
                {
                    valueStart = p;
                    while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] != '>') p++;
                    valueEnd = p;
                }
                result.Add(Attribute(tag, name, WebUtility.HtmlDecode(html[valueStart..valueEnd]), valueStart));
            }
            at = p + 1;

            // Raw-text elements: their content is not markup.
            if (tag is "script" or "style")
            {
                var close = html.IndexOf("</" + tag, at, StringComparison.OrdinalIgnoreCase);
                at = close < 0 ? html.Length : close;
            }
        }
        return result;

        HtmlAttribute Attribute(string tag, string name, string value, int offset)
        {
            var (line, column) = Position(offset);
            return new HtmlAttribute(tag, name, value, line, column);
        }
    }
}
