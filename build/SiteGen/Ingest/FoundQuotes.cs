using System.Collections;
using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>A quote as the second pass finds it, with the article's own speaker: a value, made into a record once its speaker is final.</summary>
internal readonly record struct FoundQuote(PersonRecord Speaker, string Text, bool Partial, int Paragraph, Attribution Attribution);

/// <summary>
/// One article's quotes in the order found, held in chunks of a fixed length: a run of quotes is hundreds of thousands of
/// them, and a record per quote made in the second pass, then copied to its final speaker, held both sets at the end
/// (issue #23). Chunks stay under the large-object heap's threshold and are never copied as the list grows.
/// </summary>
internal sealed class FoundQuotes : IEnumerable<FoundQuote>
{
    private const int ChunkLength = 1024;

    private readonly List<FoundQuote[]> _chunks = [];

    public int Count { get; private set; }

    public FoundQuote this[int index] => _chunks[index / ChunkLength][index % ChunkLength];

    public void Add(FoundQuote quote)
    {
        if (Count % ChunkLength == 0) _chunks.Add(new FoundQuote[ChunkLength]);
        _chunks[^1][Count % ChunkLength] = quote;
        Count++;
    }

    /// <summary>
    /// The article's quotes as records with their final speakers, each made once; a phrase quoted twice by one of the
    /// article's people is one partial quote.
    /// </summary>
    public ImmutableArray<ExtractedQuote> WithFinalSpeakers(string seed, IReadOnlyDictionary<PersonRecord, PersonRecord> final)
    {
        var made = ImmutableArray.CreateBuilder<ExtractedQuote>(Count);
        var seen = new HashSet<(PersonRecord, string)>();
        foreach (var q in this)
        {
            if (q.Partial && !seen.Add((q.Speaker, q.Text.ToLowerInvariant()))) continue;
            made.Add(new ExtractedQuote(seed, final[q.Speaker], q.Text, q.Partial, q.Paragraph, q.Attribution));
        }
        return made.Count == made.Capacity ? made.MoveToImmutable() : made.ToImmutable();
    }

    public IEnumerator<FoundQuote> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
