using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>
/// Reads the credit lines of a scraped page ("Reporter: Jane Roe", "Reporting by Jane Roe; Editing by Tom Doe",
/// "Associated Press writer Jane Roe contributed to this report.", "By Jane Roe and Tom Doe") into credits, each name
/// with the role its label gives and whether it is a person.
/// </summary>
internal sealed partial class CreditLines(WordLists words)
{
    [GeneratedRegex(@"^(?<label>[\p{L} ]{2,20}?)\s*:\s*(?<names>\S.*)$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^;]+(?:;\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^;]+)*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex WireCredits();

    // "Associated Press writer Jane Roe contributed to this report.", "Jane Roe and Tom Doe contributed reporting.": the post
    // may go unsaid, but then the line must say what was contributed.
    [GeneratedRegex(@"^(?:(?:[\p{L}.&' ]{2,40}?\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?)\s+(?<names>\p{Lu}.+?)\s+contributed(?:\s+(?:to\s+this|reporting)\s*(?:report|story)?)?|(?<names>\p{Lu}[\p{L}.'\- ]+?(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.'\- ]+?)*)\s+contributed\s+(?:to\s+this\s+(?:report|story)|reporting(?:\s+from\s+\p{Lu}[\p{L} ]+)?))\.?$")]
    private static partial Regex ContributorLine();

    [GeneratedRegex(@"^(?:[\d./\-]{6,}\s*)?(?:(?:Updated|Published|Posted|Written|Edited)\s+by|By)\s+(?<names>\p{Lu}[\p{L}.'\- ]+(?:(?:,|\s+and|\s*&)\s+\p{Lu}[\p{L}.'\- ]+)*)$")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?<names>[^()]+?)\s*\((?<source>[^()]+)\)\.?$")]
    private static partial Regex BracketedSource();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'\-]+(?:\s\p{Lu}[\p{L}.'\-]+){1,3})\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?<post>[^.]{3,80})")]
    private static partial Regex AuthorNote();

    // Credit lines and notes about the writer are short; a longer line is story, and is not run through their patterns.
    private const int MaxCreditLine = 400;

    private readonly BylineLine _bylines = new(words);

    /// <summary>
    /// "Ana Roe is a correspondent for the Harbour Wire. She has covered ...": a note about the writer, furniture, not story.
    /// A newsmaker described as a former reporter is named in the story too; the writer is named nowhere else but a byline.
    /// </summary>
    public bool TryReadAuthorNote(string line, List<Credit> credits, IReadOnlyList<string> lines)
    {
        if (line.Length > MaxCreditLine || AuthorNote().Match(line) is not { Success: true } m) return false;
        var post = m.Groups["post"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(w => w.ToLowerInvariant().Trim(',', '.'));
        if (!post.Any(w => words.JournalistWords.Contains(w) || w.EndsWith('s') && words.JournalistWords.Contains(w[..^1]))) return false;
        var name = m.Groups["name"].Value;
        var surname = name.Split(' ')[^1];
        if (lines.Any(other => !ReferenceEquals(other, line) && other.Contains(surname, StringComparison.Ordinal) && other.Split(' ').Length > 8)) return false;
        credits.Add(new Credit(name, "reporter", true));
        return true;
    }

    /// <summary>A byline line in any common shape (<see cref="BylineLine"/>); the page's other lines tell an unlabelled one from a caption list.</summary>
    public bool TryReadByline(string line, List<Credit> credits, IReadOnlyList<string> lines)
    {
        if (_bylines.Read(line) is not { } byline) return false;
        // Without a label, "Jane Roe, Lyon" could be a newsmaker in a caption list: a byline's names appear nowhere else.
        if (!byline.Labelled && byline.Names.Any(name => lines.Any(other => !ReferenceEquals(other, line) && other.Contains(name.Split(' ')[^1], StringComparison.Ordinal)))) return false;
        credits.AddRange(byline.Names.Select(name => new Credit(name, byline.Role, true)));
        return true;
    }

    /// <summary>A photographer's credit ending a line ("... REUTERS/Ana Roe"): added, and the line kept (it may be a caption).</summary>
    public void ReadPictureCreditAtEnd(string line, List<Credit> credits)
    {
        if (_bylines.PictureCreditAtEnd(line) is { } name) credits.Add(new Credit(name, "photographer", true));
    }

    /// <summary>Whether the line is a credit line; its names are added to <paramref name="credits"/>.</summary>
    public bool TryRead(string line, List<Credit> credits)
    {
        if (line.Length > MaxCreditLine) return false;
        string label;
        string names;
        if (CreditLine().Match(line) is { Success: true } m && words.CreditLabels.ContainsKey(m.Groups["label"].Value.Trim()))
        {
            label = m.Groups["label"].Value.Trim();
            names = m.Groups["names"].Value.Trim();
        }
        else if (ContributorLine().Match(line) is { Success: true } contributor)
        {
            // "Associated Press writer Jane Roe in Lisbon contributed to this report."
            var contributors = Regex.Replace(contributor.Groups["names"].Value, @"\s+in\s+\p{Lu}[\p{L}.\-]*(?:,?\s+\p{Lu}[\p{L}.\-]*)*", "");
            Add(contributors, "reporter", credits);
            return true;
        }
        else if (WireCredits().Match(line) is { Success: true } wire)
        {
            foreach (var part in line.TrimEnd('.', ')').TrimStart('(').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var by = part.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (by < 0 || !words.CreditLabels.TryGetValue(part[..(by + 3)].Trim(), out var partRole)) continue;
                // "Reporting by Jane Doe in Lyon": the place is not part of the name.
                var partNames = Regex.Replace(part[(by + 4)..], @"\s+in\s+\p{Lu}[\p{L} .]*$", "");
                Add(partNames, partRole, credits);
            }
            return wire.Success;
        }
        else if (ByLine().Match(line) is { Success: true } by && line.Split(' ').Length <= 10 && !".!?".Contains(line[^1], StringComparison.Ordinal))
        {
            label = "by";
            names = by.Groups["names"].Value.Trim();
        }
        else return false;

        // "Photo: Ana Roe and Tom Ash (Harbour Images)": two or more names, then the picture's source in brackets, are who
        // the picture shows; the credit is the bracket's.
        if (BracketedSource().Match(names) is { Success: true } pictured && Regex.Split(pictured.Groups["names"].Value, @"\s*(?:,|;|&|\band\b)\s*").Length >= 2) return false;
        // "Image: Leaders pose for a family photo at ...": a caption after a label, not a list of names.
        if (Regex.Split(names, @"\s*(?:,|;|&|\band\b)\s*").Any(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6)) return false;
        Add(names, words.CreditLabels[label], credits);
        return true;
    }

    /// <summary>Adds each name of a list ("Jane Roe, Tom Doe and AGENCY") as a credit with the role.</summary>
    public void Add(string names, string role, List<Credit> credits)
    {
        foreach (var part in Regex.Split(names, @"\s*(?:,|;|&|\band\b)\s*"))
        {
            var name = part.Trim().TrimEnd('.');
            if (name.Length == 0) continue;
            // "John Smith/Wire": the person, then the agency.
            var slash = name.IndexOf('/');
            if (slash > 0) name = name[..slash].Trim();
            if (IsAllCaps(name) && name.Contains(' ')) name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isPerson = tokens.Length >= 2 && tokens.Length <= 5 && tokens.All(t => char.IsUpper(t[0]) || words.NameParticles.Contains(t))
                && !tokens.Any(t => words.OrganisationWords.Contains(t.ToLowerInvariant()) || words.OutletWords.Contains(t.ToLowerInvariant())
                                    || words.JournalistWords.Contains(t.ToLowerInvariant()));
            credits.Add(new Credit(name, role, isPerson));
        }
    }

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
}
