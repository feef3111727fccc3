namespace SiteGen.Ingest;

/// <summary>Where a word of a paragraph stands in its masked text, and whether a possessive "'s" or "'" followed it.</summary>
internal readonly record struct WordAt(int Start, int Length, bool Possessive)
{
    /// <summary>The length and the possessive flag in one number (the flag its lowest bit), as <see cref="ParagraphWords"/> keeps them.</summary>
    public int PackedLength => Length << 1 | (Possessive ? 1 : 0);

    public static WordAt Unpack(int start, int packedLength) => new(start, packedLength >>> 1, (packedLength & 1) != 0);
}

/// <summary>
/// The words of a paragraph, held as offsets (5 bytes a word) and made into <see cref="Token"/>s only when a rule reads
/// them: a sentence's tokens are kept while it is worked on and dropped a few sentences later (the pool keeps the last
/// few sentences' of all the paragraphs it serves). A token object and its strings per word, kept for the whole text,
/// /// held ingest's peak memory at about a hundred times a run-on seed's size; as three ints a word, the offsets were still a
/// third of what a run-on seed held (issue #23). A word's start is an int, its length and possessive flag one byte; the
/// rare word too long for that byte (over 126 characters) keeps them in a table beside.
/// </summary>
internal sealed class ParagraphWords : IReadOnlyList<Token>
{
    private const byte LongWord = byte.MaxValue;

    private readonly MaskedText _masked;
    private readonly int[] _starts;
    private readonly byte[] _lengths;
    private Dictionary<int, int>? _longLengths;
    private readonly WordPool _pool;

    /// <summary>Room for <paramref name="count"/> words of <paramref name="masked"/>, each given by <see cref="Set"/> as the paragraph is made.</summary>
    public ParagraphWords(MaskedText masked, int count, WordPool pool)
    {
        _masked = masked;
        _pool = pool;
        _starts = new int[count];
        _lengths = new byte[count];
    }

    /// <summary>Gives word <paramref name="index"/>; only while the paragraph is made (its tokeniser writes straight here, with no array of its own).</summary>
    public void Set(int index, WordAt word)
    {
        _starts[index] = word.Start;
        if (word.PackedLength < LongWord) _lengths[index] = (byte)word.PackedLength;
        else
        {
            _lengths[index] = LongWord;
            (_longLengths ??= [])[index] = word.PackedLength;
        }
    }

    public int Count => _starts.Length;

    /// <summary>Every token of the paragraph, each made when read (nothing is kept); the words are their own list of them.</summary>
    public IReadOnlyList<Token> All => this;

    Token IReadOnlyList<Token>.this[int index] => TokenAt(index);

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < _starts.Length; i++) yield return TokenAt(i);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public WordAt this[int index] => WordAt.Unpack(_starts[index], _lengths[index] == LongWord ? _longLengths![index] : _lengths[index]);

    /// <summary>The text of each word, in order, without making tokens (what counting words needs).</summary>
    public IEnumerable<string> Texts()
    {
        for (var i = 0; i < _starts.Length; i++) yield return Text(this[i]);
    }

    public Token TokenAt(int index)
    {
        var w = this[index];
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
        var (lo, hi) = (0, _starts.Length - 1);
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var at = byEnd ? this[mid].Start + this[mid].Length : _starts[mid];
            if (at == offset) return mid;
            if (at < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
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
