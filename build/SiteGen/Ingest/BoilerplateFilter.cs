using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>The lines of a seed with site furniture removed, and how many lines that furniture took.</summary>
internal sealed record CleanText(IReadOnlyList<string> Lines, IReadOnlyList<string> Removed);

/// <summary>Cuts site furniture (cookie notices, language pickers, licence numbers, hotlines) out of scraped text, even when glued to an article line.</summary>
internal sealed partial class BoilerplateFilter
{
    private static readonly Lazy<BoilerplateFilter> Shared = new(() => new BoilerplateFilter(WordLists.Default.BoilerplatePatterns));

    private readonly Regex[] _patterns;

    public BoilerplateFilter(IEnumerable<string> patterns)
    {
        _patterns = [.. patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    public static BoilerplateFilter Default => Shared.Value;

    /// <summary>
    /// Furniture told by its shape rather than its words: a line with letters but none of the Latin script (a licence
    /// notice or menu in another script on an English page), a short label and a phone number ("Press desk: 010-555 0199"),
    /// or a breadcrumb trail ("Home / World / Europe / Headline").
    /// </summary>
    private static bool IsFurnitureByShape(string line) =>
        line.Any(char.IsLetter) && !line.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || c is >= '\u00C0' and <= '\u024F')
        || ContactLine().IsMatch(line)
        || BreadcrumbTrail().IsMatch(line);

    // Two or more short section names, each followed by a spaced separator, before the page's own title of three or more
    // words ("Jane Roe / POOL / WNS" is a picture credit).
    [GeneratedRegex(@"^(?:[^/>»|.!?]{1,40}?\s+[/>»]\s+){2,}\S+(?:\s+[^/>»\s]+){2,}$")]
    private static partial Regex BreadcrumbTrail();

    [GeneratedRegex(@"^[\p{L} ]{3,40}:\s*\+?[\d][\d\-() ]{6,}$")]
    private static partial Regex ContactLine();

    /// <summary>Splits normalised text into trimmed, non-empty lines with boilerplate removed.</summary>
    public CleanText Clean(string text)
    {
        var kept = new List<string>();
        var removed = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            // Each line is cut out once, already trimmed: a split then a trim copied a seed of one long line twice.
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            var span = text.AsSpan(offset, length).Trim();
            if (span.IsEmpty) continue;
            var line = span.Length == text.Length ? text : span.ToString();
            var cleaned = line;
            // Every match in one pass per pattern, so a huge line costs a few scans; a second round catches a notice
            // that only starts a line once the one glued before it is gone ("CHOOSE YOUR LANGUAGECHOOSE YOUR LANGUAGE").
            for (var round = 0; round < 3; round++)
            {
                var before = cleaned;
                foreach (var pattern in _patterns)
                {
                    cleaned = pattern.Replace(cleaned, m =>
                    {
                        removed.Add(m.Value.Trim());
                        return " ";
                    });
                }
                if (cleaned == before) break;
            }
            cleaned = Regex.Replace(cleaned, @"\s{2,}", " ").Trim();
            if (cleaned.Length == 0 || !cleaned.Any(char.IsLetterOrDigit)) continue;
            if (IsFurnitureByShape(cleaned))
            {
                removed.Add(cleaned);
                continue;
            }
            kept.Add(cleaned);
        }
        return new CleanText(kept, [.. removed.Where(r => r.Length > 0)]);
    }
}
