using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>
/// Reads a transcript's speaker labels: "SECRETARY JANE ROE: ...", "Jane Roe, Minister of Trade: ...", "• Jane Roe:" on a
/// line of its own, "QUESTION: ..." and "JOHN DOE, HOST: ...". A newsmaker's turn runs over every following line until the
/// next label, and each of those lines is their words; an asker's or the programme's own turns are reporting. A page is a
/// transcript only when labels repeat: one "CITY NAME:" opening a story is a dateline.
/// </summary>
internal sealed partial class TranscriptReader(WordLists words)
{
    // A label: a few capitalised words (a role may follow a comma), then a colon; a bullet may come first.
    [GeneratedRegex(@"\btranscripts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaresTranscript();

    [GeneratedRegex(@"^(?:[•·*>\-–—]\s*)?(?<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?: [\p{L}\p{M}.'’\-]+){0,5}?)(?:,\s*(?<role>\p{L}[\p{L}\p{M}.'’\- ]{1,80}?))?\s*:(?:\s+(?<text>\S.*))?$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[•·*▪◦‣\-–]\s")]
    private static partial Regex Bulleted();

    // A transcript page's masthead, menu and date lines come before its first turn; a story's lines do not say "transcript".
    private const int MaxLinesBeforeFirstTurn = 20;

    /// <summary>What one label line says: who speaks, whether their turns are quotes, where the words start on this line.</summary>
    private sealed record LabelLine(string? Name, string? Role, bool Newsmaker, bool Credit, int TextStart, bool LineDone, bool SurnameOnly)
    {
        /// <summary>The label itself says the speaker is the programme's ("JOHN DOE, HOST:").</summary>
        public bool Programme { get; init; }
    }

    /// <summary>For each line, the turn it belongs to (null: not a newsmaker's words), which lines are labels alone, and the programme's people.</summary>
    public (TranscriptTurn?[] Turns, bool[] LabelOnly, List<Credit> Credits) Read(IReadOnlyList<string> lines, string? headline = null)
    {
        var labels = new LabelLine?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            labels[i] = Parse(lines[i], lines);
            // "Key Facts:" alone on its line over a bulleted list heads the list; no one speaks the bullets.
            if (labels[i] is { LineDone: true } && i + 1 < lines.Count && Bulleted().IsMatch(lines[i + 1])) labels[i] = null;
            // "Roe: “A Deal Long Overdue”" over the reporter's lines is a subheading that sums up what she said: its own
            // line a short quotation, the next line no quotation at all.
            if (labels[i] is { LineDone: false } heading && WhollyQuoted(lines[i][heading.TextStart..]) && lines[i][heading.TextStart..].Split(' ').Length <= 8
                && (i + 1 >= lines.Count || !OpensWithQuote(lines[i + 1]))) labels[i] = null;
        }
        PromoteAnswerer(labels, lines);
        var turns = new TranscriptTurn?[lines.Count];
        var labelOnly = new bool[lines.Count];
        var credits = new List<Credit>();
        // One label is a dateline, a heading or a headline ("Roe: ..." repeated as the scrape's title); a transcript takes turns
        // between at least two speakers. A programme role ("HOST") marks one on its own.
        var speakers = labels.OfType<LabelLine>().Select(l => l.Name ?? "?").Distinct(StringComparer.OrdinalIgnoreCase).Count();
        // A page that says it is a transcript ("Read the full transcript of ...") is one even when its first turn is all it shows.
        // The word may sit under the page's furniture, so every line before the first label is read (a bounded few).
        var firstLabel = Array.FindIndex(labels, l => l is not null);
        var declared = new[] { headline }.Concat(lines.Take(Math.Min(firstLabel < 0 ? 3 : firstLabel, MaxLinesBeforeFirstTurn)))
            .Any(l => l is not null && DeclaresTranscript().IsMatch(l));
        if (speakers < 2 && !declared && !labels.Any(l => l is { Programme: true })) return (turns, labelOnly, credits);
        // Turns alternate: a page where no one speaks twice and no label gives a title ("Date:", then "Rising Costs: Are We
        // Ready?" among related links) is a list of headings, not an exchange.
        var someoneAgain = labels.OfType<LabelLine>().GroupBy(l => l.Name ?? "?", StringComparer.OrdinalIgnoreCase).Any(g => g.Count() >= 2);
        if (!declared && !someoneAgain && !labels.Any(l => l is { Programme: true } or { Newsmaker: true })) return (turns, labelOnly, credits);
        TranscriptTurn? current = null;
        // An article that prints an interview's turns in quote marks ("Ana Roe:" then "“...”") goes back to its own
        // reporting after them: such a turn runs only over lines wholly in quote marks.
        var quotedTurn = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (labels[i] is { } label)
            {
                labelOnly[i] = label.LineDone;
                if (label.Credit && label.Name is not null) credits.Add(new Credit(label.Name, "reporter", true));
                current = label.Newsmaker ? new TranscriptTurn(label.Name!, label.Role, 0) { SurnameOnly = label.SurnameOnly } : null;
                quotedTurn = label.LineDone && i + 1 < lines.Count && WhollyQuoted(lines[i + 1]);
                if (current is not null && !label.LineDone) turns[i] = current with { TextStart = label.TextStart };
                continue;
            }
            if (quotedTurn && !WhollyQuoted(lines[i])) current = null;
            turns[i] = current;
        }
        return (turns, labelOnly, credits);
    }

