using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>What the quote extractor remembers within an article: the last attributed quote and the last reporting sentence.</summary>
internal sealed class QuoteContext
{
    public PersonRecord? LastQuoteSpeaker { get; set; }
    public int LastQuoteParagraph { get; set; }
    public bool PreviousParagraphOpenQuote { get; set; }

    /// <summary>The subject of the previous sentence of this paragraph when it reports speech ("The expert noted that ...").</summary>
    public PersonRecord? PreviousReporter { get; set; }

    /// <summary>The same for the last sentence of the previous paragraph: a quote-only paragraph after it is that person's.</summary>
    public PersonRecord? ReporterBeforeParagraph { get; set; }
}

/// <summary>
/// Finds direct quotes and their speakers in every form reporters use: "..." X said; "...," said X, role; X said, "..."; X added: "...";
/// a quote running on after its attribution; a quote after a sentence that names the speaker; partial quotes inside reported speech.
/// </summary>
internal sealed partial class QuoteExtractor(WordLists words, WordPool? pool = null, ExtractionWork? work = null)
{
    /// <summary>The quotes that open in one sentence, with their speakers; returns the speaker of the last full quote, if any.</summary>
    public PersonRecord? Extract(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, int paragraph, string seed,
        QuoteContext context, FoundQuotes output)
    {
        PersonRecord? lastFull = null;
        var quotes = text.QuotesOf(sentence, work);
        for (var n = 0; n < quotes.Count; n++)
        {
            var q = quotes[n];
            var inner = text.Original[q.InnerStart..Math.Min(q.InnerEnd, text.Original.Length)].Trim();
            if (inner.Length == 0 || !inner.Any(char.IsLetter)) continue;
            var preStart = n > 0 ? quotes[n - 1].Close + 1 : sentence.Start;
            var postEnd = n + 1 < quotes.Count ? quotes[n + 1].Open : sentence.End;
            var pre = sentence.Tokens.Where(t => t.Start >= preStart && t.End <= q.Open).ToList();
            var post = q.Close < text.Original.Length ? sentence.Tokens.Where(t => t.Start > q.Close && t.End <= postEnd).ToList() : [];
            var preText = text.Masked[preStart..q.Open].Trim();

            // Sieves in order of trust: an attribution after the quote, one before it, then the speaker carried over.
            var mention = PostAttribution(post, mentions);
            var (preMention, preSure) = PreAttribution(text, sentence, pre, preText, mentions, q.Open);
            // A list item's marker ("- ", "• ") before the quote opens nothing of the reporter's.
            var startsSentence = pre.Count == 0 && preText.Trim(',', ' ').TrimStart(ListMarkers).Trim().Length == 0
                                 // "LYON, June 3 (WNS) – "...": a dateline before the paragraph's first quote is no reporter's words.
                                 || n == 0 && AfterDateline(text, q.Open);
            // ""No vote is planned" before May, Roe said.": the reporter's words carry the sentence on, so the quote is a
            // fragment of it, owned by the attribution that closes the sentence.
            if (startsSentence && mention is null && preMention is null && post.Count > 0 && !post[0].Capitalised
                && TrailingAttribution(text, sentence, mentions, q.Open) is not null)
            {
                startsSentence = false;
            }
            var full = startsSentence || preMention is not null;
            // "Roe said the plan was "a big step" for the port": words in lower case that the reporter's sentence runs on
            // past are a fragment of it, whoever is named before them.
            if (full && !startsSentence && char.IsLower(inner[0]) && inner.TrimEnd()[^1] is not ('.' or '?' or '!' or ',')
                && sentence.Tokens.Any(t => t.Start > q.Close)) full = false;
            // "the goal was simple: "to stop the killing."", "he said, "in order to ..."": lower case after the reporter's words
            // opens a fragment, unless it carries on a sentence the quote before it broke off ("We," he said, "will win.").
            if (full && !startsSentence && char.IsLower(inner[0]) && !CarriesOn(text, quotes, n)) full = false;
            if (n > 0 && pre.Count == 0 && !startsSentence) full = true;
            var sure = mention is not null || preSure;
            mention ??= preMention;
            // "Roe and Berg said in a joint statement: ...": words given to several people at once are no one's quote.
            if (mention is not null && JointSubject(sentence, mentions, mention)) continue;
            var speaker = mention?.Person;
            var attribution = mention?.Attribution ?? Attribution.PreviousSpeaker;
            // A speaker found past an aside or through a relative pronoun is read from grammar: reviewed.
            if (mention is not null && !sure) attribution = (Attribution)Math.Max((int)attribution, (int)Attribution.Inferred);
            // "Quote from Roe: "..."", "Roe's message to the summit: "..."": a colon and, before it, one person and no verb.
            if (mention is null && preText.EndsWith(':') && ColonLabel(sentence, pre, mentions, q.Open) is { } label)
            {
                full = true;
                speaker = label.Person;
                attribution = (Attribution)Math.Max((int)label.Attribution, (int)Attribution.Inferred);
            }

            if (full && speaker is null && startsSentence && char.IsUpper(inner[0]))
            {
                speaker = n > 0 && lastFull is not null ? lastFull
                    : context.LastQuoteSpeaker is not null && context.LastQuoteParagraph == paragraph ? context.LastQuoteSpeaker
                    : context.PreviousReporter
                      ?? (context.LastQuoteParagraph == paragraph - 1 && (context.PreviousParagraphOpenQuote || IsWholeParagraph(text, q)) ? context.LastQuoteSpeaker : null)
                      // A paragraph that is only a quote, after one that ends reporting what someone said ("Roe stressed the ties."),
                      // is that person's words.
                      ?? (n == 0 && IsWholeParagraph(text, q) ? context.ReporterBeforeParagraph : null);
                attribution = Attribution.PreviousSpeaker;
            }
            // "the so-called "harbour compact"": a label the writer cites is no one's words.
            if (!full && Designated(preText)) continue;
            if (!full && PartialSpeaker(text, sentence, mentions, q.Open) is var (partialMention, partialSure) && partialMention is not null)
            {
                // "Roe and Berg "agreed to keep talking"": a fragment given to several people named at once is no one's quote;
                // "Roe said she and Berg discussed a "swap"" reports Roe's own account.
                if (partialMention.Form != MentionForm.Pronoun && JointSubject(sentence, mentions, partialMention)) continue;
                speaker = partialMention.Person;
                // Only an attribution that names the speaker is sure; a speaker read from the sentence's grammar awaits review.
                attribution = partialSure ? partialMention.Attribution : (Attribution)Math.Max((int)partialMention.Attribution, (int)Attribution.Inferred);
                full = WholeSentencesAfterSpeechVerb(text, sentence, pre, preText, inner, q);
            }
            if (speaker is null || speaker.Credit) continue;
            var quoted = inner.TrimEnd(',', ' ');
            if (!full) quoted = quoted.TrimEnd('.', ',', ' ');
            if (quoted.Length == 0 || !full && (NamesAThing(quoted) || OnlyMinorWords(quoted))) continue;
            // A short quote said again is the same string: a run of one quote was a string per time it was said.
            output.Add(new FoundQuote(speaker, pool?.Get(quoted) ?? quoted, !full, paragraph, attribution));
            if (full)
            {
                lastFull = speaker;
                context.LastQuoteSpeaker = speaker;
                context.LastQuoteParagraph = paragraph;
            }
        }
        return lastFull;
    }

