using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>How a mention names its person.</summary>
internal enum MentionForm
{
    Name,
    ShortName,
    Pronoun,
    Role,
}

/// <summary>A reference to a person in narration (never inside quotes), already resolved.</summary>
internal sealed record Mention(PersonRecord Person, int Start, int End, int FirstToken, int LastToken, MentionForm Form, bool Possessive)
{
    /// <summary>How sure a quote or event tied to this mention is: a full name is, anything else awaits review.</summary>
    public Attribution Attribution => Form switch
    {
        MentionForm.Name => Attribution.Named,
        MentionForm.ShortName => Attribution.Surname,
        MentionForm.Role => Attribution.Role,
        _ => Attribution.Pronoun,
    };
}

/// <summary>
/// Resolves who each name, surname, pronoun ("he noted") and role ("the U.S. president said", "the expert") in an article points to,
/// sentence by sentence, keeping track of the last subject as a reader does.
/// </summary>
internal sealed class SpeakerResolver(WordLists words, PersonRegistry registry, PersonFinder finder, PersonSightings sightings)
{
    private readonly Dictionary<PersonRecord, int> _lastMention = [];
    private readonly Dictionary<PersonRecord, int> _firstMention = [];

    // The pronoun the article itself has used for a person ("his", "her"), which a given name's usual gender does not overrule.
    private readonly Dictionary<PersonRecord, string> _toldGender = [];

    // The mentions of the sentence being resolved, as far as it has been read.
    private List<Mention> _sentenceMentions = [];
    private List<Mention> _previousMentions = [];
    private int _clock;

    /// <summary>The person the last sentence was about: what "he" or "she" means next.</summary>
    public PersonRecord? LastSubject
    {
        get => _lastSubject;
        set
        {
            _lastSubject = value;
            if (value is null) return;
            _recentSubjects.Remove(value);
            _recentSubjects.Insert(0, value);
            if (_recentSubjects.Count > 4) _recentSubjects.RemoveAt(4);
        }
    }

    private PersonRecord? _lastSubject;

    // The last few people sentences were about, most recent first: "he" after a sentence about a woman means the man before her.
    private readonly List<PersonRecord> _recentSubjects = [];

