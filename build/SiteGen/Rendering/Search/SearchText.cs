using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Search;

/// <summary>
/// How text becomes search terms, identically at build time and in site.js: lower case, accents dropped, split into runs of
/// letters and digits, a possessive 's dropped, common words left out, and each word stemmed.
/// </summary>
public static class SearchText
{
    // Words too common to tell passages apart: indexing them would put most documents in a few shards. site.js has the same list.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i",
        "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was", "we", "were",
        "will", "with",
    };

    /// <summary>Lower case with accents removed, so "Zürich" and "zurich" are one word.</summary>
    public static string Normalise(string text)
    {
        // ASCII has no accents to remove: lower case is the whole of it (most text of an English site is ASCII).
        if (System.Text.Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>The words of a text, normalised but not stemmed, stop words included, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var normal = Normalise(text);
        var words = new List<string>();
        for (var at = 0; NextWord(normal, ref at) is var (start, length);) words.Add(normal.Substring(start, length));
        return words;
    }

    /// <summary>
    /// The longest word indexed, in UTF-16 units as site.js counts them. A longer one is no word a reader types (a pasted
    /// address, letters run together): one such token of a million characters once made a 1 MB term file.
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>The index terms of a text: its words without stop words and over-long tokens, stemmed.</summary>
    /// <param name="text">Any text, as written.</param>
    /// <param name="stems">Stems already found, by word: a site repeats its words so often that stemming each once saves
    /// most of the work, and a word already stemmed is looked up without making a string of it.</param>
    public static IEnumerable<string> Terms(string text, Dictionary<string, string>? stems = null)
    {
        stems ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var known = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        var normal = Normalise(text);
        var terms = new List<string>();
        for (var at = 0; NextWord(normal, ref at) is var (start, length);)
        {
            var word = normal.AsSpan(start, length);
            if (length > MaxWordLength || StopWordSpans.Contains(word)) continue;
            if (!known.TryGetValue(word, out var stem))
            {
                var whole = word.ToString();
                stems[whole] = stem = PorterStemmer.Stem(whole);
            }
            terms.Add(stem);
        }
        return terms;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The next run of letters and digits from <paramref name="at"/> in normalised text, moving past it and any possessive 's; null at the end.</summary>
    private static (int Start, int Length)? NextWord(string normal, ref int at)
    {
        var i = at;
        while (i < normal.Length && !IsWordChar(normal, i)) i++;
        if (i == normal.Length)
        {
            at = i;
            return null;
        }
        var start = i;
        while (i < normal.Length && IsWordChar(normal, i)) i += char.IsSurrogatePair(normal, i) ? 2 : 1;
        var length = i - start;
        // "Roe's" is "roe": the possessive ending is not a word of its own.
        if (i + 1 < normal.Length && normal[i] is '\'' or '\u2019' && normal[i + 1] == 's' && (i + 2 == normal.Length || !IsWordChar(normal, i + 2))) i += 2;
        at = i;
        return (start, length);
    }

    private static bool IsWordChar(string s, int i)
    {
        // In ASCII the categories below are exactly the letters and digits.
        if (char.IsAscii(s[i])) return char.IsAsciiLetterOrDigit(s[i]);
        var category = char.IsSurrogatePair(s, i) ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(s, i)) : CharUnicodeInfo.GetUnicodeCategory(s[i]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
