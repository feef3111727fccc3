using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>The grammar a speaker is read from: "quoted X as saying", a relative pronoun's antecedent, joint subjects, "according to".</summary>
internal sealed partial class QuoteExtractor
{
    /// <summary>
    /// "quoted Roe as saying", "cited the minister as saying": a quoting verb's object is the speaker of the words that follow
    /// "as saying". Returns that object, or null when the verb is not in this form.
    /// </summary>
    private Mention? QuotedAsSaying(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> before, Token verb)
    {
        var at = IndexOf(tokens, verb);
        if (at < 2 || tokens[at - 1].Lower != "as") return null;
        var quoted = before.LastOrDefault(m => m.End <= tokens[at - 1].Start);
        if (quoted is null || IndexOf(tokens, tokens.First(t => t.Start == quoted.Start)) is var first && first < 1) return null;
        var k = first - 1;
        while (k > 0 && IsRoleWord(tokens[k])) k--;
        return words.QuotingVerbs.Contains(tokens[k].Lower) ? quoted : null;
    }

    /// <summary>
    /// "..., who said", "..., who has also warned": the antecedent of a relative pronoun right before the verb, the last name
    /// before the pronoun; adjacent when only a comma stands between them ("Roe, who said" but not "met Roe on Monday, who said").
    /// </summary>
    private (Mention? Antecedent, bool Adjacent) RelativeAntecedent(Sentence sentence, IReadOnlyList<Mention> before, Token verb)
    {
        var tokens = sentence.Tokens;
        var k = IndexOf(tokens, verb) - 1;
        while (k >= 0 && words.FillsAttribution(tokens[k])) k--;
        if (k < 0 || tokens[k].Lower != "who") return (null, false);
        var who = tokens[k];
        var antecedent = before.LastOrDefault(m => m.End <= who.Start && !m.Possessive);
        if (antecedent is null) return (null, false);
        var adjacent = !tokens.Any(t => t.Start >= antecedent.End && t.End <= who.Start);
        return (antecedent, adjacent);
    }

    /// <summary>
    /// Whether the mention is one of two people joined by "and" ("Roe and Governor Berg said", "said Roe and Berg"), a role
    /// or courtesy title allowed before the second name.
    /// </summary>
    private bool JointSubject(Sentence sentence, IReadOnlyList<Mention> mentions, Mention mention)
    {
        var tokens = sentence.Tokens;
        var k = WordBeforeRole(sentence, mention.FirstToken);
        // "gave advice to Doe and Roe replied": a name something governs ("to Doe") is no partner in the subject.
        if (k >= 1 && tokens[k].Lower == "and" && mentions.Any(m => m.LastToken == k - 1 && m.Form != MentionForm.Pronoun && !SpeakerResolver.IsObject(sentence, m, words))) return true;
        var next = mention.LastToken + 1;
        return next < tokens.Count && tokens[next].Lower == "and" && !mention.Possessive
               && mentions.Any(m => m.FirstToken > next && m.FirstToken <= next + 4 && m.Form != MentionForm.Pronoun
                                    && tokens.Skip(next + 1).Take(m.FirstToken - next - 1).All(t => IsRoleWord(t) || t.Capitalised || words.Honorifics.Contains(t.Lower)));
    }

