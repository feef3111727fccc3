using System.Buffers;

namespace SiteGen.Content;

/// <summary>
/// The one rule for characters no output may carry: invisible control characters are dropped and a lone surrogate
/// (which a YAML escape such as "\uD800" can make) becomes U+FFFD, when a value or body is read and again before
/// Markdown is rendered. A raw U+0001 makes an HTML page invalid and an XML feed unwritable; a lone surrogate cannot be
/// written as UTF-8 at all, and Markdig throws on one inside a link address.
/// </summary>
public static class TextHygiene
{
    // Surrogates are in the set so a text with only well-formed pairs takes the slow path; that is rare in news copy.
    private static readonly SearchValues<char> ForbiddenOrSurrogate = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Concat(Enumerable.Range(0xD800, 0x800)).Select(i => (char)i).Where(c => IsForbidden(c) || char.IsSurrogate(c))]);

    /// <summary>C0 controls except tab, line feed and carriage return; DEL; and the C1 controls.</summary>
    public static bool IsForbidden(char c) => c < '\u0020' ? c is not ('\t' or '\n' or '\r') : c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// The text without its control characters and with each lone surrogate replaced by U+FFFD; the same instance when
    /// it has neither (the usual case).
    /// </summary>
    public static string Clean(string text)
    {
        var first = text.AsSpan().IndexOfAny(ForbiddenOrSurrogate);
        if (first < 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        kept.Append(text.AsSpan(0, first));
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                kept.Append('\uFFFD');
            }
            else if (!IsForbidden(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }
}
