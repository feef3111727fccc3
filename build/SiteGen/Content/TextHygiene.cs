using System.Buffers;

namespace SiteGen.Content;

/// <summary>
/// The one rule for characters no output may carry: invisible control characters and noncharacters are dropped and a lone surrogate
/// (which a YAML escape such as "\uD800" can make) becomes U+FFFD, when a value or body is read and again before
/// Markdown is rendered. A raw U+0001 makes an HTML page invalid and an XML feed unwritable; a lone surrogate cannot be
/// written as UTF-8 at all, and Markdig throws on one inside a link address.
/// </summary>
public static class TextHygiene
{
    // Surrogates are in the set so a text with only well-formed pairs takes the slow path (to find U+1FFFE and the like);
    // that is rare in news copy.
    private static readonly SearchValues<char> ForbiddenOrSurrogate = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => IsForbidden(c) || char.IsSurrogate(c))]);

    /// <summary>
    /// C0 controls except tab, line feed and carriage return; DEL; the C1 controls; and the noncharacters of the
    /// Basic Multilingual Plane (U+FDD0-U+FDEF, U+FFFE, U+FFFF), which XML cannot hold and HTML calls parse errors.
    /// </summary>
    public static bool IsForbidden(char c) => c < '\u0020' ? c is not ('\t' or '\n' or '\r') : c is >= '\u007F' and <= '\u009F' or >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';

    /// <summary>A noncharacter of another plane (U+1FFFE, U+1FFFF, ... U+10FFFF), written as a surrogate pair.</summary>
    private static bool IsNoncharacterPair(char high, char low) => (char.ConvertToUtf32(high, low) & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// The text without its control characters and noncharacters, and with each lone surrogate replaced by U+FFFD; the same instance when
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
                if (!IsNoncharacterPair(c, text[i + 1])) kept.Append(c).Append(text[i + 1]);
                i++;
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
