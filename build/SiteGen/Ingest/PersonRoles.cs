using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>The role an article gives a person: a title before the name, or an appositive after it.</summary>
internal sealed partial class PersonFinder
{
    /// <summary>The role printed in front of a name: a title plus the words that qualify it ("U.S. President", "former foreign minister").</summary>
    private (string? Role, string? Affiliation, bool Titled) TitleBefore(ParagraphText text, IReadOnlyList<Token> tokens, int nameStart)
    {
        var end = nameStart - 1;
        // "former mayors Ana Roe and Tom Ash": a plural title over two names joined by "and" is each one's, in the singular.
        var plural = PluralTitleOver(text, tokens, nameStart) is var over && over >= 0;
        if (plural) end = over;
        // "Prime Minister Sir Alan Whitcombe": a courtesy title between the role and the name belongs to neither.
        // "first lady Jane Roe": a courtesy word that ends a title ("lady") is the title's, not a courtesy before the name.
        // "Prime Minister Datuk Seri Ravi Osman": several may stand there.
        while (end > 0 && words.Honorifics.Contains(tokens[end].Lower) && Adjacent(text, tokens[end], tokens[end + 1])
            && !words.Titles.Contains(tokens[end - 1].Lower + " " + tokens[end].Lower)) end--;
        if (end < 0) return (null, null, false);
        var commaForm = false;
        if (!Adjacent(text, tokens[end], tokens[end + 1]))
        {
            // "the US president, Tom Grant," — the title stands in apposition before the name.
            var between = text.Masked[tokens[end].End..tokens[end + 1].Start];
            if (between.Trim() != ",") return (null, null, false);
            commaForm = true;
        }
        var titleStart = -1;
        for (var len = Math.Min(words.MaxTitleWords, end + 1); len >= 1; len--)
        {
            var start = end - len + 1;
            if (!AllAdjacent(text, tokens, start, end)) continue;
            var phrase = string.Join(' ', tokens.Skip(start).Take(len).Select(t => t.Lower));
            if (words.Titles.Contains(plural ? phrase[..^1] : phrase)) { titleStart = start; break; }
        }
        // "the veteran pollster Ivan Moore", "Host Sean Hale asked": a noun that names what a person is, right before the name.
        var titled = titleStart >= 0;
        if (titleStart < 0 && PersonNounBefore(tokens, end, end + 1)) titleStart = end;
        // "envoy to Norway Sam Oduya", "minister for Europe Jane Roe": a title with its place after it.
        var titleEnd = end;
        // "Prime Minister of Ruritania Ivo Marek": the title may be several words.
        // "the ambassador to Lagos, Ivo Marek": a large city stands for its country's government.
        if (titleStart < 0 && end >= 2 && (words.Places.Contains(tokens[end].Lower) || words.Cities.Contains(tokens[end].Lower)) && tokens[end - 1].Lower is "to" or "for" or "of")
        {
            for (var len = Math.Min(words.MaxTitleWords, end - 1); len >= 1 && titleStart < 0; len--)
            {
                var start = end - 1 - len;
                if (words.Titles.Contains(string.Join(' ', tokens.Skip(start).Take(len).Select(t => t.Lower))) && AllAdjacent(text, tokens, start, end)) titleStart = start;
            }
            titled = titleStart >= 0;
        }
        // "the spokeswoman of the Trade Ministry Ola Brekke": a title, "of" and the body it serves, then a full name; after a
        // comma the body's name needs no word of the list ("Norway's Minister of National Defence, Ina Solli,").
        if (titleStart < 0 && tokens[end].Capitalised
            && (commaForm || words.OrganisationWords.Contains(tokens[end].Lower) && words.GivenNames.Contains(tokens[nameStart].Lower)))
        {
            var k = end;
            while (k > 0 && end - k < 5 && tokens[k - 1].Capitalised && Adjacent(text, tokens[k - 1], tokens[k])) k--;
            var of = k - 1;
            if (of >= 0 && tokens[of].Lower == "the" && Adjacent(text, tokens[of], tokens[k])) of--;
            if (of >= 1 && tokens[of].Lower is "of" or "at" or "for" && AllAdjacent(text, tokens, of - 1, end))
            {
                for (var len = Math.Min(words.MaxTitleWords, of); len >= 1 && titleStart < 0; len--)
                {
                    var start = of - len;
                    if (words.Titles.Contains(string.Join(' ', tokens.Skip(start).Take(len).Select(t => t.Lower))) && AllAdjacent(text, tokens, start, of)) titleStart = start;
                }
                if (titleStart < 0 && PersonNounBefore(tokens, of - 1, of)) titleStart = of - 1;
                titled = titleStart >= 0;
            }
        }
        if (titleStart < 0) return (null, null, false);
        // "the 12-member Nordic bloc": a noun hyphened to the word before it is part of a compound adjective, not a title.
        if (tokens[titleStart].Start > 0 && text.Masked[tokens[titleStart].Start - 1] is '-' or '\u2010' or '\u2011') return (null, null, false);
        var first = titleStart;
        while (first > 0 && Adjacent(text, tokens[first - 1], tokens[first]))
        {
            var t = tokens[first - 1];
            if (t.Possessive && t.Capitalised) { first--; break; }
            // "Quoting PM Ravi Sen, ...": the participle opening the sentence is not the title's.
            if (first - 1 == 0 && OpeningParticiple(t)) break;
            // "Jo Ade Chief Ola Bamidele": a given name before the title starts another person's name (a byline run into the
            // lead), so the capitals before the title are not the title's.
            if (t.Capitalised && words.GivenNames.Contains(t.Lower) && !words.Places.Contains(t.Lower) && !words.Titles.Contains(t.Lower)) { first = titleStart; break; }
            // "Is President Roe going to ...?": an auxiliary opening a question is no part of the title.
            var modifier = t.Capitalised ? !words.ClauseStarters.Contains(t.Lower) && !words.Weekdays.ContainsKey(t.Lower) && !words.Months.ContainsKey(t.Lower) && !words.AuxiliaryVerbs.Contains(t.Lower)
                                         : words.TitleModifiers.Contains(t.Lower) || words.Titles.Contains(t.Lower);
            if (!modifier) break;
            first--;
        }
        if (commaForm)
        {
            var before = first > 0 ? tokens[first - 1] : null;
            var determined = before is not null && (before.Lower == "the" || words.PossessivePronounGenders.ContainsKey(before.Lower)) && Adjacent(text, before, tokens[first])
                             || tokens[first].Possessive;
            if (!determined) return (null, null, false);
        }
        return (ParagraphText.Squeeze(text.Original[tokens[first].Start..(tokens[end].End - (plural ? 1 : 0))]), null, titled);
    }

