using SiteGen.Content;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>A quoted stretch of a paragraph: the index of its opening mark and of its closing mark (the paragraph length when never closed).</summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int InnerStart => Open + 1;
    public int InnerEnd => Close;
}

/// <summary>
/// A word of a paragraph outside quotation marks, with a possessive "'s" split off, and its lower-case form. Both strings
/// come from a <see cref="WordPool"/>, so a word repeated through a text is one string however often it occurs.
/// </summary>
internal sealed record Token(string Text, string Lower, int Start, bool Possessive)
{
    public int End => Start + Text.Length;
    public bool Capitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>A paragraph prepared for extraction: typographic quotes folded to plain ones, quoted words masked, split into sentences and words.</summary>
internal sealed partial class ParagraphText
{
    /// <summary>Stands in for every character inside quotation marks, so names and dates in quotes are not read as narration.</summary>
    public const char Mask = '\u00B7';

    /// <summary>
    /// The longest sentence read whole, in characters. Real sentences in news copy stay well under it (a long one runs to
    /// about 400); a longer run is cut into pieces of at most this length, which keeps ingest's time and memory linear.
    /// </summary>
    public const int MaxSentenceLength = 1_000;

    public ParagraphText(string text, WordLists words, WordPool? pool = null)
    {
        Original = text;
        // The text with “ ” ‘ ’ folded to " and ', character for character, so offsets match the original. Plain and Masked
        // are the original string itself when there is nothing to fold or mask; Plain is not kept, as nothing reads it
        // after this (kept, a paragraph with curly quotes held a third copy of its text).
        var plain = Fold(text);
        // Held at their count: a list grown by doubling kept up to twice the room a paragraph of quotes needs.
        _quotes = FindQuotes(plain) is { Count: > 0 } marked ? [.. marked] : [.. DashQuote(plain, words)];
        // The masked copy is made only to find the words and sentences, then let go: the rules read a view of the
        // paragraph that masks as it reads (quotes that overlap, which no rule here makes, would keep the copy).
        var masked = _quotes.Length == 0 ? plain : MaskQuotes(plain, _quotes);
        var folds = !ReferenceEquals(plain, text);
        Masked = MaskedText.CanView(_quotes) ? new MaskedText(text, _quotes, folds) : new MaskedText(masked, [], folds: false);
        Words = Tokenise(masked, Masked, words, pool ?? new WordPool());
        Sentences = Split(masked, Words, words, Quotes);
        EndsInsideQuote = _quotes.Length > 0 && _quotes[^1].Close >= plain.Length;
    }

    private readonly QuoteSpan[] _quotes;

    public string Original { get; }

    /// <summary>The text with “ ” ‘ ’ folded and every character inside quotation marks replaced by <see cref="Mask"/>, so offsets match <see cref="Original"/>.</summary>
    public MaskedText Masked { get; }

    /// <summary>The quoted stretches, in the order of their opening marks.</summary>
    public IReadOnlyList<QuoteSpan> Quotes => _quotes;

    /// <summary>
    /// The quotes that open in <paramref name="sentence"/>, found when the paragraph was split: a rule asking per sentence
    /// must not read every quote of a paragraph made of quotes (that cost the square of the paragraph). Each one given is
    /// counted in <paramref name="work"/>.
    /// </summary>
    public ArraySegment<QuoteSpan> QuotesOf(Sentence sentence, ExtractionWork? work = null)
    {
        if (work is not null) work.QuoteSpansRead += sentence.QuoteCount;
        return new ArraySegment<QuoteSpan>(_quotes, sentence.FirstQuote, sentence.QuoteCount);
    }

    /// <summary>The words outside quotes, each made into a token when read: hold a sentence's tokens, not these, where a rule reads many.</summary>
    public IReadOnlyList<Token> Tokens => Words.All;

