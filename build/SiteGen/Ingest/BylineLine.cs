using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>The people a byline line credits, and the role its label gives them ("reporter", "photographer").</summary>
internal sealed record Byline(IReadOnlyList<string> Names, string Role, bool Labelled);

/// <summary>
/// Reads a byline line in the shapes pages print it: a label or none ("By", "Story by", "Credit:", "©"), one or more names,
/// then what bylines carry after a separator or a comma (the outlet, the writer's post, a place, a handle, a time stamp):
/// "By Ana Roe and Ivo Berg | Harbour Wire", "Ana Roe, Senior Correspondent", "Ana Roe / Harbour Wire". A line without a
/// label counts only when its first name opens on a known given name and every part after the names is one of those.
/// </summary>
internal sealed partial class BylineLine(WordLists words)
{
    // A separator between the names and what follows them; a comma is handled part by part.
    [GeneratedRegex(@"\s+(?:\||-|–|—|/|•|·)\s+|\s+(?=@\w)|\s+(?=\(@)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?<label>©|[\p{L} ]{2,30}?)\s*(?::\s*|\s+(?=\p{Lu}))(?<rest>.+)$")]
    private static partial Regex Labelled();

    // "Ana Roe/Harbour Images", "Ana Roe/AFP": a picture credit, the name glued by a slash to its agency.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'\-]+(?:\s\p{L}[\p{L}.'\-]+){1,3})/(?<agency>\p{Lu}[\p{L}\-]*(?:\s(?:via\s)?\p{Lu}[\p{L}\-]*){0,3})$")]
    private static partial Regex SlashCredit();

    // "... REUTERS/Ana Roe", "(EPA-EFE/ANA ROE)": an agency in capitals, a slash, then the photographer, ending the line.
    [GeneratedRegex(@"(?:^|[\s(|])(?<agency>\p{Lu}[\p{Lu}\-]{1,10})/(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3})\)?\.?$")]
    private static partial Regex AgencyThenName();