    /// <summary>
    /// Whose words a phrase quoted inside narration are, most precise sieve first: an attribution closing the sentence; a
    /// possessor whose noun of speech introduces the phrase ("Grant's idea of a "territorial exchange""); the subject of the
    /// last speech verb before it ("Petrov claimed they had reached an "understanding""); the sentence's subject. A name the
    /// phrase is only near (an object, a possessor of something else) is never the speaker: then nobody is.
    /// </summary>
    private (Mention? Speaker, bool Sure) PartialSpeaker(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, int open)
    {
        // "The end is 'closer than ever', Sir Alan Whitcombe has said.": an attribution closing the sentence owns its fragments.
        if (TrailingAttribution(text, sentence, mentions, open) is { } trailing) return (trailing, true);
        if (AccordingTo(sentence, mentions, open) is { } source) return (source, true);
        var before = mentions.Where(m => m.End <= open).ToList();
        var verbs = sentence.Tokens.Where(t => t.End <= open && IsSpeechVerb(t)).ToList();
        var verb = verbs.LastOrDefault();
        if (verb is not null && FrontedParticipleSubject(text, sentence, mentions, verb, open) is { } fronted) return (fronted, false);
        // "Berg called the talks useful, while Roe handed an invitation: "..."": a new clause with its own subject after the
        // verb; the verb does not reach the phrase.
        if (verb is not null && before.Any(m => m.Start > verb.End && !m.Possessive && NewClauseSubject(sentence, m))) verbs = [];
        verb = verbs.LastOrDefault();
        if (PossessorOfSpeech(sentence, before, verb, open) is { } owner) return (owner, false);
        if (verb is not null && SubjectOf(text, sentence, before, verbs, verbs.Count - 1) is { } subject)
        {
            // "Roe said the plan was 'a disaster'": the verb's own subject, right before it, names the speaker.
            var named = sentence.Tokens.Where(t => t.Start >= subject.End && t.End <= verb.Start).All(t => words.FillsAttribution(t))
                        && !QuoteOpensIn(text, sentence, subject.End, verb.Start);
            return (subject, named);
        }
        // No speech verb: the subject of the clause the phrase stands in, the last name before it that is no object
        // ("..., while Roe extended an invitation to the mayor: "...""), and only for review.
        return (before.LastOrDefault(m => !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words)), false);
    }

    /// <summary>
    /// Whether a quote opens from <paramref name="start"/> to before <paramref name="end"/>, both inside the sentence (a
    /// mention's or a word's edges): only the sentence's quotes are read, not the paragraph's.
    /// </summary>
    private bool QuoteOpensIn(ParagraphText text, Sentence sentence, int start, int end)
    {
        foreach (var q in text.QuotesOf(sentence, work)) if (q.Open >= start && q.Open < end) return true;
        return false;
    }

    /// <summary>Whether a conjunction that opens a new clause ("while", "but", "whereas") stands right before the mention.</summary>
    private bool NewClauseSubject(Sentence sentence, Mention m)
    {
        if (m.FirstToken == 0) return false;
        var before = sentence.Tokens[m.FirstToken - 1];
        // "as" counts only right before the name: "as Roe said" opens a clause, "as President Roe" names a role.
        if (words.NewClauseConjunctions.Contains(before.Lower) || before.Lower == "as") return true;
        // "while Prime Minister Roe", "whereas the Nordic envoy Roe": the conjunction before the name's titles and role words.
        return WordBeforeRole(sentence, m.FirstToken) is >= 0 and var k && k < m.FirstToken - 1 && words.NewClauseConjunctions.Contains(sentence.Tokens[k].Lower);
    }

    /// <summary>
    /// "Grant's idea of a "territorial exchange"", "Petrov's insistence on addressing the "root causes"": a possessor whose noun
    /// of speech (a few describing words before it allowed) leads straight into the phrase, with no speech verb after it.
    /// </summary>
    private Mention? PossessorOfSpeech(Sentence sentence, List<Mention> before, Token? verb, int open)
    {
        if (before.LastOrDefault() is not { Possessive: true } owner || verb is not null && verb.Start > owner.End) return null;
        var between = sentence.Tokens.Where(t => t.Start > owner.End && t.End <= open).ToList();
        var noun = between.FindIndex(t => words.SpeechNouns.Contains(t.Lower));
        if (noun is < 0 or > 2) return null;
        var rest = between.Skip(noun + 1).ToList();
        return rest.Count <= 4 && rest.All(t => words.SpeechNounLinks.Contains(t.Lower) || t.Lower.EndsWith("ing", StringComparison.Ordinal))
            ? owner : null;
    }

    /// <summary>
    /// The subject of the speech verb <paramref name="index"/>: a name right before it ("after Petrov claimed"), else, for a verb
    /// coordinated with an earlier one and no new name between ("Petrov claimed ... and warned"), that verb's subject, else the
    /// last name before it that is no possessor and no object.
    /// </summary>
    private Mention? SubjectOf(ParagraphText text, Sentence sentence, List<Mention> before, List<Token> verbs, int index)
    {
        var verb = verbs[index];
        if ((QuotedAsSaying(sentence.Tokens, before, verb) ?? RelativeAntecedent(sentence, before, verb).Antecedent) is { } reported) return reported;
        // "Roe praised Berg, saying ...", "..., adding that ...": a participle after a comma shares the main clause's subject,
        // whoever the clause in between names.
        if ((ParticipleAfterComma(text, verb) || ParticipleAfterObject(text, sentence, before, verb)) && before.FirstOrDefault(m => m.End <= verb.Start && !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words)) is { } main)
        {
            return main;
        }
        if (UnclosedAppositiveHead(text, sentence, before, verb) is { } head) return head;
        // "Berg, spokesperson for President Roe, added that ...": a name governed by a word of an appositive that a comma
        // closes is no subject; "after Petrov claimed" keeps its subject.
        if (before.LastOrDefault(m => m.End <= verb.Start && !m.Possessive
                && !(text.Masked[m.End..verb.Start].Contains(',') && GovernedByPreposition(sentence, m))) is { } adjacent
            && sentence.Tokens.Where(t => t.Start >= adjacent.End && t.End <= verb.Start).All(t => words.FillsAttribution(t))
            && !QuoteOpensIn(text, sentence, adjacent.End, verb.Start))
        {
            return adjacent;
        }
        if (index > 0 && !before.Any(m => m.Start > verbs[index - 1].End && m.End <= verb.Start && !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words)))
        {
            return SubjectOf(text, sentence, before, verbs, index - 1);
        }
        // "X met Y and said ...", "X praised Y but warned ...": a verb joined by "and" or "but" to an earlier clause, with no
        // subject of its own, shares that clause's subject.
        var at = sentence.Tokens.ToList().IndexOf(verb);
        if (at > 0 && sentence.Tokens[at - 1].Lower is "and" or "but" && before.FirstOrDefault(m => !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words)) is { } shared)
        {
            return shared;
        }
        return before.LastOrDefault(m => m.End <= verb.Start && !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words));
    }

    /// <summary>"..., X (has) said." or "..., said X." closing the sentence after the quote: the speaker of what it reports.</summary>
    private Mention? TrailingAttribution(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, int open)
    {
        var tokens = sentence.Tokens.Where(t => t.Start > open).ToList();
        if (tokens.Count > 0 && ClosingClause(text, sentence, mentions, tokens) is { } clause) return clause;
        if (tokens.Count is < 2 or > 7) return null;
        var last = tokens[^1];
        var verbLast = IsSpeechVerb(last);
        var mention = verbLast
            ? mentions.LastOrDefault(m => m.Start > open && m.End <= last.Start && !m.Possessive && m.Form != MentionForm.Pronoun)
            : mentions.LastOrDefault(m => m.Start > open && m.End == last.End && !m.Possessive);
        if (mention is null) return null;
        // Only the attribution may stand there: the mention, an auxiliary, the verb and a few words of role or manner.
        var between = tokens.Where(t => t.Start >= mention.End || t.End <= mention.Start).ToList();
        if (!verbLast && !between.Any(IsSpeechVerb)) return null;
        // "said ACME commodities analyst Jana Roe": a few lower-case words saying what kind, before a title that leads to the name.
        var title = between.FindLastIndex(t => t.End <= mention.Start && words.Titles.Contains(t.Lower));
        bool Describes(Token t, int k) => k < title && !t.Capitalised && k >= title - 3 && !words.SpeechVerbs.Contains(t.Lower) && !words.ClauseOpeners.Contains(t.Lower)
                                          && !words.Prepositions.Contains(t.Lower);
        return between.Select((t, k) => (t, k)).All(x => IsSpeechVerb(x.t) || words.FillsAttribution(x.t)
                                || x.t.End <= mention.Start && (x.t.Capitalised || words.Titles.Contains(x.t.Lower) || words.TitleModifiers.Contains(x.t.Lower) || Describes(x.t, x.k)))
            ? mention : null;
    }

    /// <summary>
    /// "... moved "within the line" he had agreed, Jane Roe said in an interview ...": a comma, a name and its speech verb
    /// close the reported clause, whatever follows the verb.
    /// </summary>
    private Mention? ClosingClause(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, List<Token> after)
    {
        foreach (var verb in after.Where(t => IsSpeechVerb(t) && !words.ListenerVerbs.Contains(t.Lower) || t.Lower is "told"))
        {
            var mention = mentions.LastOrDefault(m => m.Start >= after[0].Start && m.End <= verb.Start && !m.Possessive);
            if (mention is null) continue;
            if (!sentence.Tokens.Where(t => t.Start >= mention.End && t.End <= verb.Start).All(t => words.FillsAttribution(t))) continue;
            // The role printed before the name belongs to the attribution ("..., Finance Minister Jane Roe said").
            var first = mention.FirstToken;
            while (first > 0 && IsRoleWord(sentence.Tokens[first - 1]) || first > 0 && sentence.Tokens[first - 1].Capitalised && sentence.Tokens[first].Start - sentence.Tokens[first - 1].End == 1) first--;
            if (first == 0) continue;
            // 'Roe "will not sign," Minister Ana Lind told journalists': a quotation closed on its comma ends the clause too.
            var gap = sentence.Tokens[first - 1].End..sentence.Tokens[first].Start;
            return text.Masked[gap].Trim() == "," || QuoteClosedOnComma().IsMatch(text.Original[gap]) ? mention : null;
        }
        return null;
    }

    /// <summary>"...," X said / said X, role / the U.S. president said / he noted.</summary>
    private Mention? PostAttribution(List<Token> post, IReadOnlyList<Mention> mentions)
    {
        if (post.Count == 0) return null;
        // "...," Mr Grant replied: the courtesy title is not part of the attribution's shape.
        if (post.Count > 1 && words.Honorifics.Contains(post[0].Lower)) post = post[1..];
        // "...," Roe's spokesman Tom Berg said: a possessor says whose spokesman speaks; "Roe's office said" names nobody.
        if (mentions.FirstOrDefault(m => m.Start == post[0].Start) is { Possessive: true } owner)
        {
            var after = post.FindIndex(t => t.Start >= owner.End);
            var spokesman = after < 0 ? null : mentions.FirstOrDefault(m => !m.Possessive && m.Form == MentionForm.Name && m.Start >= post[after].Start
                                                                          && m.Start <= post[Math.Min(post.Count - 1, after + 3)].Start);
            // "...': Roe's closing remarks": the possessor of words of speech is their speaker.
            if (spokesman is null) return after >= 0 && post.Skip(after).Take(3).Any(t => words.SpeechNouns.Contains(t.Lower)) ? owner : null;
            post = post[post.FindIndex(t => t.Start == spokesman.Start)..];
        }
        // "...," lawmaker Jane Roe told reporters: a role in front of the name is part of the mention, not of the sentence.
        // At most three such words ("election official", "Port Director"), and only before a full name.
        var lead = 0;
        while (lead < Math.Min(3, post.Count - 1) && !IsSpeechVerb(post[lead]) && !words.RoleRunEnds.Contains(post[lead].Lower)) lead++;
        if (lead > 0 && mentions.FirstOrDefault(m => m.Start >= post[0].Start && m.Start <= post[lead].Start) is { Form: MentionForm.Name } named)
        {
            post = post[post.FindIndex(t => t.Start == named.Start)..];
        }
        var verbIndex = post.FindIndex(t => IsSpeechVerb(t));
        if (verbIndex < 0) return null;
        // "...," the agency quoted Roe as saying: the one quoted is the speaker, not whoever quotes.
        var inPost = mentions.Where(m => m.Start >= post[0].Start && m.End <= post[^1].End).ToList();
        if (post.Skip(verbIndex).FirstOrDefault(t => t.Lower == "saying") is { } saying && QuotedAsSaying(post, inPost, saying) is { } quotedOne) return quotedOne;
        var first = inPost.FirstOrDefault(m => !m.Possessive);
        if (first is null) return null;
        var startsWithMention = first.Start == post[0].Start;
        var startsWithVerb = verbIndex == 0 || verbIndex == 1 && post[0].Lower is "also" or "then";
        if (!startsWithMention && !startsWithVerb) return null;
        // The verb must belong to the attribution, not to a later clause: at most an appositive away from the speaker.
        var verb = post[verbIndex];
        // "said museum director Paul Ferrand", "said ACME commodities analyst Jane Roe": a role may stand between the verb and
        // the name, a clause may not.
        var between = post.Skip(verbIndex + 1).TakeWhile(t => t.Start < first.Start).ToList();
        if (startsWithVerb && first.Start > verb.End + 3
            && !(between.All(t => t.Capitalised || t.Lower is "to" or "by" or "for" or "of" or "the" || IsRoleWord(t)) || between.Count <= 4 && between.Count(t => !IsRoleWord(t) && !t.Capitalised) <= 1 && between.Any(IsRoleWord))) return null;
        return first;
    }

    /// <summary>X said, "..." / X added: "..." / X told reporters: "...".</summary>
    /// <remarks>Sure when the speaker stands right before the verb, or is the one a quoting verb quotes; not when found past an aside.</remarks>
    private (Mention? Speaker, bool Sure) PreAttribution(ParagraphText text, Sentence sentence, List<Token> pre, string preText, IReadOnlyList<Mention> mentions, int open)
    {
        if (pre.Count == 0) return (null, false);
        if (!(preText.EndsWith(',') || preText.EndsWith(':'))) return (null, false);
        // "According to Roe, "...": the source the sentence opens on is the speaker.
        if (AccordingTo(sentence, mentions, open) is { } source && pre[^1].End <= source.End + 1) return (source, true);
        var verbIndex = pre.FindLastIndex(t => IsSpeechVerb(t));
        if (verbIndex < 0) return (null, false);
        var verb = pre[verbIndex];
        // "X said Tuesday, "...", "X told reporters, "...": a few words may follow the verb; a whole clause may not.
        var trailing = pre.Skip(verbIndex + 1).ToList();
        if ((trailing.Count > 6 || trailing.Any(t => t.Lower == "that")) && !preText.EndsWith(':')) return (null, false);
        // "X met Y, who said: ...": the verb's subject is the relative pronoun's antecedent, never an earlier name.
        var inPre = mentions.Where(m => m.Start >= pre[0].Start && m.End <= verb.Start).ToList();
        if (QuotedAsSaying(sentence.Tokens, inPre, verb) is { } quoted) return (quoted, true);
        if (RelativeAntecedent(sentence, inPre, verb) is { Antecedent: { } antecedent } relative) return (antecedent, relative.Adjacent);
        // "Roe, asked about Doe, said: ...": a name governed by a word of an aside is no subject; the name before the aside is.
        // "Doe asked about ferries and Roe replied: ...": a name right before the verb is its subject, even after "and".
        // An aside closed by a comma ("Roe, asked about Doe, said") keeps its name from the verb.
        var before = mentions.LastOrDefault(m => m.End <= verb.Start && m.Start >= pre[0].Start && !m.Possessive
                                                 && text.Masked[m.End..verb.Start].All(c => c == ' ' || char.IsLetter(c))
                                                 && sentence.Tokens.Where(t => t.Start >= m.End && t.End <= verb.Start).All(t => words.FillsAttribution(t)))
                     ?? mentions.LastOrDefault(m => m.End <= verb.Start && m.Start >= pre[0].Start && !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words))
                     ?? mentions.LastOrDefault(m => m.End <= verb.Start && m.Start >= pre[0].Start);
        var after = mentions.FirstOrDefault(m => m.Start >= verb.End && m.End <= open);
        // "he said to the host, Governor Haddad: ...": the one spoken to is no speaker.
        if (after is not null && verbIndex + 1 < pre.Count && pre[verbIndex + 1].Lower is "to" or "with") after = null;
        // "Roe called the talks "useful" but warned, "...": a verb joined to a clause before an earlier quote shares its subject.
        if (before is null && after is null && words.CoordinatingConjunctions.Contains(pre[0].Lower) && verbIndex <= 2)
        {
            var subject = mentions.FirstOrDefault(m => m.End <= pre[0].Start && !m.Possessive && !SpeakerResolver.IsObject(sentence, m, words));
            return (subject, false);
        }
        // "X called it useful, while Y handed over a note: "..."": the verb belongs to a clause the quote is not in.
        if (mentions.Any(m => m.Start >= verb.End && m.End <= open && !m.Possessive && NewClauseSubject(sentence, m))) return (null, false);
        if (before is null) return (after, after is not null);
        return (before, sentence.Tokens.Where(t => t.Start >= before.End && t.End <= verb.Start).All(t => words.FillsAttribution(t)));
    }

    [GeneratedRegex(@",\s*[""\u201D\u2019']\s*$")]
    private static partial Regex QuoteClosedOnComma();
}
