namespace SiteGen.Ingest;

/// <summary>Where a word of a paragraph stands in its masked text, and whether a possessive "'s" or "'" followed it.</summary>
/// <remarks>
/// Eight bytes: the length and the possessive flag share an int. A paragraph holds one per word for the whole extraction,
/// and as three ints they were a third of a run-on seed's held data (issue #23).
/// </remarks>
internal readonly struct WordAt(int start, int length, bool possessive)
{
    private readonly int _lengthAndPossessive = length << 1 | (possessive ? 1 : 0);

    public int Start { get; } = start;

    public int Length => _lengthAndPossessive >>> 1;

    public bool Possessive => (_lengthAndPossessive & 1) != 0;
}

/// <summary>
/// The words of a paragraph, held as offsets (8 bytes a word) and made into <see cref="Token"/>s only when a rule reads
/// them: a sentence's tokens are kept while it is worked on and dropped a few sentences later (the pool keeps the last
/// few sentences' of all the paragraphs it serves). A token object and its strings per word, kept for the whole text,
/// held ingest's peak memory at about a hundred times a run-on seed's size; now a paragraph's offsets cost about one and a half times
/// its size in UTF-8.
/// </summary>
internal sealed class ParagraphWords
{
    private readonly MaskedText _masked;
    private readonly WordAt[] _words;
    private readonly WordPool _pool;

    public ParagraphWords(MaskedText masked, WordAt[] words, WordPool pool)
    {
        _masked = masked;
        _words = words;
        _pool = pool;
        All = new TokenView(this);
    }

    public int Count => _words.Length;

    /// <summary>Every token of the paragraph, each made when read.</summary>
    public IReadOnlyList<Token> All { get; }

    public WordAt this[int index] => _words[index];

    /// <summary>The text of each word, in order, without making tokens (what counting words needs).</summary>
    public IEnumerable<string> Texts()
    {
        for (var i = 0; i < _words.Length; i++) yield return Text(_words[i]);
    }

    public Token TokenAt(int index)
    {
        var w = _words[index];
        var text = Text(w);
        return new Token(text, _pool.Lower(text), w.Start, w.Possessive);
    }

    /// <summary>The pool's string for a word: a short one is read into a buffer on the stack, so nothing is made for a word the pool has.</summary>
    private string Text(WordAt w)
    {
        if (w.Length > WordPool.MaxPooled) return _masked.Slice(w.Start, w.Length);
        Span<char> chars = stackalloc char[WordPool.MaxPooled];
        chars = chars[..w.Length];
        _masked.CopyTo(w.Start, chars);
        return _pool.Get(chars);
    }

    /// <summary>The tokens of words first to first + count - 1 (a sentence's), made once while they are among the last few asked for.</summary>
    public IReadOnlyList<Token> Range(int first, int count)
    {
        if (_pool.Recent(this, first, count) is { } kept) return kept;
        var tokens = new Token[count];
        for (var i = 0; i < count; i++) tokens[i] = TokenAt(first + i);
        _pool.Remember(this, first, count, tokens);
        return tokens;
    }

    // Words are in order and never overlap, so both their starts and their ends ascend: a binary search finds the word at
    // an offset without an index of every word (a long paragraph must not cost a scan per full stop, nor a table per word).
    public int StartingAt(int offset) => Search(offset, byEnd: false);

    public int EndingAt(int offset) => Search(offset, byEnd: true);

    private int Search(int offset, bool byEnd)
    {
        var (lo, hi) = (0, _words.Length - 1);
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var at = byEnd ? _words[mid].Start + _words[mid].Length : _words[mid].Start;
            if (at == offset) return mid;
            if (at < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The paragraph's tokens as a list whose items are made when read (nothing is kept).</summary>
    private sealed class TokenView(ParagraphWords words) : IReadOnlyList<Token>
    {
        public Token this[int index] => words.TokenAt(index);

        public int Count => words.Count;

        public IEnumerator<Token> GetEnumerator()
        {
            for (var i = 0; i < words.Count; i++) yield return words.TokenAt(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// One sentence of a paragraph as character offsets, with its words outside quotes (made when first read) and the index
/// and count of the paragraph's quotes that open in it.
/// </summary>
internal sealed class Sentence(int start, int end, ParagraphWords words, int firstWord, int wordCount, int firstQuote = 0, int quoteCount = 0)
{
    public int Start => start;

    public int End => end;

    public int FirstQuote => firstQuote;

    public int QuoteCount => quoteCount;

    public IReadOnlyList<Token> Tokens => words.Range(firstWord, wordCount);
}
