using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Rendering.Search;

/// <summary>
/// Writes the full-text index as small files that site.js fetches only as a query needs them: a manifest, term shards
/// (consecutive runs of the sorted terms, each under <see cref="SearchIndexLimits.TermShardBytes"/>) and document files
/// (<see cref="SearchIndexLimits.DocumentsPerFile"/> results' titles, addresses and text each). Same documents, same bytes.
/// </summary>
/// <remarks>
/// <para>Manifest: <c>{"version":1,"stamp":"…","documents":N,"per_file":8,"kinds":[names],"shards":["","c","mo",…]}</c>; shard i
/// holds the terms from shards[i] up to, not including, shards[i+1]. A term shard is <c>{"term":[df,e1,e2,…]}</c> where each
/// entry is (document id − previous id) × 4 + weight, weight bit 0 = the term occurs more than once, bit 1 = in the title.
/// A document file is <c>[[kind,title,url,text],…]</c>.</para>
/// <para>Documents arrive in any order from the threads rendering pages, each with its id. A document file goes out as soon
/// as its documents are all in, and a term keeps only as many entries as it may publish, so a build holds neither every
/// document's text nor every posting: memory does not grow with the site beyond one entry list per term.</para>
/// </remarks>
public sealed class SearchIndexBuilder
{
    public const string Folder = "search/";
    public const string ManifestPath = Folder + "manifest.json";
    public const int Version = 1;

    // Keeps non-ASCII letters as themselves (smaller shards) and still escapes < > & ' " so no text can read as markup.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The name of each kind, in <see cref="SearchKind"/> order: the search page carries each one's label in the site's
    /// language (data-kind-NAME), so the index holds no reader-facing words.
    /// </summary>
    public static readonly ImmutableArray<string> KindNames = ["paragraph", "quote", "event", "person", "analysis", "article"];

    private readonly SearchIndexLimits _limits;
    private readonly Action<OutputFile> _emit;
    private readonly Lock _gate = new();
    // Each thread counts the postings of the documents it adds in its own table, merged once in Finish: under one shared
    // table every term of every document waited on one lock, and a build of kept pages (50,000 kept documents at 10,000
    // pages) spent its page phase queueing for it on both cores.
    private readonly ThreadLocal<Dictionary<string, TermPostings>> _threadPostings = new(() => new(StringComparer.Ordinal), trackAllValues: true);
    // Per document file, the JSON of each of its documents that has arrived; dropped once the file is out.
    private readonly Dictionary<int, byte[]?[]> _waiting = [];
    private readonly Dictionary<int, byte[]> _documentFileHashes = [];
    private int _added;
    private int _lastId = -1;
    private int _documentCount;
    // A site repeats its words so often that stemming each once per thread saves most of the work.
    [ThreadStatic] private static Dictionary<string, string>? t_stems;

    /// <param name="emit">Receives each document file as soon as it is complete (on the thread that completed it; the
    /// last, partly filled file from <see cref="Finish"/>).</param>
    /// <param name="limits">Shard and result sizes.</param>
    public SearchIndexBuilder(Action<OutputFile> emit, SearchIndexLimits? limits = null)
    {
        _limits = limits ?? SearchIndexLimits.Default;
        _emit = emit;
    }

    /// <summary>The whole index of documents given in id order, every file returned.</summary>
    public static ImmutableArray<OutputFile> Build(IReadOnlyList<SearchDocument> documents, SearchIndexLimits? limits = null)
    {
        var files = new List<OutputFile>();
        var builder = new SearchIndexBuilder(files.Add, limits);
        for (var id = 0; id < documents.Count; id++) builder.Add(id, documents[id]);
        var rest = builder.Finish();
        // The manifest first, then the term shards and the document files in number order, as a reader lists them.
        return [rest[0], .. rest.Skip(1), .. files];
    }

    /// <summary>Adds one document; safe to call from several threads, each id once.</summary>
    public void Add(int id, SearchDocument document) => Add(id, Prepare(document));

    /// <summary>Counts a document's terms and writes its result, ready to add under any id (the preview keeps these for unchanged articles).</summary>
    public PreparedDocument Prepare(SearchDocument document)
    {
        var counts = TermCounts(document, t_stems ??= new(StringComparer.Ordinal));
        var terms = new (string, int)[counts.Count];
        var i = 0;
        foreach (var (term, (count, inTitle)) in counts) terms[i++] = (term, (count > 1 ? 1 : 0) | (inTitle ? 2 : 0));
        return new PreparedDocument(terms, DocumentJson(document, _limits), _limits);
    }