    // "... (Ana Roe/AFP via Harbour Images)", "... Photo: Ana Roe/Nordwire": the photographer, a slash, then the agency.
    [GeneratedRegex(@"(?:^|[\s(|])(?<label>(?:Photo|Image|Picture)s?(?:\s+credit)?\s*:\s*)?(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3})/(?<agency>\p{Lu}[\p{L}\-]*(?:\s(?:via\s)?\p{Lu}[\p{L}\-]*){0,3})\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenAgency();

    // "... (Nordwire / Ana Roe / File Photo)", "(Nordwire / Ana Roe)": a bracketed credit of parts between spaced slashes, the
    // agency (a few capitalised words) first, the photographer next, then what the picture is, ending the line.
    [GeneratedRegex(@"\((?<agency>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})\s+/\s+(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3})(?:\s+/\s+[\p{L} ]{2,20})?\)\.?$")]
    private static partial Regex SpacedSlashCredit();

    // "... | Photo Credit: Ana Roe": a labelled credit ending a caption.
    [GeneratedRegex(@"(?:^|[\s(|])(?:Photo|Image|Picture)s?(?:\s+credit)?\s*:\s*(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3})\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCreditAtEnd();

    /// <summary>The photographer a credit ending a line names (a caption's or a line of its own), or null.</summary>
    public string? PictureCreditAtEnd(string line)
    {
        // A credit is the last few words of its line: only they are read, however long the line.
        line = line.Trim();
        if (line.Length > 160) line = line[^160..];
        if (AgencyThenName().Match(line) is { Success: true } a && AsName(a.Groups["name"].Value) is { } first) return first;
        if (NameThenAgency().Match(line) is { Success: true } b && (b.Groups["label"].Success || IsAgency(b.Groups["agency"].Value))
            && char.IsUpper(b.Groups["name"].Value[0]) && AsName(b.Groups["name"].Value) is { } second) return second;
        if (LabelledCreditAtEnd().Match(line) is { Success: true } c && AsName(c.Groups["name"].Value) is { } third) return third;
        // "... (Nordwire / Ana Roe / File Photo)": agency, photographer and what the picture is, in brackets, spaced slashes.
        return SpacedSlashCredit().Match(line) is { Success: true } d && AsName(d.Groups["name"].Value) is { } fourth ? fourth : null;
    }

    public Byline? Read(string line)
    {
        line = line.Trim();
        if (line.Length is < 5 or > 120 || ".!?\"”:".Contains(line[^1], StringComparison.Ordinal)) return null;
        if (SlashCredit().Match(line) is { Success: true } slash && IsAgency(slash.Groups["agency"].Value) && AsName(slash.Groups["name"].Value) is { } pictured)
        {
            return new Byline([pictured], "photographer", Labelled: true);
        }
        // "ByAna Roe": a scrape that lost the space after the label.
        if (line.Length > 3 && line.StartsWith("By", StringComparison.Ordinal) && char.IsUpper(line[2]) && char.IsLower(line[3])) line = "By " + line[2..];
        line = UnglueMonth(line);
        // "— Ana Roe": a sign-off under the story; unlabelled, so its name must appear nowhere else.
        var dash = SignOff().Match(line);
        var signOff = dash.Success;
        if (signOff) line = line[dash.Length..];
        string role;
        string rest;
        var labelled = false;
        if (Labelled().Match(line) is { Success: true } m && words.CreditLabels.TryGetValue(m.Groups["label"].Value.Trim(), out var labelRole))
        {
            (role, rest, labelled) = (labelRole, m.Groups["rest"].Value, true);
        }
        else if (LongerLabel(line) is var (longerRole, longerRest))
        {
            (role, rest, labelled) = (longerRole, longerRest, true);
        }
        else (role, rest) = ("reporter", line);
        // "Ana Roe Reporting": the label after the name, the line nothing else.
        if (!labelled && line.LastIndexOf(' ') is > 0 and var last && words.CreditLabels.TryGetValue(line[(last + 1)..], out var trailingRole)
            && AsName(line[..last]) is { } labelledAfter)
        {
            return new Byline([labelledAfter], trailingRole, Labelled: true);
        }
        // "Photo by Ana Roe/Harbour Images": after the label, the name glued to its agency.
        if (labelled && SlashCredit().Match(rest.Trim()) is { Success: true } labelledSlash && IsAgency(labelledSlash.Groups["agency"].Value)
            && AsName(labelledSlash.Groups["name"].Value) is { } labelledPictured)
        {
            return new Byline([labelledPictured], role, Labelled: true);
        }

        var unstamped = CutStamp(rest);
        var pieces = Separator().Split(unstamped);
        var names = new List<string>();
        // What the first piece holds after its names ("Ana Roe, Senior Correspondent"), then every piece after a separator.
        var parts = NameSeparator().Split(pieces[0]).Where(p => p.Length > 0).ToList();
        // "— Ana Roe (@anaroe) August 16, 2025" signs a post quoted in the story, not the story: a sign-off is the name alone
        // or with its outlet after a comma.
        if (signOff && (pieces.Length > 1 || unstamped.Length < rest.Length)) return null;
        var tailed = pieces.Length > 1 || unstamped.Length < rest.Length || signOff;
        foreach (var part in parts)
        {
            if (CutTail(part) is { } name && AsName(name) is { } person)
            {
                names.Add(person);
                tailed |= name.Length < part.Trim().Length;
            }
            else if (names.Count == 0 || !IsBylineTail(part)) return null;
            else tailed = true;
        }
        if (names.Count == 0 || pieces.Skip(1).Any(p => !IsBylineTail(p))) return null;
        // Unlabelled, a line of names could be anything in capitals: the first must open on a given name, and something
        // after the names (a separator or a comma part) must say it is a byline.
        if (!labelled && (!words.GivenNames.Contains(names[0].Split(' ')[0].ToLowerInvariant()) || !tailed)) return null;
        return new Byline(names, role, labelled);
    }

    /// <summary>
    /// "Editorial Cartoon by Ana Roe", "Graphic: Ana Roe": a label of up to four words the shortest-label pattern passed over
    /// (its first word alone is no label), then a capitalised name.
    /// </summary>
    private (string Role, string After)? LongerLabel(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(4, tokens.Length - 1); n >= 2; n--)
        {
            var label = string.Join(' ', tokens[..n]);
            var colon = label.EndsWith(':');
            if (words.CreditLabels.TryGetValue(label.TrimEnd(':'), out var role) && (colon || char.IsUpper(tokens[n][0]))) return (role, string.Join(' ', tokens[n..]));
        }
        return null;
    }

    /// <summary>"Ana Roe Updated 10:00 GMT, 16 August 2025", "Ana Roe on August 16, 2025": the line without its time stamp.</summary>
    private string CutStamp(string rest)
    {
        var tokens = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < tokens.Length; k++)
        {
            if (words.StampWords.Contains(tokens[k].ToLowerInvariant().TrimEnd(':', ',')) && tokens.Skip(k + 1).Any(t => t.Any(char.IsDigit)))
            {
                return string.Join(' ', tokens[..k]).TrimEnd(',', '|', '-', '–', '—', ' ');
            }
            // "Ana Roe 7 March, 2025", in any language: a date straight after a two-word name, ending in a year.
            if (k >= 2 && char.IsDigit(tokens[k][0]) && System.Text.RegularExpressions.Regex.IsMatch(tokens[^1], @"^\d{4}$"))
            {
                // "Ana Roe • August 16, 2025": the month before the day is the stamp's too.
                var cut = k > 2 && words.Months.ContainsKey(tokens[k - 1].ToLowerInvariant().TrimEnd('.')) ? k - 1 : k;
                // "– Friday August 15, 2025": and the weekday before the month.
                if (cut > 2 && cut < k && words.Weekdays.ContainsKey(tokens[cut - 1].ToLowerInvariant().TrimEnd(','))) cut--;
                return string.Join(' ', tokens[..cut]).TrimEnd(',', '|', '-', '–', '—', '•', '·', ' ');
            }
        }
        return rest;
    }

    /// <summary>"Ana Roe in Lyon", "Ana Roe Senior Correspondent": the name without the place or post after it.</summary>
    private string? CutTail(string part)
    {
        var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = tokens.Length;
        for (var k = 1; k < tokens.Length; k++)
        {
            var lower = tokens[k].ToLowerInvariant();
            if (lower is "in" or "for" or "via" || JobWord(lower) || words.TitleModifiers.Contains(lower) && k + 1 < tokens.Length && JobWord(tokens[k + 1].ToLowerInvariant()))
            {
                end = k;
                break;
            }
        }
        return end == tokens.Length || IsBylineTail(string.Join(' ', tokens[end..])) ? string.Join(' ', tokens[..end]) : null;
    }

    private string? AsName(string part)
    {
        var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 4) return null;
        foreach (var t in tokens)
        {
            if (words.NameParticles.Contains(t)) continue;
            if (!char.IsUpper(t[0]) || !t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return null;
            var lower = t.ToLowerInvariant();
            if (words.OrganisationWords.Contains(lower) || words.OutletWords.Contains(lower) || words.Places.Contains(lower)
                || words.Titles.Contains(lower) || JobWord(lower) || words.StampWords.Contains(lower) || words.Months.ContainsKey(lower)) return null;
        }
        var name = string.Join(' ', tokens);
        // "MARIA LINDQVIST": a byline in capitals is named in the usual case.
        return name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }

    /// <summary>What a byline carries after its names: an outlet, the writer's post, a place, a social handle or a time stamp.</summary>
    private bool IsBylineTail(string part)
    {
        var tokens = part.Trim().Trim('(', ')').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 8) return false;
        // "in Lyon", "in New Delhi": where the writer files from.
        if (tokens[0] == "in") return tokens.Length is >= 2 and <= 4 && tokens[1..].All(t => char.IsUpper(t[0]));
        // "for the Harbour Times", "via Nordwire": the outlet the writer works for, or the agency that carried the piece.
        if (tokens[0] is "for" or "via") return tokens.Length is >= 2 and <= 6 && tokens[1..].All(t => char.IsUpper(t[0]) || t is "the" or "of" or "and");
        // "2 hours ago": when the page says it went up; "3 min read": how long the piece takes.
        if (tokens.Length == 3 && tokens[0].All(char.IsDigit) && tokens[2] is "ago" or "read") return true;
        if (tokens[0].StartsWith('@')) return tokens.Length == 1;
        // "AFP", "POOL", "REUTERS": an agency or pool credit in capitals.
        // "COP30": a body's short name with its number.
        if (tokens.Length == 1 && tokens[0].Length is >= 2 and <= 8 && char.IsUpper(tokens[0][0]) && tokens[0].All(c => char.IsUpper(c) || char.IsDigit(c))) return true;
        // "with reporting from Lyon Bureau Staff", "with additional reporting by Ivo Berg": a note of who else worked on it.
        if (tokens[0] == "with" && tokens.Skip(1).SkipWhile(t => t == "additional").FirstOrDefault() is { } work && words.CreditLabels.ContainsKey(work + " by")) return true;
        var lowers = tokens.Select(t => t.ToLowerInvariant().TrimEnd(',', '.')).ToList();
        if (words.Places.Contains(string.Join(' ', lowers))) return true;
        // "Senior Correspondent", "Diplomatic Editor": the post.
        if (lowers.Any(JobWord) && lowers.All(l => JobWord(l) || words.TitleModifiers.Contains(l) || l is "of" or "the" or "and" or "for")) return true;
        // "Harbour Wire", "The Daily Ledger": an outlet's name, capitalised, with an outlet word.
        // "Harbour Wire correspondent": an outlet's name and the post there.
        if (lowers.Any(words.OutletWords.Contains) && tokens.All(t => char.IsUpper(t[0]) || t is "of" or "the" or "and" || JobWord(t.ToLowerInvariant()))) return true;
        // "August 16, 2025", "16.08.2025": the date the piece went out.
        if (lowers.Any(l => l.Length == 4 && l.All(char.IsDigit) || DigitDate().IsMatch(l))
            && lowers.All(l => l.Length > 0 && (l.All(c => char.IsDigit(c) || c is '.' or '/' or '-' or ':') || words.Months.ContainsKey(l.TrimEnd('.')) || words.Weekdays.ContainsKey(l)
                                                || l is "am" or "pm" or "gmt" or "utc"))) return true;
        // "Ana Roe, Nordwire", "Ana Roe | Harbourpost": one or two capitalised words naming no person, title or post: the outlet.
        if (tokens.Length <= 2 && tokens.All(t => char.IsUpper(t[0]) && t.All(char.IsLetter)) && !lowers.Any(l => words.GivenNames.Contains(l) || words.Titles.Contains(l)
                                                                                                          || words.Months.ContainsKey(l) || words.Weekdays.ContainsKey(l))) return true;
        // "Published: August 16, 2025", "Updated 10:00 GMT, 16 August 2025": a stamp.
        return words.StampWords.Contains(lowers[0].TrimEnd(':')) && lowers.Any(l => char.IsDigit(l[0]));
    }

    /// <summary>An agency after a slash: a short name in capitals ("AFP", "EPA-EFE") or one with an outlet word ("Harbour Images").</summary>
    private bool IsAgency(string agency)
    {
        // "AFP via Harbour Images": the agency and the library that sells the picture.
        var via = agency.IndexOf(" via ", StringComparison.Ordinal);
        if (via > 0) return IsAgency(agency[..via]) || IsAgency(agency[(via + 5)..]);
        var tokens = agency.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == 1 && agency.Length is >= 2 and <= 8 && agency.Where(char.IsLetter).All(char.IsUpper)
               || tokens.Any(t => words.OutletWords.Contains(t.ToLowerInvariant()));
    }

    [GeneratedRegex(@"^(?:—|–|--)\s*(?=\p{Lu})")]
    private static partial Regex SignOff();

    /// <summary>"Ana RoeAugust 16, 2025": a month glued to the name before it is split off.</summary>
    private string UnglueMonth(string line)
    {
        for (var i = 1; i < line.Length - 2; i++)
        {
            if (!char.IsLower(line[i - 1]) || !char.IsUpper(line[i])) continue;
            var end = i;
            while (end < line.Length && char.IsLetter(line[end])) end++;
            if (words.Months.ContainsKey(line[i..end].ToLowerInvariant())) return line[..i] + " " + line[i..];
        }
        return line;
    }

    [GeneratedRegex(@"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$")]
    private static partial Regex DigitDate();

    private bool JobWord(string lower) => words.JournalistWords.Contains(lower) || lower.EndsWith('s') && words.JournalistWords.Contains(lower[..^1]);
}
