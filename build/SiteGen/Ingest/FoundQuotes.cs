using System.Collections;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>A quote as the second pass finds it, with the article's own speaker: a value, made into a record only when read.</summary>
internal readonly record struct FoundQuote(PersonRecord Speaker, string Text, bool Partial, int Paragraph, Attribution Attribution);

/// <summary>
/// One article's quotes in the order found, 16 bytes each, held in chunks of a fixed length: a run of quotes is hundreds
/// of thousands of them, and a record per quote, made when the speakers were final and held with the extraction, was
/// the largest thing ingest held at its end (issue #23). Chunks stay under the large-object heap's threshold and are
/// never copied as the list grows. A phrase quoted again by the same person is one partial quote, so it is not kept.
/// Not shared between threads; once handed to <see cref="ExtractedQuotes"/> it is only read.
/// </summary>
internal sealed class FoundQuotes : IEnumerable<FoundQuote>
{
    private const int ChunkLength = 2048;

    // The speaker is an index into the article's few speakers, packed with the attribution and the partial flag.
    private const int SpeakerShift = 4;
    private const int AttributionMask = 0b1110;

    private readonly List<Entry[]> _chunks = [];
    private readonly List<PersonRecord> _speakers = [];
    private readonly Dictionary<PersonRecord, int> _speakerIndex = [];
    private readonly HashSet<(PersonRecord, string)> _partialsSeen = [];

    public int Count { get; private set; }

    /// <summary>Each person at least one kept quote is given to, once.</summary>
    public IReadOnlyList<PersonRecord> Speakers => _speakers;

    public FoundQuote this[int index]
    {
        get
        {
            var entry = _chunks[index / ChunkLength][index % ChunkLength];
            return new FoundQuote(_speakers[entry.Packed >>> SpeakerShift], entry.Text, (entry.Packed & 1) != 0, entry.Paragraph,
                (Attribution)((entry.Packed & AttributionMask) >> 1));
        }
    }

    public void Add(FoundQuote quote)
    {
        if (quote.Partial && !_partialsSeen.Add((quote.Speaker, quote.Text.ToLowerInvariant()))) return;
        if (!_speakerIndex.TryGetValue(quote.Speaker, out var speaker))
        {
            speaker = _speakers.Count;
            _speakers.Add(quote.Speaker);
            _speakerIndex.Add(quote.Speaker, speaker);
        }
        if ((int)quote.Attribution is < 0 or > AttributionMask >> 1) throw new ArgumentOutOfRangeException(nameof(quote), quote.Attribution, "an attribution beyond the packed range");
        if (Count % ChunkLength == 0) _chunks.Add(new Entry[ChunkLength]);
        _chunks[^1][Count % ChunkLength] = new Entry(quote.Text, quote.Paragraph, speaker << SpeakerShift | (int)quote.Attribution << 1 | (quote.Partial ? 1 : 0));
        Count++;
    }

    public IEnumerator<FoundQuote> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private readonly record struct Entry(string Text, int Paragraph, int Packed);
}

/// <summary>
/// An article's quotes, each made into a record when read: from the found quotes and the map to their final speakers, or
/// from records given whole (an editor's deletion filters them). Nothing per quote is held but the found value.
/// </summary>
[System.Runtime.CompilerServices.CollectionBuilder(typeof(ExtractedQuotes), nameof(Create))]
public sealed class ExtractedQuotes : IReadOnlyList<ExtractedQuote>
{
    private readonly ExtractedQuote[]? _records;
    private readonly FoundQuotes? _found;
    private readonly string _seed = "";
    private readonly IReadOnlyDictionary<PersonRecord, PersonRecord>? _final;

    private ExtractedQuotes(ExtractedQuote[] records) => _records = records;

    internal ExtractedQuotes(string seed, FoundQuotes found, IReadOnlyDictionary<PersonRecord, PersonRecord> final)
    {
        _seed = seed;
        _found = found;
        _final = final;
    }

    public static ExtractedQuotes Empty { get; } = new([]);

    public static ExtractedQuotes Create(ReadOnlySpan<ExtractedQuote> records) => records.IsEmpty ? Empty : new(records.ToArray());

    public int Count => _records?.Length ?? _found!.Count;

    /// <summary>The same as <see cref="Count"/>, as the array this list replaced spelled it.</summary>
    public int Length => Count;

    public ExtractedQuote this[int index]
    {
        get
        {
            if (_records is not null) return _records[index];
            var q = _found![index];
            return new ExtractedQuote(_seed, _final![q.Speaker], q.Text, q.Partial, q.Paragraph, q.Attribution);
        }
    }

    public IEnumerator<ExtractedQuote> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
