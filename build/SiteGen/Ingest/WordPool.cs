namespace SiteGen.Ingest;

/// <summary>
/// What the paragraphs of one extraction share about their words: the tokens of the last few sentences read, and one
/// string per distinct word and per distinct lower-case form. A text repeats its
/// words (a scraped page that lost its full stops may be a million of the same few), and tokens are made again each time a
/// sentence is read (<see cref="ParagraphWords"/>): the pool spares a new string each time. It holds at most
/// <see cref="MaxEntries"/> words, so a text of all different words costs no more than one without the pool. Not shared
/// between threads: each extraction has its own.
/// </summary>
internal sealed class WordPool
{
    /// <summary>Words longer than this are not pooled (nor worth it): they are rare and their own strings.</summary>
    public const int MaxPooled = 64;

    /// <summary>About a large article's vocabulary: past it, a word is its own string.</summary>
    private const int MaxEntries = 16_384;

    // The sentences most recently read, by paragraph and first word: every rule asks for the same sentence's tokens in
    // turn, and a rule may look at its neighbour, so a few are kept and the rest made again if asked for. Kept here, for
    // all the paragraphs of an extraction, not per paragraph: an article of many short paragraphs would keep them all.
    private const int Kept = 4;

    private readonly (ParagraphWords? Owner, int First, int Count, Token[] Tokens)[] _kept = new (ParagraphWords?, int, int, Token[])[Kept];
    private int _nextSlot;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tokens of a sentence read lately, or null.</summary>
    public Token[]? Recent(ParagraphWords owner, int first, int count)
    {
        foreach (var kept in _kept)
        {
            if (ReferenceEquals(kept.Owner, owner) && kept.First == first && kept.Count == count) return kept.Tokens;
        }
        return null;
    }

    /// <summary>Lets go of the sentences kept: they hold their paragraph's words, which an article done with need not keep.</summary>
    public void ForgetSentences() => Array.Clear(_kept);

    public void Remember(ParagraphWords owner, int first, int count, Token[] tokens)
    {
        _kept[_nextSlot] = (owner, first, count, tokens);
        _nextSlot = (_nextSlot + 1) % Kept;
    }

    /// <summary>The pool's string for these characters.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPooled) return word.ToString();
        if (_bySpan.TryGetValue(word, out var pooled)) return pooled;
        pooled = word.ToString();
        if (_strings.Count < MaxEntries) _strings.Add(pooled);
        return pooled;
    }

    /// <summary>The pool's string equal to <paramref name="word"/>, or <paramref name="word"/> itself (pooled, if there is room).</summary>
    public string Get(string word)
    {
        if (word.Length > MaxPooled) return word;
        if (_strings.TryGetValue(word, out var pooled)) return pooled;
        if (_strings.Count < MaxEntries) _strings.Add(word);
        return word;
    }

    /// <summary>The word in lower case (<see cref="string.ToLowerInvariant()"/>'s rule): the word itself when it has no capital.</summary>
    public string Lower(string word)
    {
        if (word.Length > MaxPooled) return word.ToLowerInvariant();
        Span<char> lower = stackalloc char[MaxPooled];
        lower = lower[..word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return lower.SequenceEqual(word) ? word : Get(lower);
    }
}