    /// <summary>All mentions in one sentence, left to right; pronouns resolve to the subject as of the sentence start.</summary>
    public List<Mention> Resolve(ParagraphText text, Sentence sentence)
    {
        var mentions = new List<Mention>();
        _previousMentions = _sentenceMentions;
        _sentenceMentions = mentions;
        var tokens = sentence.Tokens;
        var fullNames = registry.FullNames().ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var matched = false;
            foreach (var (nameTokens, person) in fullNames)
            {
                if (i + nameTokens.Length > tokens.Count) continue;
                var ok = true;
                for (var k = 0; k < nameTokens.Length && ok; k++)
                {
                    ok = tokens[i + k].Text == nameTokens[k] && (k == 0 || PersonFinder.Adjacent(text, tokens[i + k - 1], tokens[i + k]) && !tokens[i + k - 1].Possessive);
                }
                if (!ok) continue;
                var last = tokens[i + nameTokens.Length - 1];
                mentions.Add(new Mention(person, t.Start, last.End, i, i + nameTokens.Length - 1, MentionForm.Name, last.Possessive));
                i += nameTokens.Length - 1;
                matched = true;
                break;
            }
            if (matched) continue;

            if ((t.Capitalised || finder.ParticleJoined(t.Text)) && ShortName(text, tokens, i) is { } shortPerson)
            {
                mentions.Add(new Mention(shortPerson, t.Start, t.End, i, i, MentionForm.ShortName, t.Possessive));
                sightings.CalledBy(shortPerson, t.Text);
                continue;
            }
            // "Roe expressed his thanks": a possessive after one person alone says which pronoun the article uses for them,
            // and the article's word outweighs a list of given names ("Kay" is mostly a woman's name, not always).
            if (words.PossessivePronounGenders.TryGetValue(t.Lower, out var told) && told != "-" && mentions.Count > 0 && mentions.All(m => m.Person == mentions[0].Person && m.Form != MentionForm.Pronoun)
                && PossessiveAt(text, tokens, i))
            {
                _toldGender[mentions[0].Person] = told;
            }
            if (words.Pronouns.Contains(t.Lower) && PronounSubject(t.Lower, LocalSubject(sentence, mentions) ?? LastSubject, mentions) is { } subject)
            {
                // "Grant said he would call": a pronoun after a subject in the same sentence means that subject.
                mentions.Add(new Mention(subject, t.Start, t.End, i, i, MentionForm.Pronoun, false));
                continue;
            }
            if (t.Lower == "the" && FormerOrLatter(tokens, i, mentions) is { } paired)
            {
                mentions.Add(new Mention(paired, t.Start, tokens[i + 1].End, i, i + 1, MentionForm.Role, tokens[i + 1].Possessive));
                i++;
                continue;
            }
            // "the trade minister", and "Norway's trade minister" as well: a country's possessive stands where "the" would.
            if ((t.Lower == "the" || t.Possessive && t.Capitalised && words.CountryOf(t.Lower) is not null)
                && RoleReference(text, tokens, i) is var (rolePerson, end) && rolePerson is not null)
            {
                mentions.Add(new Mention(rolePerson, t.Start, tokens[end].End, i, end, MentionForm.Role, tokens[end].Possessive));
                sightings.CalledBy(rolePerson, ParagraphText.Squeeze(text.Original[t.Start..tokens[end].End]).Replace("The ", "the ", StringComparison.Ordinal));
                i = end;
                continue;
            }
            // An editor's alias for a known person ("the Norlander"), where no title of the word lists fits.
            if (Described(text, tokens, i) is var (described, lastWord) && described is not null)
            {
                mentions.Add(new Mention(described, t.Start, tokens[lastWord].End, i, lastWord, MentionForm.Role, tokens[lastWord].Possessive));
                sightings.CalledBy(described, ParagraphText.Squeeze(text.Original[t.Start..tokens[lastWord].End]).Replace("The ", "the ", StringComparison.Ordinal));
                i = lastWord;
            }
        }
        foreach (var m in mentions)
        {
            _lastMention[m.Person] = ++_clock;
            _firstMention.TryAdd(m.Person, _clock);
        }
        return mentions;
    }

    /// <summary>Whether "her" at <paramref name="i"/> owns the word after it ("her visit") rather than being its verb's object ("thanked her for").</summary>
    private bool PossessiveAt(ParagraphText text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && PersonFinder.Adjacent(text, tokens[i], tokens[i + 1]) && !tokens[i + 1].Capitalised
        && !words.Prepositions.Contains(tokens[i + 1].Lower) && !words.ClauseStarters.Contains(tokens[i + 1].Lower) && tokens[i + 1].Lower is not ("that" or "and" or "or" or "to" or "as");

    /// <summary>"the former" / "the latter" after two people were named ("Grant and Petrov ... the former saying"); not "the former president".</summary>
    private PersonRecord? FormerOrLatter(IReadOnlyList<Token> tokens, int the, List<Mention> sentenceMentions)
    {
        if (the + 1 >= tokens.Count || tokens[the + 1].Lower is not ("former" or "latter")) return null;
        if (the + 2 < tokens.Count && (words.Titles.Contains(tokens[the + 2].Lower) || words.PersonKinds.Any(k => k.Value == tokens[the + 2].Lower))) return null;
        // The two people named last, this sentence's mentions counting as the most recent.
        var recent = sentenceMentions.Select(m => m.Person).Reverse()
            .Concat(_lastMention.OrderByDescending(p => p.Value).Select(p => p.Key))
            .Where(p => !p.Credit).Distinct().Take(2).ToList();
        if (recent.Count < 2) return null;
        return tokens[the + 1].Lower == "former" ? recent[1] : recent[0];
    }

    /// <summary>
    /// The subject of a sentence: its first mention that is not possessive and not the object of a word before it. A name right
    /// after a lower-case word is that word's object ("met Petrov", "talks with Petrov", "and Petrov"), unless the word opens a
    /// clause, is part of a title ("envoy Sam Oduya") or is a speech verb the speaker follows ("said Jane Roe").
    /// </summary>
    public Mention? Subject(Sentence sentence, IReadOnlyList<Mention> mentions) =>
        mentions.FirstOrDefault(m => !m.Possessive && !IsObject(sentence, m, words));

    /// <summary>
    /// Whether the lower-case word before a mention, and before the role printed in front of it, makes it that word's object
    /// ("met X", "met Governor X", "with X", "and X", "told X"). Clause openers, titles and the verb of an inverted attribution
    /// ("said X") do not.
    /// </summary>
    internal static bool IsObject(Sentence sentence, Mention m, WordLists words)
    {
        var k = m.FirstToken - 1;
        // A comma, quote or bracket before the mention (or its role) starts a new stretch: nothing governs it from before.
        if (k >= 0 && sentence.Tokens[k + 1].Start - sentence.Tokens[k].End > 1 && !sentence.Tokens[k].Possessive) return false;
        // "alongside France's President X": a country's possessive before the title is part of the role, not a new stretch.
        while (k >= 0 && (words.Titles.Contains(sentence.Tokens[k].Lower) || words.TitleModifiers.Contains(sentence.Tokens[k].Lower)
                          || words.Honorifics.Contains(sentence.Tokens[k].Lower) || sentence.Tokens[k].Capitalised && !sentence.Tokens[k].Possessive
                          || sentence.Tokens[k].Possessive && k < m.FirstToken - 1 && words.Places.Contains(sentence.Tokens[k].Lower)))
        {
            if (k > 0 && sentence.Tokens[k].Start - sentence.Tokens[k - 1].End > 1 && !sentence.Tokens[k - 1].Possessive) return false;
            k--;
        }
        if (k < 0) return false;
        // "Watching from the shore, political analyst Ivo Marek called it ...": lower-case words naming what the person is,
        // opening a stretch after a comma or the sentence's start, describe the person; they govern nothing.
        var open = k;
        while (open > 0 && k - open < 2 && Describes(sentence.Tokens[open - 1], words) && sentence.Tokens[open].Start - sentence.Tokens[open - 1].End <= 1) open--;
        if (Enumerable.Range(open, k - open + 1).All(j => Describes(sentence.Tokens[j], words)) && Enumerable.Range(open, m.FirstToken - open + 1).Any(j => !sentence.Tokens[j].Capitalised && words.PersonNouns.Contains(sentence.Tokens[j].Lower))
            && (open == 0 || sentence.Tokens[open].Start - sentence.Tokens[open - 1].End > 1)) return false;
        var before = sentence.Tokens[k];
        if (before.Capitalised || before.Possessive) return false;
        if (words.SpeechVerbs.Contains(before.Lower)) return words.ListenerVerbs.Contains(before.Lower);
        return !words.ClauseOpeners.Contains(before.Lower);
    }

    private static bool Describes(Token t, WordLists words) =>
        !t.Capitalised && !t.Possessive && !words.Prepositions.Contains(t.Lower) && !words.SpeechVerbs.Contains(t.Lower)
        && !words.ClauseOpeners.Contains(t.Lower) && !words.ClauseStarters.Contains(t.Lower);

    private PersonRecord? LocalSubject(Sentence sentence, List<Mention> mentions) =>
        mentions.Count > 0 && mentions[0].Form != MentionForm.Pronoun && Subject(sentence, mentions) is { } m ? m.Person : null;

    private PersonRecord? ShortName(ParagraphText text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        var nextToSpeechVerb = i + 1 < tokens.Count && IsSpeechVerb(tokens[i + 1]) || i > 0 && IsSpeechVerb(tokens[i - 1]);
        // "Roe" when Ana Roe and her husband Ivo Roe are both named: the one this article named first, as reporters name a
        // later namesake in full; read from a surname, so it is reviewed.
        if ((registry.BySingleToken(t.Text, nextToSpeechVerb)
             ?? registry.SharingName(t.Text).Where(_firstMention.ContainsKey).MinBy(p => _firstMention[p])) is not { } person) return null;
        // A word inside a longer proper name ("Sri Lanka") is not a short form.
        if (i + 1 < tokens.Count && !t.Possessive && tokens[i + 1].Capitalised && PersonFinder.Adjacent(text, t, tokens[i + 1]) && finder.IsNameWord(tokens[i + 1])) return null;
        if (i > 0 && tokens[i - 1].Capitalised && !tokens[i - 1].Possessive && PersonFinder.Adjacent(text, tokens[i - 1], t) && finder.IsNameWord(tokens[i - 1])) return null;
        return person;
    }

    /// <summary>"the U.S. president", "the expert", "the Danish leader": the most recent person whose role (or kind) fits.</summary>
    private (PersonRecord? Person, int End) RoleReference(ParagraphText text, IReadOnlyList<Token> tokens, int the)
    {
        var modifiers = tokens[the].Lower == "the" ? new List<string>() : [tokens[the].Lower];
        // "Ana Roe, the spokeswoman, ...": a role right after a name and its comma is that name's appositive, not a reference.
        var apposed = _sentenceMentions.Count > 0 && text.Masked[_sentenceMentions[^1].End..tokens[the].Start].Trim() == "," ? _sentenceMentions[^1].Person : null;
        for (var j = the + 1; j < tokens.Count && j <= the + 5; j++)
        {
            if (!PersonFinder.Adjacent(text, tokens[j - 1], tokens[j])) return (null, 0);
            var t = tokens[j];
            var head = t.Lower;
            // Multi-word titles: "the prime minister", "the secretary of state".
            for (var len = words.MaxTitleWords; len >= 2; len--)
            {
                // "the prime minister" and "The Prime Minister insisted" alike; a name right after makes it a title, handled below.
                if (j + len > tokens.Count) continue;
                var phrase = string.Join(' ', tokens.Skip(j).Take(len).Select(x => x.Lower));
                if (!words.Titles.Contains(phrase)) continue;
                var last = j + len - 1;
                if (last + 1 < tokens.Count && tokens[last + 1].Capitalised && PersonFinder.Adjacent(text, tokens[last], tokens[last + 1]) && finder.IsNameWord(tokens[last + 1])) return (null, 0);
                if (BodyThenName(text, tokens, last + 1)) return (null, 0);
                return (Best(phrase, modifiers, SpeaksNext(tokens, last), apposed), last);
            }
            var isKindWord = PersonKindNames.Parse(head) is PersonKind.Leader or PersonKind.Expert;
            // "the president", "The President"; kind words only in lower case ("the expert", not "The Expert Group").
            if (words.Titles.Contains(head) || !t.Capitalised && isKindWord)
            {
                // "the U.S. president Tom Grant" is a title, not a reference back.
                if (j + 1 < tokens.Count && tokens[j + 1].Capitalised && PersonFinder.Adjacent(text, t, tokens[j + 1]) && finder.IsNameWord(tokens[j + 1])) return (null, 0);
                if (BodyThenName(text, tokens, j + 1)) return (null, 0);
                return (Best(head, modifiers, SpeaksNext(tokens, j), apposed), j);
            }
            if (t.Capitalised || words.TitleModifiers.Contains(head)) modifiers.Add(head);
            else return (null, 0);
        }
        return (null, 0);
    }

    /// <summary>
    /// "the head of the Central Bank Omar Haddad": a title's "of" (or "at") and the body it serves, its name ending in an
    /// organisation's word, then a name: a title introducing that name, not a reference back.
    /// </summary>
    private bool BodyThenName(ParagraphText text, IReadOnlyList<Token> tokens, int of)
    {
        if (of + 1 >= tokens.Count || tokens[of].Lower is not ("of" or "at" or "for") || !PersonFinder.Adjacent(text, tokens[of - 1], tokens[of])) return false;
        var k = tokens[of + 1].Lower == "the" ? of + 2 : of + 1;
        for (var end = Math.Min(tokens.Count - 1, k + 5); k < end && tokens[k].Capitalised && PersonFinder.Adjacent(text, tokens[k - 1], tokens[k]); k++)
        {
            if (words.OrganisationWords.Contains(tokens[k].Lower) && PersonFinder.Adjacent(text, tokens[k], tokens[k + 1]) && finder.IsNameWord(tokens[k + 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// The known person a descriptive alias at <paramref name="i"/> stands for ("the Norlander said"): among those the
    /// article has named, the last subject, else the one named last. Its first word matches in either case; not before a name
    /// ("the Norlander Anna Berg" is a title).
    /// </summary>
    private (PersonRecord? Person, int Last) Described(ParagraphText text, IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (words, person) in registry.Descriptions)
        {
            var last = i + words.Length - 1;
            if (last >= tokens.Count || !Named(person) || !string.Equals(tokens[i].Text, words[0], StringComparison.OrdinalIgnoreCase)) continue;
            var match = true;
            for (var k = 1; k < words.Length && match; k++) match = tokens[i + k].Text == words[k] && PersonFinder.Adjacent(text, tokens[i + k - 1], tokens[i + k]);
            if (!match) continue;
            if (last + 1 < tokens.Count && tokens[last + 1].Capitalised && PersonFinder.Adjacent(text, tokens[last], tokens[last + 1]) && finder.IsNameWord(tokens[last + 1])) continue;
            var fits = registry.Descriptions.Where(d => d.Tokens.SequenceEqual(words) && Named(d.Person)).Select(d => d.Person).ToList();
            // Named in this sentence counts as the most recent.
            return (LastSubject is not null && fits.Contains(LastSubject) ? LastSubject
                : fits.MaxBy(p => _sentenceMentions.Any(m => m.Person == p) ? int.MaxValue : _lastMention[p]), last);
        }
        return (null, 0);

        bool Named(PersonRecord person) => _lastMention.ContainsKey(person) || _sentenceMentions.Any(m => m.Person == person);
    }

    /// <summary>
    /// Who "he" or "she" stands for: the subject, when it agrees; else, when the subject's given name is only ever the other
    /// gender's, the last one named earlier in the sentence whose given name is surely the pronoun's ("Tom Roe hoped to channel
    /// Ann Lee and find what she called ..."), then the most recent earlier subject who is ("Tom Roe left. Ann Lee confirmed
    /// it. Later he said: ..." means Roe).
    /// </summary>
    private PersonRecord? PronounSubject(string pronoun, PersonRecord? subject, List<Mention> sentenceSoFar)
    {
        if (subject is null || Agrees(pronoun, subject)) return subject;
        return sentenceSoFar.LastOrDefault(m => m.Person != subject && !m.Person.Credit && m.Form != MentionForm.Pronoun && GenderOf(m.Person) == GenderOf(pronoun))?.Person
               ?? _recentSubjects.FirstOrDefault(p => p != subject && !p.Credit && GenderOf(p) == GenderOf(pronoun));
    }

    /// <summary>Whether "he" or "she" can stand for the person: not when their given name is only ever the other's.</summary>
    private bool Agrees(string pronoun, PersonRecord person) => GenderOf(person) is not { } gender || gender == GenderOf(pronoun);

    /// <summary>"female" or "male" when the person's given name is only ever one, else null.</summary>
    private string? GenderOf(PersonRecord person) =>
        _toldGender.TryGetValue(person, out var told) ? told :
        words.GivenNameGenders.TryGetValue(person.Name.Split(' ')[0].ToLowerInvariant(), out var gender) ? gender : null;

    private static string GenderOf(string pronoun) => pronoun == "she" ? "female" : "male";

    private bool IsSpeechVerb(Token t) => !t.Capitalised && words.SpeechVerbs.Contains(t.Lower);

    private bool SpeaksNext(IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && !tokens[end + 1].Capitalised && words.SpeechVerbs.Contains(tokens[end + 1].Lower);

    private PersonRecord? Best(string head, List<string> modifiers, bool speaks, PersonRecord? apposed)
    {
        // The people named before, and those named earlier in this sentence ("Mayor Roe and Governor Berg met, with the
        // governor saying ..."), who count as the most recent.
        var candidates = _lastMention.Keys.Concat(_sentenceMentions.Select(m => m.Person).Where(p => p != apposed)).Distinct()
            .Where(p => !p.Credit && Fits(p, head, modifiers)).ToList();
        // Nobody's known role fits, but the last subject has none on record: "..., the US president wrote" most likely means them.
        if (candidates.Count == 0)
        {
            if (!words.Titles.Contains(head)) return null;
            // Nobody's known role fits: a title refers to the person just named whose role the article never gave
            // in this sentence or the last ("Roe's rhetoric ... the U.S. president said"), or to the last subject when none was.
            var unroled = _sentenceMentions.Concat(_previousMentions).Select(m => m.Person).Where(p => p is { Role: null, Credit: false }).Distinct().ToList();
            if (speaks && LastSubject is { Role: null, Credit: false }) return LastSubject;
            return unroled.Count == 1 ? unroled[0] : null;
        }
        if (LastSubject is not null && candidates.Contains(LastSubject)) return LastSubject;
        return candidates.MaxBy(Recency);
    }

    // How recently a person was named: this sentence's mentions, last first, are more recent than any before it.
    private long Recency(PersonRecord person) =>
        _sentenceMentions.FindLastIndex(m => m.Person == person) is >= 0 and var at ? (long)int.MaxValue + at : _lastMention.GetValueOrDefault(person);

    private bool Fits(PersonRecord person, string head, List<string> modifiers)
    {
        var role = PersonRegistry.Words((person.Role ?? "").ToLowerInvariant());
        // A kind word ("the expert", "the analyst") fits anyone of that kind, by the kinds' own word list.
        var headFits = PersonRegistry.ContainsPhrase(role, head) || PersonKindNames.Of(person.Kind) == head
                       || words.PersonKinds.Any(k => k.Key == person.Kind && k.Value == head);
        // A clipped modifier ("the Gov. Office head") may be the start of a role word.
        // A country fits in any of its forms: "the Norwegian foreign minister" is the one printed "Norway's foreign minister".
        return headFits && modifiers.All(m => role.Contains(m) || role.Contains(m.Replace(".", "", StringComparison.Ordinal))
                                              || m.Length >= 3 && role.Any(r => r.StartsWith(m, StringComparison.Ordinal))
                                              || words.CountryOf(m) is { } country && role.Any(r => words.CountryOf(r) == country));
    }
}