    public ParagraphWords Words { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Whether a quotation opened in this paragraph runs on into the next one (the reporters' multi-paragraph quote).</summary>
    public bool EndsInsideQuote { get; }

    public string Slice(int start, int end) => Original[start..Math.Max(start, end)];

    public Sentence SentenceAt(int offset) => Sentences.LastOrDefault(s => s.Start <= offset) ?? Sentences[0];

    /// <summary>The text with every quotation mark folded to its plain form; the one rule in <see cref="TextFolding"/>.</summary>
    public static string Fold(string text) => TextFolding.FoldQuoteMarks(text);

    /// <summary>
    /// The quoted stretches of a folded paragraph. Double marks pair in order, whatever their direction (Swedish ” … ”,
    /// a “ used to close), and one left open runs to the paragraph's end. Single marks quote too (the house style of many
    /// outlets) where no double mark encloses them: an opening mark stands at a word's start, a closing one at a word's
    /// end, and a mark with a letter on both sides is an apostrophe ("don't", a stray ‘ in "Norway‘s").
    /// </summary>
    internal static List<QuoteSpan> FindQuotes(string plain)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < plain.Length; i++)
        {
            if (plain[i] != '"') continue;
            if (open < 0) open = i;
            else
            {
                spans.Add(new QuoteSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0) spans.Add(new QuoteSpan(open, plain.Length));
        var doubles = spans.Count;
        var single = -1;
        // The double-quoted stretches are in order and apart, so one pointer walks them with i: a search of all of them at
        // each character cost the square of a paragraph made of short quotes.
        var nextDouble = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            while (nextDouble < doubles && spans[nextDouble].Close < i) nextDouble++;
            if (nextDouble < doubles && spans[nextDouble].Open <= i)
            {
                // A single mark never pairs across a double-quoted stretch.
                single = -1;
                i = spans[nextDouble].Close;
                continue;
            }
            if (plain[i] != '\'') continue;
            var before = i > 0 ? plain[i - 1] : ' ';
            var after = i + 1 < plain.Length ? plain[i + 1] : ' ';
            if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) continue;
            if (single < 0)
            {
                if ((char.IsWhiteSpace(before) || "([{—–-/:".Contains(before)) && (char.IsLetterOrDigit(after) || after is '.' or '$' or '€' or '£')) single = i;
                continue;
            }
            if (char.IsWhiteSpace(before) || char.IsLetterOrDigit(after)) continue;
            // "the leaders' summit": a plural possessive, when a later mark can still close the quote.
            if (before == 's' && i + 2 < plain.Length && plain[i + 1] == ' ' && char.IsLower(plain[i + 2]) && plain.IndexOf('\'', i + 1) > 0) continue;
            spans.Add(new QuoteSpan(single, i));
            single = -1;
        }
        // An opening single mark that never closes quotes on into the next paragraph only when it opens the paragraph.
        if (single == 0) spans.Add(new QuoteSpan(0, plain.Length));
        spans.Sort((x, y) => x.Open.CompareTo(y.Open));
        return spans;
    }

    /// <summary>
    /// A paragraph opened by a quotation dash, as Scandinavian and French copy, among others, prints speech ("–We meet today, says
    /// Roe."): the words from the dash to the comma before the speech verb, or to the paragraph's end. A dash followed by a
    /// space quotes only when such a verb follows, since lists are printed that way too.
    /// </summary>
    private static List<QuoteSpan> DashQuote(string plain, WordLists words)
    {
        if (plain.Length < 3 || plain[0] is not ('\u2013' or '\u2014')) return [];
        var spaced = plain[1] == ' ';
        var first = spaced ? 2 : 1;
        if (first >= plain.Length || !char.IsUpper(plain[first])) return [];
        for (var comma = plain.IndexOf(", ", first, StringComparison.Ordinal); comma > 0; comma = plain.IndexOf(", ", comma + 1, StringComparison.Ordinal))
        {
            // Only the word right after the comma is read, so a paragraph of commas costs no more than its length.
            var next = WordPattern().Match(plain.Substring(comma + 2, Math.Min(24, plain.Length - comma - 2)));
            if (next.Success && next.Index == 0 && char.IsLower(next.Value[0]) && words.SpeechVerbs.Contains(next.Value)) return [new QuoteSpan(0, comma)];
        }
        return spaced ? [] : [new QuoteSpan(0, plain.Length)];
    }

