using System.Globalization;
using System.Text;

namespace SiteGen.Ingest;

/// <summary>Makes file-name slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
internal static class Slug
{
    public static string From(string text, int maxWords = int.MaxValue)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        var words = 0;
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019') continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    if (words + 1 >= maxWords) break;
                    sb.Append('-');
                    words++;
                }
                pendingHyphen = false;
                sb.Append(lower);
            }
            else pendingHyphen = true;
        }
        return sb.Length == 0 ? "item" : sb.ToString();
    }
}