    /// <summary>Adds one prepared document; safe to call from several threads, each id once.</summary>
    public void Add(int id, PreparedDocument document)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if (document.Limits != _limits) throw new ArgumentException("the document was prepared under other limits", nameof(document));
        var fileNumber = id / _limits.DocumentsPerFile;
        OutputFile? complete = null;
        lock (_gate)
        {
            if (!_waiting.TryGetValue(fileNumber, out var slots))
                _waiting[fileNumber] = slots = new byte[]?[_limits.DocumentsPerFile];
            if (slots[id % _limits.DocumentsPerFile] is not null) throw new InvalidOperationException($"search document {id} was added twice");
            slots[id % _limits.DocumentsPerFile] = document.Json;
            _added++;
            _lastId = Math.Max(_lastId, id);
            if (slots.All(s => s is not null)) complete = DocumentFileOut(fileNumber, slots!);
        }
        // Refused above when the id came before: only then are its terms counted, on this thread's table.
        var postings = _threadPostings.Value!;
        foreach (var (term, weight) in document.Terms)
        {
            if (!postings.TryGetValue(term, out var termPostings)) postings[term] = termPostings = new TermPostings();
            termPostings.Add(id, weight, _limits.PostingsPerTerm);
        }
        if (complete is not null) _emit(complete);
    }

    private OutputFile DocumentFileOut(int fileNumber, byte[][] documents)
    {
        _waiting.Remove(fileNumber);
        var file = DocumentFile(fileNumber, documents);
        _documentFileHashes[fileNumber] = FileHash(file);
        return file;
    }

    /// <summary>The manifest and the term shards, once every document is in (ids 0 to one less than their number, each once).</summary>
    public ImmutableArray<OutputFile> Finish()
    {
        if (_lastId + 1 != _added) throw new InvalidOperationException($"search documents are missing: ids go up to {_lastId} but {_added} were added");
        _documentCount = _added;
        // The last file may be part full: every other one went out as it filled.
        var rest = _documentCount % _limits.DocumentsPerFile;
        if (rest > 0) _emit(DocumentFileOut(_documentCount / _limits.DocumentsPerFile, [.. _waiting[_documentCount / _limits.DocumentsPerFile].Take(rest).Select(d => d!)]));
        var postingsByTerm = MergeThreadPostings();
        var terms = postingsByTerm.Keys.Order(StringComparer.Ordinal).ToList();
        var files = new List<OutputFile>();
        var boundaries = new List<string>();
        var shard = new List<(string Term, byte[] Json)>();
        var shardBytes = 2;
        string? previous = null;
        foreach (var term in terms)
        {
            var entry = TermEntry(term, postingsByTerm[term]);
            if (shard.Count > 0 && shardBytes + entry.Length + 1 > _limits.TermShardBytes)
            {
                files.Add(TermShard(boundaries.Count - 1, shard));
                shard.Clear();
                shardBytes = 2;
                boundaries.Add(ShortestBoundary(previous!, term));
            }
            if (boundaries.Count == 0) boundaries.Add("");
            shard.Add((term, entry));
            shardBytes += entry.Length + 1;
            previous = term;
        }
        if (boundaries.Count == 0) boundaries.Add("");
        files.Add(TermShard(boundaries.Count - 1, shard));
        files.Insert(0, Manifest(boundaries, files));
        return [.. files];
    }

    /// <summary>
    /// The threads' tables as one: a term's counts add up, and its entries are the strongest of all the threads' kept
    /// ones (each thread kept every entry that could be among its term's strongest, so the union holds them all).
    /// </summary>
    private Dictionary<string, TermPostings> MergeThreadPostings()
    {
        Dictionary<string, TermPostings>? merged = null;
        foreach (var table in _threadPostings.Values)
        {
            if (merged is null)
            {
                merged = table;
                continue;
            }
            foreach (var (term, postings) in table)
            {
                if (merged.TryGetValue(term, out var known)) known.Merge(postings, _limits.PostingsPerTerm);
                else merged[term] = postings;
            }
        }
        _threadPostings.Dispose();
        return merged ?? new Dictionary<string, TermPostings>(StringComparer.Ordinal);
    }

    /// <summary>The shard that holds <paramref name="term"/>: the last whose first term is not after it. site.js does the same.</summary>
    public static int ShardOf(IReadOnlyList<string> boundaries, string term)
    {
        var shard = 0;
        for (var i = 1; i < boundaries.Count && string.CompareOrdinal(boundaries[i], term) <= 0; i++) shard = i;
        return shard;
    }

    /// <summary>Whether a published path is one of the index's files (the search page itself, search/index.html, is not).</summary>
    public static bool IsIndexFile(string path) =>
        path == ManifestPath || path.StartsWith(Folder + "t/", StringComparison.Ordinal) || path.StartsWith(Folder + "d/", StringComparison.Ordinal);

    public static string TermShardPath(int shard) => $"{Folder}t/{shard.ToString(CultureInfo.InvariantCulture)}.json";

    public static string DocumentFilePath(int file) => $"{Folder}d/{file.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>How often each term occurs in a document, and whether in its title.</summary>
    private static Dictionary<string, (int Count, bool InTitle)> TermCounts(SearchDocument document, Dictionary<string, string> stems)
    {
        var counts = new Dictionary<string, (int Count, bool InTitle)>(StringComparer.Ordinal);
        if (document.TitleIsSearched)
            foreach (var term in SearchText.Terms(document.Title, stems)) counts[term] = (counts.GetValueOrDefault(term).Count + 1, true);
        foreach (var term in SearchText.Terms(document.Text, stems))
        {
            var known = counts.GetValueOrDefault(term);
            counts[term] = (known.Count + 1, known.InTitle);
        }
        return counts;
    }

    /// <summary>
    /// One term's document frequency and its entries, each id × 4 + weight. A word in most passages says little about any of
    /// them: past the limit it keeps its strongest entries (highest weight, then lowest id), so no shard outgrows a query's
    /// budget. Trimming as entries arrive keeps the same ones as trimming at the end, whatever order they come in: an entry
    /// dropped already had that many stronger ones.
    /// </summary>
    private sealed class TermPostings
    {
        private readonly List<int> _entries = [];
        // Once trimmed: the weakest entry kept. A later entry no stronger than it has `limit` stronger ones already and
        // could never be published, so it is counted and not kept (most of a common term's entries, as ids mostly rise).
        private int _weakestKept = -1;

        public int DocumentFrequency { get; private set; }

        public void Add(int id, int weight, int limit)
        {
            DocumentFrequency++;
            var entry = id * 4 + weight;
            if (_weakestKept >= 0 && !Stronger(entry, _weakestKept)) return;
            _entries.Add(entry);
            if (_entries.Count >= limit + Math.Max(limit / 2, 1)) Trim(limit);
        }

        /// <summary>Takes in another thread's postings of the same term.</summary>
        public void Merge(TermPostings other, int limit)
        {
            DocumentFrequency += other.DocumentFrequency;
            _entries.AddRange(other._entries);
            Trim(limit);
        }

        /// <summary>Whether an entry ranks before another: a higher weight, or the same weight and a lower id.</summary>
        private static bool Stronger(int a, int b) => (a & 3) != (b & 3) ? (a & 3) > (b & 3) : a < b;

        /// <summary>The kept entries in id order.</summary>
        public List<int> Entries(int limit)
        {
            Trim(limit);
            _entries.Sort();
            return _entries;
        }

        /// <summary>
        /// Keeps the <paramref name="limit"/> strongest entries (highest weight, then lowest id) in any order. There are only
        /// four weights: every entry above the weight where the limit falls is kept, and of that weight the lowest ids, found
        /// by sorting that weight's entries alone as plain numbers (no comparison delegate over the whole list).
        /// </summary>
        private void Trim(int limit)
        {
            if (_entries.Count <= limit) return;
            Span<int> perWeight = stackalloc int[4];
            foreach (var entry in _entries) perWeight[entry & 3]++;
            var cut = 3;
            var stronger = 0;
            while (stronger + perWeight[cut] < limit)
            {
                stronger += perWeight[cut];
                cut--;
            }
            var entries = CollectionsMarshal.AsSpan(_entries);
            var rented = System.Buffers.ArrayPool<int>.Shared.Rent(entries.Length);
            var all = rented.AsSpan(0, entries.Length);
            entries.CopyTo(all);
            var kept = 0;
            // Stronger entries first, in their order; then the cut weight's, sorted, of which the lowest fill the limit.
            foreach (var entry in all)
            {
                if ((entry & 3) > cut) entries[kept++] = entry;
            }
            var atCut = kept;
            foreach (var entry in all)
            {
                if ((entry & 3) == cut) entries[atCut++] = entry;
            }
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
            entries[kept..atCut].Sort();
            // The last one kept is the cut weight's highest id kept: the weakest.
            _weakestKept = entries[limit - 1];
            _entries.RemoveRange(limit, _entries.Count - limit);
        }
    }

    private byte[] TermEntry(string term, TermPostings posting)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            // Written as a one-member object, then stripped of its braces, so the term is escaped exactly as JSON needs.
            writer.WriteStartObject();
            writer.WriteStartArray(term);
            writer.WriteNumberValue(posting.DocumentFrequency);
            var last = 0;
            foreach (var entry in posting.Entries(_limits.PostingsPerTerm))
            {
                var id = entry / 4;
                writer.WriteNumberValue((id - last) * 4 + (entry & 3));
                last = id;
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        var bytes = stream.ToArray();
        return bytes[1..^1];
    }

    private static OutputFile TermShard(int shard, List<(string Term, byte[] Json)> entries)
    {
        var bytes = new List<byte>(entries.Sum(e => e.Json.Length + 1) + 2) { (byte)'{' };
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) bytes.Add((byte)',');
            bytes.AddRange(entries[i].Json);
        }
        bytes.Add((byte)'}');
        return new OutputFile(TermShardPath(shard), [.. bytes]);
    }

    /// <summary>The shortest start of <paramref name="first"/> that still sorts after <paramref name="previous"/>, to keep the manifest small.</summary>
    private static string ShortestBoundary(string previous, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            // Never cut a surrogate pair in two: the halves would not be valid JSON text.
            if (char.IsHighSurrogate(first[length - 1])) continue;
            var prefix = first[..length];
            if (string.CompareOrdinal(prefix, previous) > 0) return prefix;
        }
        return first;
    }

    /// <summary>One result as its document file lists it: <c>[kind,title,url,text]</c>.</summary>
    private static byte[] DocumentJson(SearchDocument d, SearchIndexLimits limits)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)d.Kind);
            writer.WriteStringValue(d.Title);
            writer.WriteStringValue(d.Url);
            writer.WriteStringValue(Shorten(d.Text, limits.TextCharacters));
            writer.WriteEndArray();
        }
        return stream.ToArray();
    }

    private static OutputFile DocumentFile(int file, byte[][] documents)
    {
        var bytes = new byte[documents.Sum(d => d.Length + 1) + 1];
        bytes[0] = (byte)'[';
        var at = 1;
        foreach (var d in documents)
        {
            if (at > 1) bytes[at++] = (byte)',';
            d.CopyTo(bytes, at);
            at += d.Length;
        }
        bytes[at] = (byte)']';
        return new OutputFile(DocumentFilePath(file), bytes);
    }

    private static byte[] FileHash(OutputFile file)
    {
        // The path, a newline and the bytes, hashed at once (one per document file: 6,250 at 10,000 pages).
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(file.Path) + 1 + file.Content.Length);
        var at = Encoding.UTF8.GetBytes(file.Path, buffer);
        buffer[at++] = (byte)'\n';
        file.Content.CopyTo(buffer, at);
        var hash = SHA256.HashData(buffer.AsSpan(0, at + file.Content.Length));
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        return hash;
    }

    /// <summary>Text cut at a word boundary near <paramref name="limit"/> characters, marked with an ellipsis.</summary>
    public static string Shorten(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit);
        if (cut < limit / 2) cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..cut].TrimEnd() + "…";
    }

    private OutputFile Manifest(List<string> boundaries, List<OutputFile> termShards)
    {
        // The stamp changes whenever any shard or document file does; site.js adds it to each shard's address so no
        // stale copy is read. The document files are long gone by now: their hashes were kept.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in termShards) hash.AppendData(FileHash(f));
        for (var file = 0; file < _documentFileHashes.Count; file++) hash.AppendData(_documentFileHashes[file]);
        var stamp = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("stamp", stamp);
            writer.WriteNumber("documents", _documentCount);
            writer.WriteNumber("per_file", _limits.DocumentsPerFile);
            writer.WriteStartArray("kinds");
            foreach (var name in KindNames) writer.WriteStringValue(name);
            writer.WriteEndArray();
            writer.WriteStartArray("shards");
            foreach (var b in boundaries) writer.WriteStringValue(b);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new OutputFile(ManifestPath, stream.ToArray());
    }
}

/// <summary>A search document with its terms counted (and weighed) and its result's JSON written.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument((string Term, int Weight)[] terms, byte[] json, SearchIndexLimits limits)
    {
        Terms = terms;
        Json = json;
        Limits = limits;
    }

    internal (string Term, int Weight)[] Terms { get; }

    internal byte[] Json { get; }

    internal SearchIndexLimits Limits { get; }
}

/// <summary>The sizes that keep one query's download small however large the site grows.</summary>
/// <param name="TermShardBytes">A term shard is cut before it would pass this size (one term alone may pass it).</param>
/// <param name="PostingsPerTerm">The most documents kept for one term; a term in more passages keeps those it weighs most in.</param>
/// <param name="DocumentsPerFile">Results per document file; site.js shows results in pages of ten.</param>
/// <param name="TextCharacters">How much of a document's text its result shows.</param>
public sealed record SearchIndexLimits(int TermShardBytes, int PostingsPerTerm, int DocumentsPerFile, int TextCharacters)
{
    public static readonly SearchIndexLimits Default = new(40_000, 5_000, 8, 400);
}