    /// <summary>
    /// "According to Roe, the talks brought the sides closer to "a deal"": the one person a sentence opens its source on
    /// speaks the quoted words before the next clause names another.
    /// </summary>
    private static Mention? AccordingTo(Sentence sentence, IReadOnlyList<Mention> mentions, int open)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || tokens[0].Lower != "according" || tokens[1].Lower != "to") return null;
        var source = mentions.FirstOrDefault(m => m.FirstToken >= 2 && m.FirstToken <= 5 && !m.Possessive);
        if (source is null || source.End > open) return null;
        // The name comes within a few words of "to" (its titles), and no other person may be named before the quote.
        return mentions.Any(m => m != source && m.Start > source.End && m.End <= open && m.Form != MentionForm.Pronoun) ? null : source;
    }

    /// <summary>
    /// "Roe, a senior adviser to Governor Berg said ...": an appositive the writer never closed with its second comma. The name
    /// right before the verb is governed by the appositive's preposition, so the subject is the name before the appositive's
    /// comma. Null when the sentence is not in this form.
    /// </summary>
    private Mention? UnclosedAppositiveHead(ParagraphText text, Sentence sentence, List<Mention> before, Token verb)
    {
        var inner = before.LastOrDefault(m => m.End <= verb.Start && !m.Possessive);
        if (inner is null || !GovernedByPreposition(sentence, inner)
            || !sentence.Tokens.Where(t => t.Start >= inner.End && t.End <= verb.Start).All(t => words.FillsAttribution(t))) return null;
        var head = before.LastOrDefault(m => m.End <= inner.Start && !m.Possessive && m.Form != MentionForm.Pronoun);
        if (head is null || SpeakerResolver.IsObject(sentence, head, words)) return null;
        var gap = text.Masked[head.End..inner.Start];
        // One comma, straight after the head, and between it and the preposition only the appositive's words, no verb or quote.
        if (!gap.StartsWith(',') || gap.Count(c => c == ',') != 1 || gap.Contains(ParagraphText.Mask)) return null;
        return sentence.Tokens.Any(t => t.Start > head.End && t.End <= inner.Start && IsSpeechVerb(t))
            ? null : head;
    }

    /// <summary>
    /// "While repeating that Roe was "ready to talk", Berg insisted ...": a sentence that opens on a participle of speech has no
    /// subject before the quote; its subject is the main clause's, the first name after the quote and a comma that a verb
    /// follows. Null when the sentence is not in this form.
    /// </summary>
    private Mention? FrontedParticipleSubject(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, Token verb, int open)
    {
        if (!verb.Lower.EndsWith("ing", StringComparison.Ordinal)) return null;
        var tokens = sentence.Tokens;
        var at = IndexOf(tokens, verb);
        // Only a conjunction or preposition may come first: "While reiterating", "After saying", "Repeating".
        if (at > 1 || at == 1 && !words.ClauseStarters.Contains(tokens[0].Lower) && !words.Prepositions.Contains(tokens[0].Lower)) return null;
        var quote = text.Quotes.FirstOrDefault(q => q.Open == open);
        if (quote.Close <= open) return null;
        var main = mentions.FirstOrDefault(m => m.Start > quote.Close && !m.Possessive && m.Form != MentionForm.Pronoun);
        // The comma may sit inside the closing mark (American style: "..., " Berg said).
        if (main is null || !text.Masked[quote.Close..main.Start].Contains(',') && !text.Original[open..quote.Close].TrimEnd().EndsWith(',')) return null;
        var next = tokens.FirstOrDefault(t => t.Start >= main.End);
        return next is not null && !next.Capitalised && PersonFinder.Adjacent(text, tokens.Last(t => t.End <= main.End), next) ? main : null;
    }

    /// <summary>Whether a preposition stands right before the mention, its role words aside ("for President Roe").</summary>
    private bool GovernedByPreposition(Sentence sentence, Mention m)
    {
        var tokens = sentence.Tokens;
        var k = WordBeforeRole(sentence, m.FirstToken);
        // "an adviser to former mayors Ana Roe and Tom Ash": a name joined by "and" to one a preposition governs is governed too.
        while (k >= 1 && tokens[k].Lower is "and" or "or" && tokens[k - 1].Capitalised) k = WordBeforeRole(sentence, k);
        return k >= 0 && words.Prepositions.Contains(tokens[k].Lower);
    }

    /// <summary>The index of the word before a mention's first token and the role or courtesy words printed before it (-1 at the start).</summary>
    private int WordBeforeRole(Sentence sentence, int first)
    {
        var tokens = sentence.Tokens;
        var k = first - 1;
        while (k >= 0 && (IsRoleWord(tokens[k]) || words.Honorifics.Contains(tokens[k].Lower) || tokens[k].Capitalised && tokens[k].Lower != "and"
                          || tokens[k].Lower.Length > 3 && tokens[k].Lower.EndsWith('s') && words.Titles.Contains(tokens[k].Lower[..^1]))) k--;
        return k;
    }

    /// <summary>A speech verb in -ing right after a comma (or a quote closed by one): ", saying", ", adding that".</summary>
    private static bool ParticipleAfterComma(ParagraphText text, Token verb)
    {
        if (!verb.Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        // Read back over spaces from the verb: a copy of the paragraph before it, per verb, cost the square of a paragraph.
        var original = text.Original;
        var last = LastNonSpaceBefore(original, Math.Min(verb.Start, original.Length));
        if (last >= 0 && original[last] == ',') return true;
        return last >= 1 && TextFolding.FoldQuoteMark(original[last]) is '"' or '\'' && LastNonSpaceBefore(original, last) is >= 0 and var comma && original[comma] == ',';
    }

    /// <summary>
    /// "Roe is pressing Berg writing online that ...": a participle of speech right after the verb's object, with no comma,
    /// still reports the main clause's subject; an object is never the subject of what follows it.
    /// </summary>
    private bool ParticipleAfterObject(ParagraphText text, Sentence sentence, List<Mention> before, Token verb) =>
        verb.Lower.EndsWith("ing", StringComparison.Ordinal) && before.LastOrDefault(m => m.End <= verb.Start) is { Possessive: false } last
        && LastNonSpaceBefore(text.Original, Math.Min(verb.Start, text.Original.Length)) == last.End - 1
        && SpeakerResolver.IsObject(sentence, last, words) && !AbsoluteWith(sentence, last);

    /// <summary>
    /// "with the president saying ...", "despite Roe claiming ...": after a preposition that takes a clause of its own
    /// ("with", "without", "despite", "amid"), the noun is the participle's own subject.
    /// </summary>
    private static bool AbsoluteWith(Sentence sentence, Mention m)
    {
        var k = m.FirstToken - 1;
        while (k >= 0 && m.FirstToken - k <= 5 && (sentence.Tokens[k].Capitalised || sentence.Tokens[k].Lower is "the" or "a")) k--;
        return k >= 0 && sentence.Tokens[k].Lower is "with" or "without" or "despite" or "amid";
    }

    /// <summary>The index of the last character before <paramref name="end"/> that is not white space, or -1.</summary>
    private static int LastNonSpaceBefore(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++) if (ReferenceEquals(tokens[i], token) || tokens[i].Start == token.Start) return i;
        return -1;
    }
}