    /// <summary>
    /// Where the plural title stands that heads a pair of names joined by "and" ("mayors Ana Roe and Tom Ash"), for either
    /// name of the pair; -1 when there is none.
    /// </summary>
    private int PluralTitleOver(ParagraphText text, IReadOnlyList<Token> tokens, int nameStart)
    {
        bool IsPluralTitle(Token t) => t.Lower.Length > 3 && t.Lower.EndsWith('s') && !words.Titles.Contains(t.Lower) && words.Titles.Contains(t.Lower[..^1]);
        if (nameStart >= 1 && IsPluralTitle(tokens[nameStart - 1]) && Adjacent(text, tokens[nameStart - 1], tokens[nameStart]))
        {
            var after = nameStart + Math.Max(1, NameRun(text, tokens, nameStart));
            // "chairs Nordbloc, and ...": a comma before "and" ends the pair; "chairs" was a verb.
            return after + 1 < tokens.Count && tokens[after].Lower == "and" && tokens[after + 1].Capitalised && Adjacent(text, tokens[after - 1], tokens[after]) ? nameStart - 1 : -1;
        }
        if (nameStart < 3 || tokens[nameStart - 1].Lower != "and") return -1;
        var k = nameStart - 2;
        while (k > 0 && tokens[k].Capitalised && !IsPluralTitle(tokens[k]) && Adjacent(text, tokens[k - 1], tokens[k])) k--;
        return k < nameStart - 2 && IsPluralTitle(tokens[k]) ? k : -1;
    }

