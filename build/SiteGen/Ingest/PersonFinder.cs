using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>
/// Finds where an article introduces a person, in the forms reporters use: a title before the name ("U.S. President Tom Grant",
/// "the US president, Tom Grant,"), an appositive after it ("Li Wei, expert on Nordic issues at X"), or a bare name next to a speech verb.
/// </summary>
internal sealed partial class PersonFinder(WordLists words)
{
    /// <summary>
    /// Full names with no title, appositive or speech verb of their own ("meet Ivan Petrov in Budapest") count as people when
    /// the article later uses their last word alone as a speaker ("Petrov said", "Mr Petrov"), or when they start with a
    /// given name from the data list (officials and others named in passing).
    /// </summary>
    public IEnumerable<PersonIntroduction> FindBareNames(IReadOnlyList<ParagraphText> texts, string seed, ISet<string> known, Func<int> order)
    {
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        var kin = new List<PersonIntroduction>();
        var placesHere = PlacesNamed(texts);
        foreach (var text in texts)
        {
            foreach (var sentence in text.Sentences)
            {
                var tokens = sentence.Tokens;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!tokens[i].Capitalised || !IsNameWord(tokens[i])) continue;
                    var honorific = i > 0 && words.Honorifics.Contains(tokens[i - 1].Lower);
                    // "in Toulon, Varga said": a comma parts the name from the capitalised word before it.
                    var standalone = (i == 0 || !tokens[i - 1].Capitalised || !Adjacent(text, tokens[i - 1], tokens[i]) || honorific || words.ClauseStarters.Contains(tokens[i - 1].Lower))
                                     && (i + 1 >= tokens.Count || !tokens[i + 1].Capitalised);
                    // "They said" and "Well, ..." only look like names at a sentence's start; a listener ("told Radio") is no speaker.
                    var named = honorific || IsTitle(tokens[i].Lower) || text.Masked[sentence.Start..tokens[i].Start].Trim().Length > 0;
                    // "..., said Varga." or "said Varga, a ...": after the verb the name ends the clause ("said Warsaw would" is no speaker).
                    var verbBefore = IsSpeechVerbAt(tokens, i - 1) && !words.ListenerVerbs.Contains(tokens[i - 1].Lower) && ClauseEndsAfter(text, sentence, tokens[i]);
                    // A participle has no subject of its own: "in Lyon announcing ..." is no "Lyon said".
                    var verbAfter = IsSpeechVerbAt(tokens, i + 1) && Adjacent(text, tokens[i], tokens[i + 1]) && !tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal);
                    // "Chiefs of Staff said": the tail of a longer proper name.
                    var tailWord = i > 0 && tokens[i - 1].Lower is "of" or "the" or "for" or "and" or "de";
                    // "rejected Roe's suggestion that '...'": a possessor of a speech noun speaks as "Roe suggested" would.
                    var speechNounAfter = tokens[i].Possessive && i + 1 < tokens.Count && !tokens[i + 1].Capitalised && words.SpeechNouns.Contains(tokens[i + 1].Lower)
                                          && Adjacent(text, tokens[i], tokens[i + 1]);
                    if (standalone && named && !tailWord && (honorific || verbAfter || verbBefore || speechNounAfter)) speakers.Add(tokens[i].Text);
                    // "Roe's wife Ana", "the governor's son Ivo": a given name alone after a named possessor's kin shares the family name.
                    if (i >= 2 && standalone && words.KinNouns.Contains(tokens[i - 1].Lower) && tokens[i - 2].Possessive && tokens[i - 2].Capitalised
                        && words.GivenNames.Contains(tokens[i].Lower) && IsNameWord(tokens[i - 2]) && !words.Places.Contains(tokens[i - 2].Lower))
                    {
                        var relative = tokens[i].Text + " " + tokens[i - 2].Text;
                        if (known.Add(relative)) kin.Add(new PersonIntroduction(relative, null, null, seed, order()));
                    }
                }
            }
        }
        foreach (var relative in kin) yield return relative;
        foreach (var host in ProgrammeHosts(texts))
        {
            if (known.Add(host)) yield return new PersonIntroduction(host, null, null, seed, order());
        }
        foreach (var text in texts)
        {
            foreach (var sentence in text.Sentences)
            {
                var tokens = sentence.Tokens;
                for (var i = 0; i < tokens.Count; i++)
                {
                    var run = NameRun(text, tokens, i);
                    if (run is < 2 or > 3) { i += Math.Max(0, run - 1); continue; }
                    var name = string.Join(' ', tokens.Skip(i).Take(run).Select(t => t.Text));
                    var tail = IsTail(text, tokens, i);
                    var place = words.PlaceStarts.Contains(tokens[i].Lower) || words.PlaceEnds.Contains(tokens[i + run - 1].Lower);
                    // Or a name that starts with a given name and ends in no word a firm, place or outlet ends in: "after Anna Berg cut the budget".
                    // A given name the article also uses as a place ("in Lorraine") opens no name by itself: "the Lorraine Compact".
                    // "Roe's Harbour Gambit": right after a person's possessive, a run is a thing of theirs, not someone else's name.
                    var ownedByPerson = i > 0 && tokens[i - 1].Possessive && known.Any(n => n.EndsWith(" " + tokens[i - 1].Text, StringComparison.Ordinal));
                    var given = run == 2 && !ownedByPerson && words.GivenNames.Contains(tokens[i].Lower) && !placesHere.Contains(tokens[i].Lower) && !IsTitleOrPlace(tokens[i + 1].Lower)
                                && !words.OutletWords.Contains(tokens[i + 1].Lower) && !words.PlaceEnds.Contains(tokens[i + 1].Lower);
                    // "Ben Varo Airport", "Ana Lind Hospital": a run followed by a word that names a place or body is its name.
                    var placeAfter = i + run < tokens.Count && tokens[i + run].Capitalised && Adjacent(text, tokens[i + run - 1], tokens[i + run])
                                     && (words.OrganisationWords.Contains(tokens[i + run].Lower) || words.PlaceEnds.Contains(tokens[i + run].Lower));
                    if (!tail && !place && !placeAfter && !known.Contains(name) && (speakers.Contains(tokens[i + run - 1].Text) || given))
                    {
                        known.Add(name);
                        yield return new PersonIntroduction(name, null, null, seed, order());
                    }
                    i += run - 1;
                }
            }
        }
        // A speaker the article names only by family name ("Varga said", "Mr Varga"): named as printed; across articles
        // the registry merges them with the full name another article gives.
        foreach (var speaker in speakers.Order(StringComparer.Ordinal))
        {
            if (known.Any(n => n.Split(' ') is var parts && parts.Length > 1 && (parts[^1] == speaker || parts[0] == speaker)) || known.Contains(speaker)) continue;
            var lower = speaker.ToLowerInvariant();
            // "Washington denied", "Tarrow said": a city alone speaks for its government.
            // "talks in Tarrow concluded": a word the article itself puts where only a place goes is that place.
            if (words.Places.Contains(lower) || words.PlaceEnds.Contains(lower) || words.OutletWords.Contains(lower) || words.Cities.Contains(lower) || placesHere.Contains(lower)) continue;
            // "state news agency Tinhua ... Tinhua wrote": a name the article introduces after an organisation's noun is that organisation.
            if (texts.Any(text => IntroducedAsOrganisation(text, speaker))) continue;
            known.Add(speaker);
            yield return new PersonIntroduction(speaker, null, null, seed, order());
        }
    }

    /// <summary>
    /// The hosts a programme's name gives: "the Ana Lind Show", "on the Tom Roe radio show" (a full name before a programme
    /// noun), and a title-case programme name "with" a full name ("Sunday Talk with Ana Lind", often inside quotation
    /// marks, so read from the text as printed). The name must open on a given name from the data list.
    /// </summary>
    private IEnumerable<string> ProgrammeHosts(IReadOnlyList<ParagraphText> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match m in NameBeforeProgramme().Matches(text.Original))
            {
                if (words.ProgrammeNouns.Contains(m.Groups["noun"].Value.ToLowerInvariant()) && HostName(m.Groups["given"].Value, m.Groups["family"].Value) is { } host) yield return host;
            }
            foreach (Match m in WithName().Matches(text.Original))
            {
                if (AfterProgrammeName(text.Original, m.Index) && HostName(m.Groups["given"].Value, m.Groups["family"].Value) is { } host) yield return host;
            }
        }
    }

    private string? HostName(string given, string family) =>
        words.GivenNames.Contains(given.ToLowerInvariant()) && !words.Places.Contains(family.ToLowerInvariant())
        && !words.OrganisationWords.Contains(family.ToLowerInvariant()) && !words.OutletWords.Contains(family.ToLowerInvariant())
        && !words.ProgrammeNouns.Contains(family.ToLowerInvariant())
            ? given + " " + family
            : null;

    // A lookahead, so that "The Ana Lind Show" is tried from "Ana" as well as from "The"; one word may qualify the noun ("radio show").
    [GeneratedRegex(@"\b(?=(?<given>\p{Lu}\p{Ll}+)\s(?<family>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:['\u2019]s)?\s(?:\p{Ll}+\s)?(?<noun>\p{L}+)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeProgramme();

    [GeneratedRegex(@"\s[Ww]ith\s(?<given>\p{Lu}\p{Ll}+)\s(?<family>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WithName();

    /// <summary>
    /// Whether the words before "with" at <paramref name="at"/> end a title-case name of two or more words ("Harbour Week",
    /// "Sunday Talk on the Hour"), small words between: read back over a few words only, so a long run costs no more.
    /// </summary>
    private static bool AfterProgrammeName(string text, int at)
    {
        var words = text[Math.Max(0, at - 80)..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = 0;
        for (var k = words.Length - 1; k >= 0 && k >= words.Length - 5; k--)
        {
            var word = words[k].TrimStart('"', '\u201c', '\'', '\u2018');
            if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLetter)) capitalised++;
            else if (capitalised == 0 || word is not ("the" or "of" or "and" or "on" or "in" or "at")) break;
            if (words[k].Length != word.Length) break;
        }
        return capitalised >= 2;
    }

    /// <summary>
    /// The single capitalised words the article puts where only a place goes: after "in", "from", "across" or "near",
    /// standing alone (no second capitalised word, no possessive), in its own words or in a quotation. "in Lorraine" makes
    /// Lorraine a place in this article.
    /// </summary>
    private static HashSet<string> PlacesNamed(IReadOnlyList<ParagraphText> texts)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in LoneWordAfterPlacePreposition().Matches(text.Original)) places.Add(m.Groups["place"].Value.ToLowerInvariant());
        }
        return places;
    }

    [GeneratedRegex(@"\b(?:in|from|across|near)\s(?<place>\p{Lu}\p{Ll}+)\b(?!['\u2019]|\s+\p{Lu}|-)", RegexOptions.CultureInvariant)]
    private static partial Regex LoneWordAfterPlacePreposition();

    private bool IntroducedAsOrganisation(ParagraphText text, string name)
    {
        var tokens = text.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text == name && !tokens[i - 1].Capitalised && Adjacent(text, tokens[i - 1], tokens[i])
                && (words.OrganisationWords.Contains(tokens[i - 1].Lower) || words.OutletWords.Contains(tokens[i - 1].Lower))) return true;
        }
        return false;
    }

    private static bool ClauseEndsAfter(ParagraphText text, Sentence sentence, Token t)
    {
        var k = t.End;
        while (k < sentence.End && text.Masked[k] == ' ') k++;
        return k >= sentence.End || text.Masked[k] is ',' or '.' or ';' or ':' or '!' or '?';
    }

    public IEnumerable<PersonIntroduction> Find(ParagraphText text, string seed, Func<int> order)
    {
        foreach (var sentence in text.Sentences)
        {
            // "President Roe Welcomes Delegates to the Summit": in a headline-style line every word is capitalised, so where a
            // name ends cannot be read; its people are introduced by the article's sentences, or not at all.
            if (HeadlineStyle(sentence)) continue;
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var run = NameRun(text, tokens, i);
                if (run == 0) continue;
                var name = string.Join(' ', tokens.Skip(i).Take(run).Select(t => t.Text));
                var (role, affiliation, titled) = TitleBefore(text, tokens, i);
                // An abbreviated rank before the name ("Gen.", "Sen.") says less than an appositive after it.
                // "said Varga, a 38-year-old theatre manager": a surname alone takes an appositive role when a speech verb introduces it.
                var afterVerb = i > 0 && IsSpeechVerbAt(tokens, i - 1);
                // "actions in the Middle East, also spared ...": a place's name takes no appositive role.
                var placeName = words.PlaceStarts.Contains(tokens[i].Lower) || words.PlaceEnds.Contains(tokens[i + run - 1].Lower)
                                || words.Places.Contains(string.Join(' ', tokens.Skip(i).Take(run).Select(t => t.Lower)));
                if ((role is null || role.EndsWith('.')) && (run >= 2 || afterVerb) && !placeName && Appositive(text, sentence, tokens, i + run - 1, opensSentence: i == 0) is ({ } apposed, var apposedAffiliation, var apposedTitled))
                {
                    (role, affiliation, titled) = (apposed, apposedAffiliation, apposedTitled);
                }
                // A role read from a noun that names what a person is ("pollster", "manufacturer") is the role of a person
                // known otherwise, or of a full name that opens on a given name; alone it makes no one a person.
                if (role is not null && !titled && !(run >= 2 && words.GivenNames.Contains(tokens[i].Lower))) role = null;
                // A run glued to the words before it ("Academy of Social Sciences") is the tail of a longer proper name.
                var tail = IsTail(text, tokens, i);
                // "said Prof Anna Smith": a courtesy title may stand between the verb and the name.
                var verbBefore = i > 0 && words.Honorifics.Contains(tokens[i - 1].Lower) ? i - 2 : i - 1;
                var nearVerb = run >= 2 && !tail && (IsSpeechVerbAt(tokens, i + run) && Adjacent(text, tokens[i + run - 1], tokens[i + run])
                                            || verbBefore >= 0 && IsSpeechVerbAt(tokens, verbBefore) && !words.ListenerVerbs.Contains(tokens[verbBefore].Lower)
                                               && Adjacent(text, tokens[verbBefore], tokens[verbBefore + 1]));
                // Next to "said", "North Korea" or "Saudi Arabia" is a country speaking; a title or appositive is stronger evidence.
                if (role is null && nearVerb && (words.PlaceStarts.Contains(tokens[i].Lower) || words.PlaceEnds.Contains(tokens[i + run - 1].Lower))) nearVerb = false;
                // "Mila Horak, 36, walking in a park": a name with an age in apposition is a person, titled or not.
                var aged = run >= 2 && !tail && AgeFollows(text, sentence, tokens[i + run - 1]);
                // "President Roe said", "Secretary Roe": a title before a lone family name introduces that person, named as printed.
                var titledSurname = run == 1 && role is not null && !role.EndsWith('.') && !tail && !words.Places.Contains(tokens[i].Lower);
                // "Sir Jane Roe", "Dr Ali Khan": a courtesy title marks a person's full name.
                var courtesy = run >= 2 && !tail && i > 0 && words.Honorifics.Contains(tokens[i - 1].Lower) && Adjacent(text, tokens[i - 1], tokens[i]);
                // "India's Ravi Roe", "Kazakhstan's Aida-Marat Doe": a country's possessive before a full name marks its person.
                var ofPlace = run >= 2 && !tail && i > 0 && tokens[i - 1].Possessive && words.Places.Contains(tokens[i - 1].Lower) && Adjacent(text, tokens[i - 1], tokens[i])
                              && !tokens.Skip(i).Take(run).Any(t => words.OrganisationWords.Contains(t.Lower) || words.Places.Contains(t.Lower) || words.PlaceEnds.Contains(t.Lower) || words.TitleModifiers.Contains(t.Lower))
                              // "Iran's Foreign Affairs Minister": the words of a title, not a name.
                              && !(i + run < tokens.Count && IsTitle(tokens[i + run].Lower));
                // "Ana Roe of the Harbour Authority stressed that ...": a full name, the body it speaks for after "of", then its verb.
                var ofBody = run is 2 or 3 && !tail && i + run + 1 < tokens.Count && tokens[i + run].Lower == "of"
                             && Adjacent(text, tokens[i + run - 1], tokens[i + run])
                             && tokens.Skip(i + run + 1).Take(6).Any(t => t.Capitalised && (words.OrganisationWords.Contains(t.Lower) || words.Places.Contains(t.Lower)))
                             && Enumerable.Range(i + run + 1, Math.Max(0, Math.Min(tokens.Count, i + run + 14) - (i + run + 1))).Any(k => IsSpeechVerbAt(tokens, k))
                             && !tokens.Skip(i).Take(run).Any(t => words.OrganisationWords.Contains(t.Lower) || words.Places.Contains(t.Lower) || words.PlaceEnds.Contains(t.Lower));
                if (role is not null && (run >= 2 || afterVerb || titledSurname) || nearVerb || aged || courtesy || ofPlace || ofBody) yield return new PersonIntroduction(name, role, affiliation, seed, order());
                i += run - 1;
            }
        }
    }

    [GeneratedRegex(@"^\s*,\s*(?:aged\s+)?\d{1,3}\s*,")]
    private static partial Regex AgeAppositive();

    private static bool AgeFollows(ParagraphText text, Sentence sentence, Token last) =>
        AgeAppositive().IsMatch(text.Masked.Slice(last.End, Math.Min(sentence.End, text.Masked.Length) - last.End));

    /// <summary>
    /// A line in title case: before any web address, every word capitalised but the short words titles leave in lower case
    /// ("met" or "is" is a sentence's), and at least four longer words.
    /// </summary>
    internal bool HeadlineStyle(Sentence sentence)
    {
        var longer = sentence.Tokens.TakeWhile(t => t.Lower is not ("http" or "https" or "www"))
            .Where(t => t.Text.All(char.IsLetter) && !words.TitleCaseMinorWords.Contains(t.Lower)).ToList();
        return longer.Count(t => t.Text.Length >= 4) >= 4 && longer.All(t => t.Capitalised);
    }

    /// <summary>How many tokens from <paramref name="i"/> form a personal name (0 when none): capitalised words, particles inside, no titles, months or organisation words.</summary>
    public int NameRun(ParagraphText text, IReadOnlyList<Token> tokens, int i)
    {
        // "envoy to Norway Sam Oduya": a place or nationality starts no name; the name starts after it.
        if (words.Places.Contains(tokens[i].Lower)) return 0;
        // "Joining Roe in Lyon are ...": a participle opening the sentence is capitalised for the sentence, not a name.
        if (i == 0 && OpeningParticiple(tokens[i])) return 0;
        var count = 0;
        for (var j = i; j < tokens.Count && count < 5; j++)
        {
            var t = tokens[j];
            // "JD Hale": two capitals before a name are initials, not an acronym.
            if (j == i && t.Text.Length == 2 && t.Text.All(char.IsUpper) && j + 1 < tokens.Count && Adjacent(text, t, tokens[j + 1]) && IsNameWord(tokens[j + 1])
                && !words.Places.Contains(t.Lower) && !words.Abbreviations.Contains(t.Lower + ".") && !IsTitle(t.Lower))
            {
                count++;
                continue;
            }
            // "J.D. Hale", "A.B. Roe": initials run together with their stops open a name, as "JD" does.
            if (j == i && DottedInitials().IsMatch(t.Text) && !words.Abbreviations.Contains(t.Lower) && !words.Honorifics.Contains(t.Lower) && j + 1 < tokens.Count && Adjacent(text, t, tokens[j + 1]) && IsNameWord(tokens[j + 1]))
            {
                count++;
                continue;
            }
            // "Karim Hadi’ al-Rubai": a transliteration mark ending a name word still joins it to the particle name after it.
            if (j > i && !Adjacent(text, tokens[j - 1], t) && !(ParticleJoined(t.Text) && MarkThenSpace(text, tokens[j - 1], t))) break;
            if (j > i && tokens[j - 1].Possessive) break;
            // "Prime Minister": the first word of a two-word title starts no name.
            if (j == i && j + 1 < tokens.Count && words.Titles.Contains(t.Lower + " " + tokens[j + 1].Lower)) return 0;
            // "Host Sean Hale": a noun that says what a person is, capitalised before a given name, starts no name.
            if (j == i && PersonNounBefore(tokens, j, j + 1)) return 0;
            // "Edwin IV", "Tom Cruz Jr.": a regnal number or a generation suffix ends the name it follows.
            if (count > 0 && NameSuffix().IsMatch(t.Text))
            {
                count++;
                break;
            }
            // "Karim Nabil al-Hakim", "Samir bin-Salem": a family name joined to its lower-case particle is a name word.
            if (count > 0 && ParticleJoined(t.Text))
            {
                count++;
                continue;
            }
            // Particles ("von der", "bin") count inside a name when a capitalised word follows them.
            // So do titles the list holds that sit between a name's parts ("Yusuf Sheikh Ali").
            var particle = count > 0 && (words.NameParticles.Contains(t.Text) || t.Capitalised && words.Titles.Contains(t.Lower) && words.NameParticles.Contains(t.Lower))
                           && CapitalisedAfterParticles(tokens, j);
            // "Theresa May" yes, "Grant May 5" no: a month name inside a name, unless a day number follows.
            var monthName = j > i && t.Capitalised && words.Months.ContainsKey(t.Lower) && !t.Text.EndsWith('.')
                            && (j + 1 >= tokens.Count || !char.IsDigit(tokens[j + 1].Text[0]));
            // "Vice Premier He Lifeng": after a title, a family name spelt like a pronoun opens the name a capital follows.
            var titledPronoun = j == i && i > 0 && t.Capitalised && words.Pronouns.Contains(t.Lower) && IsTitle(tokens[i - 1].Lower)
                                && Adjacent(text, tokens[i - 1], t) && j + 1 < tokens.Count && Adjacent(text, t, tokens[j + 1]) && IsNameWord(tokens[j + 1]);
            // "Olena K", "we meet Ivo M": a given name and a bare capital letter, a surname withheld, end a name.
            var withheld = count == 1 && j == i + 1 && t.Text.Length == 1 && char.IsAsciiLetterUpper(t.Text[0]) && words.GivenNames.Contains(tokens[i].Lower)
                           && (j + 1 >= tokens.Count || !tokens[j + 1].Capitalised || !Adjacent(text, t, tokens[j + 1]));
            if (!particle && !monthName && !titledPronoun && !withheld && !IsNameWord(t)) break;
            count++;
            if (withheld) break;
        }
        // A trailing particle is not part of the name.
        while (count > 0 && words.NameParticles.Contains(tokens[i + count - 1].Text)) count--;
        // "U. S. officials": initials alone, with no name word, are an abbreviation spaced out.
        if (count > 0 && tokens.Skip(i).Take(count).All(t => t.Text.Length == 2 && t.Text[1] == '.')) return 0;
        // "the Tarrow pollster Ivo Marek", "Harbour Board chairman Jon Roe": capitals right before a role and a name say
        // where or what the role is; they name no one.
        if (count > 0 && i + count + 1 < tokens.Count && !tokens[i + count].Capitalised
            && (IsTitle(tokens[i + count].Lower) || words.PersonNouns.Contains(tokens[i + count].Lower))
            && Adjacent(text, tokens[i + count - 1], tokens[i + count]) && Adjacent(text, tokens[i + count], tokens[i + count + 1])
            && IsNameWord(tokens[i + count + 1])) return 0;
        // "the Roe-Doe Lyon summit", "the Roe-Doe talks": names paired by a hyphen, or ending in a place, before an event
        // noun qualify that event; they name no one.
        if (count > 0 && i + count < tokens.Count && !tokens[i + count].Capitalised && words.EventNouns.Contains(tokens[i + count].Lower)
            && Adjacent(text, tokens[i + count - 1], tokens[i + count])
            && (tokens.Skip(i).Take(count).Any(t => PairedNames().IsMatch(t.Text)) || words.Places.Contains(tokens[i + count - 1].Lower))) return 0;
        return count;
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+[-\u2013]\p{Lu}\p{Ll}+$")]
    private static partial Regex PairedNames();

    [GeneratedRegex(@"^(?:\p{Lu}\.){2,3}$")]
    private static partial Regex DottedInitials();

    [GeneratedRegex(@"^(?:II|III|IV|Jr\.?|Sr\.?)$")]
    private static partial Regex NameSuffix();

    /// <summary>"al-Hakim", "el-Amin": a lower-case particle from the data list, a hyphen, then a capitalised family name.</summary>
    public bool ParticleJoined(string token)
    {
        var hyphen = token.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Length && char.IsUpper(token[hyphen + 1]) && words.NameParticles.Contains(token[..hyphen]);
    }

    private bool CapitalisedAfterParticles(IReadOnlyList<Token> tokens, int j)
    {
        var k = j;
        while (k < tokens.Count && words.NameParticles.Contains(tokens[k].Text)) k++;
        return k < tokens.Count && tokens[k].Capitalised;
    }

    /// <summary>A present participle ("Joining", "Quoting"), as a sentence's first word; a given name ending so ("Sterling") is a name.</summary>
    internal bool OpeningParticiple(Token t) =>
        t.Capitalised && t.Lower.Length >= 6 && t.Lower.EndsWith("ing", StringComparison.Ordinal) && !words.GivenNames.Contains(t.Lower)
        && !words.Places.Contains(t.Lower) && !words.Cities.Contains(t.Lower);

    public bool IsNameWord(Token t)
    {
        if (!t.Capitalised || t.Text.Length < 2 && !t.Text.EndsWith('.')) return false;
        if (t.Text.Any(char.IsDigit)) return false;
        if (t.Text.Length == 2 && t.Text[1] == '.') return true; // a middle initial: "Mark A. Milley"
        if (t.Text.Length >= 2 && t.Text.Where(char.IsLetter).All(char.IsUpper)) return false; // acronyms: NATO, UNHCR, U.S.
        var lower = t.Lower;
        return !words.ClauseStarters.Contains(lower) && !IsTitle(lower) && !words.Weekdays.ContainsKey(lower)
               && !words.Months.ContainsKey(lower) && !words.OrganisationWords.Contains(lower) && !words.Pronouns.Contains(lower)
               && !words.SpeechVerbs.Contains(lower) && !words.Honorifics.Contains(lower)
               // "Norwegians", "Europeans": a people named by its place, not a person.
               && !(lower.Length > 4 && lower.EndsWith('s') && words.Places.Contains(lower[..^1]));
    }

    /// <summary>A run glued to the words before it ("Academy of Social Sciences") is the tail of a longer proper name; "Norway's Ivan Petrov" is not.</summary>
    private bool IsTail(ParagraphText text, IReadOnlyList<Token> tokens, int i) =>
        i > 0 && !tokens[i - 1].Possessive && Adjacent(text, tokens[i - 1], tokens[i])
        && (tokens[i - 1].Capitalised && !IsTitleOrPlace(tokens[i - 1].Lower) && !words.Honorifics.Contains(tokens[i - 1].Lower)
            // "an interview with TVN Ana Lind", "the Trade Ministry Ola Brekke": an acronym (a broadcaster, an agency) or a
            // body's name of two or more words, before a given name, is the person's outlet or body.
            && !((Acronym(tokens[i - 1].Text) || i > 1 && words.OrganisationWords.Contains(tokens[i - 1].Lower) && tokens[i - 2].Capitalised && Adjacent(text, tokens[i - 2], tokens[i - 1]))
                 && words.GivenNames.Contains(tokens[i].Lower) && i + 1 < tokens.Count && tokens[i + 1].Capitalised && Adjacent(text, tokens[i], tokens[i + 1]))
            || tokens[i - 1].Lower is "of" or "the" or "for" or "de"
            // "Bosnia and Herzegovina" is one name; "Robert Finch and Joanne Marsh" two, the second opening on a given name.
            || tokens[i - 1].Lower is "and" && !(words.GivenNames.Contains(tokens[i].Lower) && i + 1 < tokens.Count && tokens[i + 1].Capitalised && Adjacent(text, tokens[i], tokens[i + 1])));

    private static bool Acronym(string token) => token.Length is >= 2 and <= 5 && token.All(char.IsAsciiLetterUpper);

    /// <summary>A title ("Presidents" too) or a place ("Norway") ends no longer proper name: the name after it stands alone.</summary>
    private bool IsTitleOrPlace(string lower) => words.Places.Contains(lower) || IsTitle(lower);

    /// <summary>A title, singular or plural: "Presidents Ivan Petrov and Tom Grant" names no one called Presidents.</summary>
    private bool IsTitle(string lower) => words.Titles.Contains(lower) || lower.Length > 3 && lower.EndsWith('s') && words.Titles.Contains(lower[..^1]);

    private static bool MarkThenSpace(ParagraphText text, Token a, Token b) =>
        b.Start - a.End == 2 && text.Original[a.End] is '\'' or '\u2019' or '\u02BC' && text.Original[a.End + 1] == ' ';

    /// <summary>Whether only spaces separate two tokens (no comma, dash or quote).</summary>
    public static bool Adjacent(ParagraphText text, Token a, Token b)
    {
        var start = a.End;
        // "Britain's finance minister": the possessive ending sits between the words.
        if (a.Possessive && start < text.Masked.Length && text.Masked[start] == '\'') start += start + 1 < text.Masked.Length && text.Masked[start + 1] == 's' ? 2 : 1;
        for (var k = start; k < b.Start; k++)
        {
            if (text.Masked[k] != ' ') return false;
        }
        return start < b.Start;
    }

    private bool IsSpeechVerbAt(IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && !tokens[i].Capitalised && words.SpeechVerbs.Contains(tokens[i].Lower);
}
