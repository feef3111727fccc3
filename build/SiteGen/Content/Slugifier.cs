using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>Turns a title or name into a slug the loader accepts: accents folded to ASCII, lower-case, words joined by single hyphens. Used by ingest and by new.</summary>
public static class Slugifier
{
    /// <summary>Letters that Unicode decomposition does not split into a base letter and an accent.</summary>
    private static readonly Dictionary<char, string> Special = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ø'] = "o", ['Ø'] = "o",
        ['ł'] = "l", ['Ł'] = "l", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d", ['þ'] = "th", ['Þ'] = "th", ['ı'] = "i",
    };

    /// <summary>Accented Latin letters and their ASCII letter, from a table: the program runs with InvariantGlobalization, where Normalize does not decompose.</summary>
    private static readonly Dictionary<char, char> Accented = LoadFoldTable();

    /// <summary>The slug, or "" when the title has no letters or digits that fold to ASCII (pass --slug then).</summary>
    /// <param name="title">The text to make a slug of.</param>
    /// <param name="maxLength">The longest slug, cut between words.</param>
    /// <param name="maxWords">The most words the slug keeps (ingest names timeline files after the first few words of a title).</param>
    public static string Slugify(string title, int maxLength = 80, int maxWords = int.MaxValue)
    {
        var words = 0;
        var sb = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title)
        {
            // Combining accents typed as separate characters (decomposed input) are dropped like precomposed ones.
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            // Apostrophes join a word rather than split it: "Roe's" becomes "roes".
            if (c is '\'' or '\u2019') continue;
            var folded = Special.TryGetValue(c, out var s) ? s
                : Accented.TryGetValue(c, out var a) ? a.ToString()
                : char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString()
                : null;
            if (folded is null)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (pendingHyphen)
            {
                if (++words >= maxWords) break;
                sb.Append('-');
            }
            pendingHyphen = false;
            sb.Append(folded);
        }
        var slug = sb.ToString();
        if (slug.Length > maxLength)
        {
            // Cut between words, not inside one, unless a single word is longer than the limit.
            var cut = slug.LastIndexOf('-', maxLength);
            slug = (cut > 0 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
        }
        // Windows cannot create a file or folder named after a device ("con", "con.md", "lpt1/"): a checkout or a
        // copy of output/ there would fail, so such a slug gets a suffix.
        return IsWindowsDeviceName(slug) ? slug + "-1" : slug;
    }

    /// <summary>Whether a slug is a name Windows reserves for a device, whatever extension follows it.</summary>
    public static bool IsWindowsDeviceName(string slug) =>
        slug is "con" or "prn" or "aux" or "nul"
        || slug.Length == 4 && (slug.StartsWith("com", StringComparison.Ordinal) || slug.StartsWith("lpt", StringComparison.Ordinal)) && char.IsAsciiDigit(slug[3]);

    private static Dictionary<char, char> LoadFoldTable()
    {
        using var stream = typeof(Slugifier).Assembly.GetManifestResourceStream("SiteGen.Content.latin-fold.txt")
            ?? throw new InvalidOperationException("the accent folding table is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[0] != '#' && line[1] == ' ') table[line[0]] = line[2];
        }
        return table;
    }
}
