using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Cards;

/// <summary>
/// Breaks a card's text into lines that fit a width: at spaces where it can, between characters (whole grapheme
/// clusters, so an accent or an emoji sequence is never split) where a word alone is too wide, as in Chinese or
/// Japanese; text past the last line is cut with an ellipsis. The width of a string comes from the caller's shaper.
/// </summary>
public static class CardTextLayout
{
    public const string Ellipsis = "…";

    /// <summary>Longer text is cut before layout: a card shows a few lines, and measuring is a shaping pass each.</summary>
    public const int MaxElements = 400;

    /// <summary>The text as a card can print it: controls and line breaks become spaces, runs of spaces one, ends trimmed, cut after <see cref="MaxElements"/> clusters.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxElements * 2));
        var space = false;
        var elements = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext() && elements < MaxElements)
        {
            // A mark after a space is one cluster with it: the space stays a space, the mark is drawn on its own.
            var element = e.GetTextElement();
            var start = 0;
            while (start < element.Length && Blank(element[start])) start++;
            if (start > 0) space = sb.Length > 0;
            if (element.Skip(start).All(Blank)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(element, start, element.Length - start);
            elements++;
        }
        // Cut here: the layout's ellipsis shows that more followed.
        if (elements == MaxElements && e.MoveNext()) sb.Append(' ').Append(Ellipsis);
        return sb.ToString();
    }

    private static bool Blank(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>The lines of <paramref name="text"/> within <paramref name="width"/>, at most <paramref name="maxLines"/>.</summary>
    /// <param name="text">Cleaned text (<see cref="Clean"/>).</param>
    /// <param name="width">The widest a line may be.</param>
    /// <param name="maxLines">How many lines there is room for; the last ends in an ellipsis when text is left over.</param>
    /// <param name="measure">The width of a string as it will be drawn.</param>
    public static List<string> Lines(string text, float width, int maxLines, Func<string, float> measure)
    {
        var lines = new List<string>();
        if (text.Length == 0 || maxLines < 1) return lines;
        var line = "";
        var words = text.Split(' ');
        var cut = false;
        for (var w = 0; w < words.Length && !cut; w++)
        {
            var word = words[w];
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
                line = "";
                if (lines.Count == maxLines)
                {
                    cut = true;
                    break;
                }
            }
            // A word too wide for a line of its own is broken between its grapheme clusters.
            foreach (var element in Elements(word))
            {
                if (line.Length == 0 || measure(line + element) <= width)
                {
                    line += element;
                    continue;
                }
                lines.Add(line);
                line = element;
                if (lines.Count == maxLines)
                {
                    cut = true;
                    break;
                }
            }
        }
        if (!cut && line.Length > 0)
        {
            lines.Add(line);
            return lines;
        }
        if (!cut) return lines;
        // Text is left over: the last line gives up clusters from its end until it and the ellipsis fit.
        var last = lines[^1];
        var kept = Elements(last).ToList();
        while (kept.Count > 0 && measure(string.Concat(kept).TrimEnd() + Ellipsis) > width) kept.RemoveAt(kept.Count - 1);
        lines[^1] = string.Concat(kept).TrimEnd() + Ellipsis;
        return lines;
    }

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return e.GetTextElement();
    }
}
