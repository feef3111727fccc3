using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>The shapes a quote takes besides its attribution: names of things, whole sentences, list items, label lines.</summary>
internal sealed partial class QuoteExtractor
{
    /// <summary>
    /// "Summit for Economic Well-Being", "The End of the Long Century": a phrase whose every longer word is capitalised is the
    /// name of a thing (a title, a slogan, a programme), not words someone said, whatever short words it leaves in lower case.
    /// All capitals ("HIGH STAKES") is speech; a lone short word in capitals ("CCCP") is an abbreviation, a thing's name.
    /// </summary>
    private bool NamesAThing(string quoted)
    {
        var all = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', '"', '\'', '(', ')'))
            .Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        // "The Beast", "Port with Purpose": the short words a title leaves in lower case do not make it a sentence.
        var significant = all.Where(w => !words.TitleCaseMinorWords.Contains(w.ToLowerInvariant())).ToList();
        // "CCCP", "USSR": a lone word in capitals of a few letters, with at most one vowel, is an abbreviation printed on or
        // as something; a word with more ("HUGE") is shouted speech.
        if (all.Count == 1 && all[0].Length is >= 2 and <= 6 && all[0].All(char.IsUpper) && all[0].Count(c => "AEIOUY".Contains(c)) <= 1) return true;
        return all.Count >= 2 && significant.Count >= 1 && significant.All(w => char.IsUpper(w[0])) && !quoted.Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>
    /// "and", "of the": a fragment of only the short words a title leaves in lower case says nothing; it is what lies between
    /// two quotations a writer nested in the same marks ("his approach is "Home first" and "Port first"").
    /// </summary>
    private bool OnlyMinorWords(string quoted) =>
        quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', '"', '\'', '(', ')', ';', ':')).Where(w => w.Length > 0)
            .All(w => words.TitleCaseMinorWords.Contains(w.ToLowerInvariant()));

    /// <summary>Whether the reporter's words before a quotation end on a cue that makes it a cited name ("so-called", "known as").</summary>
    private bool Designated(string preText)
    {
        var before = preText.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (before.Length == 0) return false;
        var last = before[^1].ToLowerInvariant();
        return words.DesignationCues.Contains(last) || before.Length >= 2 && words.DesignationCues.Contains(before[^2].ToLowerInvariant() + " " + last);
    }

    /// <summary>Whether the quote at <paramref name="n"/> carries on a sentence the quote before it broke off at a comma.</summary>
    private static bool CarriesOn(ParagraphText text, IReadOnlyList<QuoteSpan> quotes, int n) =>
        n > 0 && text.Original[quotes[n - 1].InnerStart..Math.Min(quotes[n - 1].InnerEnd, text.Original.Length)].TrimEnd().EndsWith(',');

    /// <summary>
    /// "Roe, speaking at the port on Monday, stated, "The ferries run."": whole sentences of speech (a capital, a closing
    /// stop) after a speech verb and a comma or colon, ending the reporter's sentence, are a full quote however far the
    /// verb stands from the name.
    /// </summary>
    private bool WholeSentencesAfterSpeechVerb(ParagraphText text, Sentence sentence, List<Token> pre, string preText, string inner, QuoteSpan q)
    {
        if (!char.IsUpper(inner[0]) || !(preText.EndsWith(',') || preText.EndsWith(':'))) return false;
        // After a colon the reporter's words need no speech verb ("he painted a bright picture: "All is well."").
        // "As the historian Ivo Marek put it, "...": the idiom attributes words as a speech verb does.
        var putIt = pre.Zip(pre.Skip(1)).Any(p => p.First.Lower == "put" && p.Second.Lower == "it");
        if (!preText.EndsWith(':') && !putIt && !pre.Any(t => !t.Capitalised && words.SpeechVerbs.Contains(t.Lower))) return false;
        var closing = inner.TrimEnd();
        var stopped = closing.Length > 0 && closing[^1] is '.' or '?' or '!'
                      || q.Close + 1 < text.Original.Length && text.Original[q.Close + 1] is '.' or '?' or '!';
        // A headline drops its stop: "Roe hails the deal: "It works for everyone"" at the end of its line is still whole.
        var endsLine = Math.Min(q.Close + 1, text.Original.Length) >= EdgesOf(text).SpaceTailStart;
        return (stopped || endsLine && preText.EndsWith(':')) && !sentence.Tokens.Any(t => t.Start > q.Close);
    }

    /// <summary>The one person named in the few words before a colon that no speech verb governs.</summary>
    private Mention? ColonLabel(Sentence sentence, List<Token> pre, IReadOnlyList<Mention> mentions, int open)
    {
        if (pre.Count == 0 || pre.Count > 8 || pre.Any(IsSpeechVerb)) return null;
        // "Quote from Roe:" names its source after a preposition; still only one person may be named.
        var named = mentions.Where(m => m.Start >= pre[0].Start && m.End <= open).ToList();
        return named.Select(m => m.Person).Distinct().Count() == 1 ? named[0] : null;
    }

    /// <summary>The marks a list item opens with: "- ", "• ", "* ", "· ".</summary>
    private static readonly char[] ListMarkers = ['-', '\u2022', '*', '\u00B7'];

    /// <summary>
    /// A paragraph that is nothing but a quote continues the previous paragraph's speaker, as wire copy does; a list item's
    /// marker before it ("- "...", "• "..."") changes nothing, and neither does a stop printed after the closing mark ("...".).
    /// </summary>
    private bool IsWholeParagraph(ParagraphText text, QuoteSpan q) =>
        q.Open <= EdgesOf(text).ListLeadEnd && (q.Close >= text.Original.Length || q.Close + 1 >= EdgesOf(text).StopTailStart);

    /// <summary>
    /// "LYON, June 3 (WNS) – "...": whether only a dateline (and spaces) stands before <paramref name="open"/>, the
    /// reporter's words being none.
    /// </summary>
    private bool AfterDateline(ParagraphText text, int open) =>
        EdgesOf(text).Dateline is > 0 and var dateline && dateline <= open && EdgesOf(text).DatelineTextStart >= open;

    // The edges of the paragraph read last, worked out once for it: asked per quote and per sentence, each was a copy of
    // the paragraph up to or after the quote, which cost the square of a paragraph made of quotes.
    private ParagraphText? _edgesOf;
    private ParagraphEdges? _edges;

    private ParagraphEdges EdgesOf(ParagraphText text)
    {
        if (_edges is null || !ReferenceEquals(_edgesOf, text))
        {
            _edges = new ParagraphEdges(text.Original);
            _edgesOf = text;
        }
        return _edges;
    }

    /// <summary>Where a paragraph's lead and tail of spaces, list markers and stops end, and its dateline (read when first asked).</summary>
    private sealed class ParagraphEdges
    {
        private readonly string _text;
        private int _dateline = -1;
        private int _datelineTextStart = -1;

        public ParagraphEdges(string text)
        {
            _text = text;
            // Spaces, list markers, spaces: the only way to read such a lead, as the sets share no character.
            var i = SkipForward(text, 0, char.IsWhiteSpace);
            i = SkipForward(text, i, c => ListMarkers.Contains(c));
            ListLeadEnd = SkipForward(text, i, char.IsWhiteSpace);
            SpaceTailStart = SkipBack(text, text.Length, char.IsWhiteSpace);
            var j = SkipBack(text, SpaceTailStart, c => c is '.' or '!' or '?');
            StopTailStart = SkipBack(text, j, char.IsWhiteSpace);
        }

        /// <summary>Before it the paragraph is only spaces and list markers ("- ", "• "): a prefix up to here holds no words.</summary>
        public int ListLeadEnd { get; }

        /// <summary>From here the paragraph is only spaces, stops (. ! ?) and spaces again.</summary>
        public int StopTailStart { get; }

        /// <summary>From here the paragraph is only white space.</summary>
        public int SpaceTailStart { get; }

        /// <summary>The length of the paragraph's dateline ("WASHINGTON (WNS) — "), or 0.</summary>
        public int Dateline => _dateline >= 0 ? _dateline : _dateline = ArticleReader.DatelineLength(_text);

        /// <summary>The first character after the dateline that is not white space.</summary>
        public int DatelineTextStart => _datelineTextStart >= 0 ? _datelineTextStart : _datelineTextStart = SkipForward(_text, Dateline, char.IsWhiteSpace);

        private static int SkipForward(string text, int i, Func<char, bool> skip)
        {
            while (i < text.Length && skip(text[i])) i++;
            return i;
        }

        private static int SkipBack(string text, int end, Func<char, bool> skip)
        {
            while (end > 0 && skip(text[end - 1])) end--;
            return end;
        }
    }

    /// <summary>
    /// "Harbour Master Ivo Marek:" alone on its line, before the paragraph of their words, as interviews print a speaker: the
    /// one person it names, when no speech verb and no quote is in it and the label is not the programme's own
    /// ("Jon Roe, Correspondent:" asks the questions; it is a credit's line).
    /// </summary>
    public Mention? SpeakerLabelLine(ParagraphText text, IReadOnlyList<Mention> mentions)
    {
        if (text.Sentences.Count != 1 || text.Quotes.Count > 0 || !text.Original.TrimEnd().EndsWith(':')) return null;
        var sentence = text.Sentences[0];
        if (sentence.Tokens.Any(t => words.ProgrammeRoles.Contains(t.Lower))) return null;
        return ColonLabel(sentence, [.. sentence.Tokens], mentions, sentence.End) is { Possessive: false } label ? label : null;
    }

    // "pollster", "host": a noun naming what a person is reads as a role word too.
    private bool IsRoleWord(Token t) => words.Titles.Contains(t.Lower) || words.TitleModifiers.Contains(t.Lower) || !t.Capitalised && words.PersonNouns.Contains(t.Lower);

    private bool IsSpeechVerb(Token t) => !t.Capitalised && words.SpeechVerbs.Contains(t.Lower);
}