    private LabelLine? Parse(string line, IReadOnlyList<string> lines)
    {
        if (Label().Match(line) is not { Success: true } m) return null;
        var printed = m.Groups["name"].Value.Trim();
        var role = m.Groups["role"].Success ? m.Groups["role"].Value.Trim() : null;
        var text = m.Groups["text"];
        var lineDone = !text.Success;
        var lower = printed.ToLowerInvariant();
        if (words.TranscriptAskers.Contains(lower) || role is null && words.TranscriptAskers.Contains(lower.TrimEnd('.'))) return new LabelLine(null, null, false, false, 0, lineDone, false);
        var tokens = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(t => t.EndsWith('.') && t.Length > 3 && !words.Abbreviations.Contains(t.ToLowerInvariant()))) return null;
        // "The Summit's Sudden Emergence: ...": a possessive makes the words before the colon a heading's, never a speaker's.
        if (tokens.Any(t => t.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || t.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || t.EndsWith('\'') || t.EndsWith('’'))) return null;
        // The title and courtesy words printed before the name are the role, not the name.
        var lead = 0;
        var courtesy = false;
        while (lead < tokens.Length - 1 && IsTitleWord(tokens[lead].ToLowerInvariant()))
        {
            courtesy |= words.Honorifics.Contains(tokens[lead].ToLowerInvariant());
            lead++;
        }
        // "President of Ruritania Ana Roe:", "Minister for Trade Ivo Marek:": the title's place comes before the name too.
        // The place runs up to the name's given name, or leaves the name its last two words.
        if (lead > 0 && lead < tokens.Length - 2 && tokens[lead].ToLowerInvariant() is "of" or "for" or "to")
        {
            lead++;
            while (lead < tokens.Length - 2 && !words.GivenNames.Contains(tokens[lead].ToLowerInvariant())) lead++;
        }
        // "Swedish Ambassador Ana Roe:", "Harbour Master Ivo Marek:": words that qualify a title come before it; the name
        // starts after the last title or person noun that is not the name's own last word.
        for (var k = tokens.Length - 2; k >= lead; k--)
        {
            var word = tokens[k].ToLowerInvariant();
            if (!IsTitleWord(word) && !(words.PersonNouns.Contains(word) && !words.GivenNames.Contains(word))) continue;
            lead = k + 1;
            break;
        }
        var name = tokens[lead..];
        if (name.Length is 0 or > 4 || name.Any(t => !char.IsUpper(t[0]) && !words.NameParticles.Contains(t))) return null;
        // "LAGOS: Dock workers ...": a city alone before the colon is the story's dateline, unless a line names a person by it
        // ("Ana Lagos").
        if (name.Length == 1 && words.Cities.Contains(lower) && !lines.Any(l => NamesPersonBy(l, name[0]))) return null;
        if (name.Any(t => words.Places.Contains(t.ToLowerInvariant()) || words.ClauseStarters.Contains(t.ToLowerInvariant()) || words.Months.ContainsKey(t.ToLowerInvariant())
                          || words.Weekdays.ContainsKey(t.ToLowerInvariant()) || words.OrganisationWords.Contains(t.ToLowerInvariant()))) return null;
        var allCaps = printed.Where(char.IsLetter).All(char.IsUpper);
        var fullName = string.Join(' ', name.Select(t => allCaps ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(t.ToLowerInvariant()) : t));
        var printedTitle = lead > 0 && !courtesy
            ? allCaps ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', tokens[..lead]).ToLowerInvariant()) : string.Join(' ', tokens[..lead])
            : null;
        // "JON ROE, HOST:", "Jon Roe, White House Correspondent:": the role's head noun says it is the programme's own.
        if (role is not null && words.ProgrammeRoles.Contains(role.Split(' ')[^1].ToLowerInvariant()))
        {
            return name.Length >= 2 ? new LabelLine(fullName, null, false, true, 0, lineDone, false) { Programme = true } : null;
        }
        // A newsmaker shows it by a title or role in the label, or by a title the article gives them elsewhere
        // ("Foreign Minister Jane Roe's interview"); a bare name with neither is the programme's own presenter.
        var titled = lead > 0 || role is not null || TitledElsewhere(name[^1], lines);
        // "JANE ROE, PRIME MINISTER:": a role shouted in the label's capitals is written as a title.
        if (role is not null && role.Where(char.IsLetter).All(char.IsUpper)) role = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(role.ToLowerInvariant());
        return new LabelLine(fullName, role ?? printedTitle, titled, !titled && name.Length >= 2, text.Success ? text.Index : 0, lineDone, name.Length == 1);
    }

    /// <summary>
    /// An interview between two people named bare ("Ana Roe:", "Ivo Marek:"): the one whose turns ask questions is the
    /// interviewer, and the one whose turns answer them is the newsmaker, titled or not; so is one person named bare who
    /// answers an unnamed asker ("Question:").
    /// </summary>
    private static void PromoteAnswerer(LabelLine?[] labels, IReadOnlyList<string> lines)
    {
        var asks = new Dictionary<string, (int Turns, int Questions)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not { Name: { } name } label) continue;
            var end = i + 1;
            while (end < labels.Length && labels[end] is null) end++;
            // The turn asks when its last words do ("... what do you make of it?").
            var last = end - 1 > i ? lines[end - 1] : label.LineDone ? "" : lines[i];
            var (turns, questions) = asks.GetValueOrDefault(name);
            asks[name] = (turns + 1, questions + (last.TrimEnd().EndsWith('?') ? 1 : 0));
        }
        var bare = labels.OfType<LabelLine>().Where(l => l.Name is not null).GroupBy(l => l.Name!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.All(l => !l.Newsmaker && !l.Programme)).Select(g => g.Key).ToList();
        string answerer;
        // "QUESTION: ..." / "Ana Roe: ...": one person named bare, answering an unnamed asker's turns, is the newsmaker.
        if (asks.Count == 1 && bare.Count == 1 && labels.Count(l => l is { Name: null }) >= 1)
        {
            answerer = bare[0];
            if (asks[answerer].Questions * 5 > asks[answerer].Turns) return;
        }
        else
        {
            if (asks.Count != 2 || bare.Count != 2) return;
            var asker = asks[bare[0]].Questions * 2 >= asks[bare[0]].Turns ? bare[0] : bare[1];
            answerer = asker == bare[0] ? bare[1] : bare[0];
            if (asks[asker].Questions * 2 < asks[asker].Turns || asks[answerer].Questions * 5 > asks[answerer].Turns) return;
        }
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is { } l && string.Equals(l.Name, answerer, StringComparison.OrdinalIgnoreCase)) labels[i] = l with { Newsmaker = true, Credit = false };
        }
    }

    private static bool OpensWithQuote(string line) => line.TrimStart() is { Length: > 0 } t && t[0] is '"' or '\u201C' or '\u00AB' or '\u2018';

    private static bool WhollyQuoted(string line)
    {
        var t = line.Trim();
        return t.Length > 2 && t[0] is '"' or '\u201C' or '\u00AB' or '\u2018' or '\'' && t[^1] is '"' or '\u201D' or '\u00BB' or '\u2019' or '\'';
    }

    private bool IsTitleWord(string lower) => words.Titles.Contains(lower) || words.TitleModifiers.Contains(lower) || words.Honorifics.Contains(lower) || lower == "the";

    /// <summary>Whether a line that is no label prints a title right before the name's last word.</summary>
    /// <summary>Whether the line prints the word as a family name: a capitalised word before it, in title case.</summary>
    private static bool NamesPersonBy(string line, string word)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant());
        for (var at = line.IndexOf(" " + title, StringComparison.Ordinal); at > 0; at = line.IndexOf(" " + title, at + 1, StringComparison.Ordinal))
        {
            var before = line.LastIndexOf(' ', at - 1) + 1;
            if (char.IsUpper(line[before]) && line[before..at].All(char.IsLetter) && (at + 1 + title.Length == line.Length || !char.IsLetter(line[at + 1 + title.Length]))) return true;
        }
        return false;
    }

    private bool TitledElsewhere(string surname, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (Label().IsMatch(line)) continue;
            var tokens = line.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!string.Equals(tokens[i].TrimEnd('\'', '’', 's'), surname.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)) continue;
                for (var j = Math.Max(0, i - 4); j < i; j++)
                {
                    if (words.Titles.Contains(tokens[j].ToLowerInvariant())) return true;
                }
            }
        }
        return false;
    }
}
