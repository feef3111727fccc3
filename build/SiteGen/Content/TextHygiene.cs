using System.Buffers;

namespace SiteGen.Content;

/// <summary>
/// The one rule for invisible control characters in content: they are dropped when a value or body is read, so no page,
/// feed or index ever carries one (a raw U+0001 makes an HTML page invalid and an XML feed unwritable).
/// </summary>
public static class TextHygiene
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsForbidden)]);

    /// <summary>C0 controls except tab, line feed and carriage return; DEL; and the C1 controls.</summary>
    public static bool IsForbidden(char c) => c < '\u0020' ? c is not ('\t' or '\n' or '\r') : c is >= '\u007F' and <= '\u009F';

    /// <summary>The text without its control characters; the same instance when it has none (the usual case).</summary>
    public static string WithoutControlCharacters(string text)
    {
        var first = text.AsSpan().IndexOfAny(Forbidden);
        if (first < 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        kept.Append(text.AsSpan(0, first));
        foreach (var c in text.AsSpan(first))
        {
            if (!IsForbidden(c)) kept.Append(c);
        }
        return kept.ToString();
    }
}