    /// <summary>
    /// Whether the token at <paramref name="at"/> is a noun naming what a person is ("pollster", "host") that stands as a
    /// title before the name at <paramref name="name"/>: in lower case, or capitalised only before a given name ("Host Sean
    /// Hale"), since "Baker" or "Hunter" may be a surname.
    /// </summary>
    private bool PersonNounBefore(IReadOnlyList<Token> tokens, int at, int name)
    {
        if (at < 0 || name >= tokens.Count || !words.PersonNouns.Contains(tokens[at].Lower) || words.GivenNames.Contains(tokens[at].Lower)) return false;
        // "the Harbour Authority Maria Lund": a noun that also ends a body's name, capitalised after the body's other words, is the body's.
        if (at > 0 && tokens[at].Capitalised && words.OrganisationWords.Contains(tokens[at].Lower) && tokens[at - 1].Capitalised) return false;
        return !tokens[at].Capitalised || tokens[name].Capitalised && words.GivenNames.Contains(tokens[name].Lower) && name + 1 < tokens.Count && tokens[name + 1].Capitalised;
    }

    private static bool AllAdjacent(ParagraphText text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!Adjacent(text, tokens[k], tokens[k + 1])) return false;
        }
        return true;
    }

    /// <summary>"Name, (a|the) role at Organisation" up to the speech verb, the end of the sentence or the next clause.</summary>
    private (string? Role, string? Affiliation, bool Titled) Appositive(ParagraphText text, Sentence sentence, IReadOnlyList<Token> tokens, int nameEnd, bool opensSentence)
    {
        var afterName = tokens[nameEnd].End;
        var comma = afterName;
        while (comma < sentence.End && text.Masked[comma] == ' ') comma++;
        var k = nameEnd + 1;
        if (k >= tokens.Count) return (null, null, false);
        // "Ana Roe is a ferry pilot in Lyon.": a sentence that opens on the name and says what the person is, as an appositive does.
        var copular = opensSentence && tokens[k].Lower is "is" or "was" && Adjacent(text, tokens[nameEnd], tokens[k]);
        if (copular) k++;
        else if (comma >= sentence.End || text.Masked[comma] != ',') return (null, null, false);
        // "Ana Roe, who is a ferry pilot," reads as "Ana Roe, a ferry pilot," (so does "who served as"); "Ana Roe, who runs a bakery in Lyon," says
        // what she does, and that clause is her role.
        var occupation = false;
        if (!copular && tokens[k].Lower == "who" && k + 1 < tokens.Count)
        {
            if (tokens[k + 1].Lower is "is" or "was") k += 2;
            // "who served as an adviser to the governor": the post held, as "who is" gives it.
            else if (k + 2 < tokens.Count && words.RoleLinkVerbs.Contains(tokens[k + 1].Lower) && tokens[k + 2].Lower == "as") k += 3;
            else if (words.OccupationVerbs.Contains(tokens[k + 1].Lower)) (k, occupation) = (k + 1, true);
            else return (null, null, false);
            if (k >= tokens.Count) return (null, null, false);
        }
        // "X, and Finland's President Y": a list goes on; an appositive never opens with a conjunction.
        if (tokens[k].Lower is "and" or "or" or "but" or "nor") return (null, null, false);
        // "Mila Horak, 66, a ferry pilot,": the age in apposition comes before the role.
        if (AgeFollows(text, sentence, tokens[nameEnd]) && k + 1 < tokens.Count && tokens[k].Text.All(char.IsDigit)) k++;
        if (!occupation && k < tokens.Count && tokens[k].Lower is "a" or "an" or "the") k++;
        if (k >= tokens.Count) return (null, null, false);
        var roleStart = k;
        // "Jo Ade, Mara Lind, and Minister Bo": a role never opens with someone's name; that is a list of people.
        if (roleStart + 1 < tokens.Count && tokens[roleStart].Capitalised && tokens[roleStart + 1].Capitalised
            && words.GivenNames.Contains(tokens[roleStart].Lower) && !words.Places.Contains(tokens[roleStart].Lower) && !words.Titles.Contains(tokens[roleStart].Lower)) return (null, null, false);
        // A title must come within the first few words: "a senior fellow at", "deputy director of", "expert on".
        var hasTitle = false;
        var byNoun = occupation;
        for (var j = roleStart; j < Math.Min(tokens.Count, roleStart + 4) && !hasTitle && !occupation; j++)
        {
            for (var len = 1; len <= words.MaxTitleWords && j + len <= tokens.Count && !hasTitle; len++)
            {
                hasTitle = words.Titles.Contains(string.Join(' ', tokens.Skip(j).Take(len).Select(t => t.Lower)));
            }
            // "X, a radio talk show host": a noun that names what a person is heads the role as a title does.
            byNoun |= !hasTitle && !tokens[j].Capitalised && words.PersonNouns.Contains(tokens[j].Lower);
            if (tokens[j].Capitalised && j == roleStart && !hasTitle && !tokens[j].Possessive && words.ClauseStarters.Contains(tokens[j].Lower)) break;
        }
        if (!hasTitle && !byNoun || roleStart >= tokens.Count) return (null, null, false);

        var last = roleStart;
        for (var j = roleStart; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (j > roleStart && !t.Capitalised && words.SpeechVerbs.Contains(t.Lower)) break;
            // "a radio host who said ...": a relative clause says more about the person, not the role.
            if (j > roleStart && t.Lower is "who" or "whose" or "whom" or "which" or "that") break;
            if (j > roleStart)
            {
                var gap = text.Masked[tokens[j - 1].End..t.Start];
                if (gap.Contains('"') || gap.Contains(';') || gap.Contains('(') || gap.Contains('—') || gap.Contains(" – ", StringComparison.Ordinal)) break;
                if (gap.Contains(',') && !t.Capitalised && t.Lower is not ("and" or "or")) break;
                if (gap.Contains(',') && t.Lower is "and" or "or" && (j + 1 >= tokens.Count || !tokens[j + 1].Capitalised)) break;
            }
            last = j;
        }
        // "Jane Roe, Ruritania's Foreign Minister Ali Khan pose for ...": a list of people, not a role in apposition.
        for (var j = roleStart; j < last; j++)
        {
            // "adviser to Prime Minister Ali Khan": a person the role is held towards, not a list.
            if (tokens.Skip(roleStart).Take(j - roleStart).Any(t => t.Lower is "to" or "of" or "for")) break;
            if (words.Titles.Contains(tokens[j].Lower) && tokens[j + 1].Capitalised && IsNameWord(tokens[j + 1]) && j + 2 <= last && tokens[j + 2].Capitalised && IsNameWord(tokens[j + 2])) return (null, null, false);
        }
        var role = ParagraphText.Squeeze(text.Original[tokens[roleStart].Start..tokens[last].End]).TrimEnd(',', '.', ' ');
        // "works for Acme": a clause of work keeps its object, or it would say only "works".
        if (occupation) return (role, null, false);
        var (split, affiliation) = SplitAffiliation(role);
        return (split, affiliation, hasTitle);
    }

    /// <summary>"director of X at Y University" → role "director of X", affiliation "Y University"; "spokesman for the Z" → "spokesman", "Z".</summary>
    public static (string Role, string? Affiliation) SplitAffiliation(string role)
    {
        var at = role.LastIndexOf(" at ", StringComparison.Ordinal);
        var cut = at;
        var length = 4;
        if (cut < 0)
        {
            foreach (var word in new[] { " for ", " with " })
            {
                var i = role.IndexOf(word, StringComparison.Ordinal);
                if (i > 0) { cut = i; length = word.Length; break; }
            }
        }
        if (cut <= 0) return (role, null);
        var affiliation = Regex.Replace(role[(cut + length)..], "^(?:the|The) ", "").Trim();
        if (affiliation.Length == 0 || !char.IsUpper(affiliation[0])) return (role, null);
        return (role[..cut].Trim(), affiliation);
    }
}