    // Written into the new string in place: a copy of the characters first would hold the paragraph once more. The rule
    // is MaskedText's too; a test holds the two to the same text.
    internal static string MaskQuotes(string plain, IReadOnlyList<QuoteSpan> quotes) => string.Create(plain.Length, (plain, quotes), static (chars, state) =>
    {
        var (plain, quotes) = state;
        plain.CopyTo(chars);
        foreach (var q in quotes)
        {
            if (q.InnerEnd > q.InnerStart) chars[q.InnerStart..q.InnerEnd].Fill(Mask);
            // Keep a closing full stop, question or exclamation mark: it still ends the sentence around the quote.
            var last = q.InnerEnd - 1;
            if (last >= q.InnerStart && plain[last] is '.' or '?' or '!' or ',') chars[last] = plain[last];
        }
    });

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\p{Nd}]*(?:[-'.]\p{L}[\p{L}\p{M}\p{Nd}]*)*\.?|\p{Nd}+(?:[.,:]\p{Nd}+)*(?:st|nd|rd|th|s)?")]
    private static partial Regex WordPattern();

    private static ParagraphWords Tokenise(string masked, MaskedText view, WordLists words, WordPool pool)
    {
        // Matches are read as offsets, not Match objects: a paragraph of a million words holds its words' offsets, nothing
        // per match. They are counted first, so the offsets are made once at their size rather than grown through copies.
        var count = 0;
        foreach (var _ in WordPattern().EnumerateMatches(masked)) count++;
        var tokens = new ParagraphWords(view, count, pool);
        var n = 0;
        foreach (var m in WordPattern().EnumerateMatches(masked))
        {
            var text = masked.AsSpan(m.Index, m.Length);
            var end = m.Index + m.Length;
            // A trailing full stop belongs to the word only when the word is an abbreviation or an initial ("U.S.", "J.").
            if (text.EndsWith('.') && !IsAbbreviation(text.ToString(), words))
            {
                text = text[..^1];
                end--;
            }
            var possessive = false;
            if (text.EndsWith("'s", StringComparison.Ordinal) && text.Length > 2)
            {
                text = text[..^2];
                possessive = true;
            }
            else if (end < masked.Length && masked[end] == '\'' && text.EndsWith('s') && (end + 1 >= masked.Length || !char.IsLetter(masked[end + 1])))
            {
                possessive = true;
            }
            tokens.Set(n++, new WordAt(m.Index, text.Length, possessive));
        }
        return tokens;
    }

    private static bool IsAbbreviation(string text, WordLists words) => words.Abbreviations.Contains(text.ToLowerInvariant()) || IsInitial(text) || IsDotted(text);

    private static bool AttributionFollows(int index, IReadOnlyList<Token> tokens, WordLists words, string masked)
    {
        // "... progress." However, Roe said ...: a word that opens clauses (not a pronoun: "he asked") starts a sentence.
        if (words.ClauseStarters.Contains(tokens[index].Lower) && !words.Pronouns.Contains(tokens[index].Lower)) return false;
        for (var n = index; n < Math.Min(tokens.Count, index + 4); n++)
        {
            // "... progress." Roe stressed, "There is no deal.": a verb that opens the next quote is that quote's.
            if (!tokens[n].Capitalised && words.SpeechVerbs.Contains(tokens[n].Lower)) return !OpensQuote(masked, tokens[n].End);
            if (n > index && !tokens[n].Capitalised && tokens[n].Lower is not ("the" or "a")) return false;
        }
        return false;
    }

    /// <summary>Whether a comma or colon and an opening quotation mark follow the position (the verb introduces that quote).</summary>
    private static bool OpensQuote(string masked, int at)
    {
        var k = at;
        while (k < masked.Length && masked[k] == ' ') k++;
        if (k >= masked.Length || masked[k] is not (',' or ':')) return false;
        k++;
        while (k < masked.Length && masked[k] == ' ') k++;
        return k < masked.Length && masked[k] is '"' or '\'';
    }

    private static bool IsInitial(string text) => text.Length == 2 && char.IsUpper(text[0]);

    private static bool IsDotted(string text) => text.Length >= 4 && text.Count(c => c == '.') >= 2 && text.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1);

    private static Sentence[] Split(string masked, ParagraphWords tokens, WordLists words, IReadOnlyList<QuoteSpan> quotes)
    {
        var sentences = new List<Sentence>();
        var nextToken = 0;
        var nextQuoteOpening = 0;
        var start = 0;
        var nextQuote = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] is not ('.' or '!' or '?')) continue;
            // "... to end the war."We almost ...": a scrape that lost the space after a full stop glues the next quote's
            // opening mark to it; the quote still starts a sentence.
            while (nextQuote < quotes.Count && quotes[nextQuote].Open < i + 1) nextQuote++;
            if (nextQuote < quotes.Count && quotes[nextQuote].Open == i + 1 && i + 2 < masked.Length && masked[i + 2] == Mask && i + 1 > start
                && !(tokens.EndingAt(i + 1) >= 0 && masked[i] == '.'))
            {
                AddBounded(start, i + 1);
                start = i + 1;
                continue;
            }
            var j = i + 1;
            while (j < masked.Length && masked[j] is '"' or '\'' or ')') j++;
            if (j >= masked.Length || !char.IsWhiteSpace(masked[j])) continue;
            var k = j;
            while (k < masked.Length && char.IsWhiteSpace(masked[k])) k++;
            if (k >= masked.Length) break;
            var next = masked[k];
            if (!(char.IsUpper(next) || next is '"' or '\'' || char.IsDigit(next))) continue;
            // "Why wait?" Marsh asked. — a quote's own ? or ! (or a stray full stop) before its attribution does not end the sentence.
            if (j > i + 1 && masked[i + 1] == '"' && tokens.StartingAt(k) is >= 0 and var nextIndex && AttributionFollows(nextIndex, tokens.All, words, masked)) continue;
            // A word ending in this full stop (the stop is its own: "U.S.").
            var word = tokens.EndingAt(i + 1) >= 0 && masked[i] == '.';
            if (word)
            {
                // "U.S. President" continues; "the U.S. He said" starts a new sentence.
                var following = tokens.StartingAt(k) is >= 0 and var f ? tokens.TokenAt(f) : null;
                if (following is null || !words.SentenceStarters.Contains(following.Lower)) continue;
            }
            AddBounded(start, j);
            start = k;
            i = k - 1;
        }
        if (start < masked.Length) AddBounded(start, masked.Length);
        if (sentences.Count == 0) sentences.Add(Make(0, masked.Length));
        // Held at their count, for the whole extraction: a list kept its own object and room to grow per paragraph.
        return [.. sentences];

        // The one bound on the work ingest does: every rule reads a sentence at a time, some trying pairs of its words, so a
        // page that lost its full stops (one "sentence" of megabytes) would cost the square of its length. Past
        // MaxSentenceLength a sentence is cut at its last space before the limit (or at the limit, in a run with none).
        void AddBounded(int s, int e)
        {
            while (e - s > MaxSentenceLength)
            {
                var cut = masked.LastIndexOf(' ', s + MaxSentenceLength, MaxSentenceLength / 2);
                cut = cut > s ? cut + 1 : s + MaxSentenceLength;
                sentences.Add(Make(s, cut));
                s = cut;
            }
            sentences.Add(Make(s, e));
        }

        Sentence Make(int s, int e)
        {
            // Sentences come in order, so one pass over the words, and one over the quotes, serves them all.
            while (nextToken < tokens.Count && tokens[nextToken].Start < s) nextToken++;
            var first = nextToken;
            while (nextToken < tokens.Count && tokens[nextToken].Start + tokens[nextToken].Length <= e) nextToken++;
            while (nextQuoteOpening < quotes.Count && quotes[nextQuoteOpening].Open < s) nextQuoteOpening++;
            var firstQuote = nextQuoteOpening;
            while (nextQuoteOpening < quotes.Count && quotes[nextQuoteOpening].Open < e) nextQuoteOpening++;
            return new Sentence(s, e, tokens, first, nextToken - first, firstQuote, nextQuoteOpening - firstQuote);
        }
    }

    /// <summary>Shortens a title at a word boundary, never ending on "on", "the" or "and", and marks the cut with an ellipsis.</summary>
    public static string Shorten(string title, int max)
    {
        if (title.Length <= max) return title;
        var words = title[..Math.Min(title.Length, max)].Split(' ').ToList();
        if (words.Count > 1 && !char.IsWhiteSpace(title[Math.Min(title.Length - 1, max)])) words.RemoveAt(words.Count - 1);
        while (words.Count > 1 && WordLists.Default.TitleDanglingWords.Contains(words[^1].TrimEnd(',', ';', ':').ToLowerInvariant())) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>Collapses runs of whitespace; used for titles and comparisons. The one rule in <see cref="TextFolding"/>.</summary>
    public static string Squeeze(string text) => TextFolding.Squeeze(text);
}
