namespace SiteGen.Ingest;

/// <summary>
/// One string per distinct word, and per distinct lower-case form, for the paragraphs of one extraction. A text repeats its
/// words (a scraped page that lost its full stops may be a million of the same few), and tokens are made again each time a
/// sentence is read (<see cref="ParagraphWords"/>): the pool spares a new string each time. It holds at most
/// <see cref="MaxEntries"/> words, so a text of all different words costs no more than one without the pool. Not shared
/// between threads: each extraction has its own.
/// </summary>
internal sealed class WordPool
{
    /// <summary>Words longer than this are not pooled (nor worth it): they are rare and their own strings.</summary>
    private const int MaxPooled = 64;

    /// <summary>About a large article's vocabulary: past it, a word is its own string.</summary>
    private const int MaxEntries = 16_384;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string for these characters.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPooled) return word.ToString();
        if (_bySpan.TryGetValue(word, out var pooled)) return pooled;
        pooled = word.ToString();
        if (_strings.Count < MaxEntries) _strings.Add(pooled);
        return pooled;
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
