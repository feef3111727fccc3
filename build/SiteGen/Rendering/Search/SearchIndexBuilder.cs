using System.Collections.Immutable;
using System.Globalization;
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
/// Manifest: <c>{"version":1,"stamp":"…","documents":N,"per_file":8,"kinds":[labels],"shards":["","c","mo",…]}</c>; shard i
/// holds the terms from shards[i] up to, not including, shards[i+1]. A term shard is <c>{"term":[df,e1,e2,…]}</c> where each
/// entry is (document id − previous id) × 4 + weight, weight bit 0 = the term occurs more than once, bit 1 = in the title.
/// A document file is <c>[[kind,title,url,text],…]</c>.
/// </remarks>
public static class SearchIndexBuilder
{
    public const string Folder = "search/";
    public const string ManifestPath = Folder + "manifest.json";
    public const int Version = 1;

    // Keeps non-ASCII letters as themselves (smaller shards) and still escapes < > & ' " so no text can read as markup.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The label of each kind, as its result group is headed.</summary>
    public static readonly ImmutableArray<string> KindLabels = ["Paragraphs", "Quotes", "Timeline", "People", "Analysis", "Source articles"];

    public static ImmutableArray<OutputFile> Build(IReadOnlyList<SearchDocument> documents, SearchIndexLimits? limits = null)
    {
        limits ??= SearchIndexLimits.Default;
        var postings = Postings(documents, limits);
        var terms = postings.Keys.Order(StringComparer.Ordinal).ToList();

        var files = new List<OutputFile>();
        var boundaries = new List<string>();
        var shard = new List<(string Term, byte[] Json)>();
        var shardBytes = 2;
        string? previous = null;
        foreach (var term in terms)
        {
            var entry = TermEntry(term, postings[term]);
            if (shard.Count > 0 && shardBytes + entry.Length + 1 > limits.TermShardBytes)
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

        for (var start = 0; start < documents.Count; start += limits.DocumentsPerFile)
            files.Add(DocumentFile(start / limits.DocumentsPerFile, documents.Skip(start).Take(limits.DocumentsPerFile), limits));

        files.Insert(0, Manifest(documents.Count, boundaries, files, limits));
        return [.. files];
    }

    /// <summary>The shard that holds <paramref name="term"/>: the last whose first term is not after it. site.js does the same.</summary>
    public static int ShardOf(IReadOnlyList<string> boundaries, string term)
    {
        var shard = 0;
        for (var i = 1; i < boundaries.Count && string.CompareOrdinal(boundaries[i], term) <= 0; i++) shard = i;
        return shard;
    }

    public static string TermShardPath(int shard) => $"{Folder}t/{shard.ToString(CultureInfo.InvariantCulture)}.json";

    public static string DocumentFilePath(int file) => $"{Folder}d/{file.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>Per term, its document frequency and (document id, weight) pairs in id order, at most PostingsPerTerm of them.</summary>
    private static Dictionary<string, (int DocumentFrequency, List<(int Id, int Weight)> Entries)> Postings(IReadOnlyList<SearchDocument> documents, SearchIndexLimits limits)
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var postings = new Dictionary<string, (int, List<(int, int)>)>(StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Count, bool InTitle)>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            var document = documents[id];
            counts.Clear();
            if (document.TitleIsSearched)
                foreach (var term in SearchText.Terms(document.Title, stems)) counts[term] = (counts.GetValueOrDefault(term).Count + 1, true);
            foreach (var term in SearchText.Terms(document.Text, stems))
            {
                var known = counts.GetValueOrDefault(term);
                counts[term] = (known.Count + 1, known.InTitle);
            }
            foreach (var (term, (count, inTitle)) in counts)
            {
                var weight = (count > 1 ? 1 : 0) | (inTitle ? 2 : 0);
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = (0, []);
                list.Item2.Add((id, weight));
            }
        }
        var result = new Dictionary<string, (int, List<(int, int)>)>(postings.Count, StringComparer.Ordinal);
        foreach (var (term, (_, entries)) in postings)
        {
            // A word in most passages says little about any of them: keep its strongest entries, so no shard outgrows a query's budget.
            var kept = entries.Count <= limits.PostingsPerTerm ? entries
                : [.. entries.OrderByDescending(e => e.Item2).ThenBy(e => e.Item1).Take(limits.PostingsPerTerm).OrderBy(e => e.Item1)];
            result[term] = (entries.Count, kept);
        }
        return result;
    }

    private static byte[] TermEntry(string term, (int DocumentFrequency, List<(int Id, int Weight)> Entries) posting)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            // Written as a one-member object, then stripped of its braces, so the term is escaped exactly as JSON needs.
            writer.WriteStartObject();
            writer.WriteStartArray(term);
            writer.WriteNumberValue(posting.DocumentFrequency);
            var last = 0;
            foreach (var (id, weight) in posting.Entries)
            {
                writer.WriteNumberValue((id - last) * 4 + weight);
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

    private static OutputFile DocumentFile(int file, IEnumerable<SearchDocument> documents, SearchIndexLimits limits)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var d in documents)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue((int)d.Kind);
                writer.WriteStringValue(d.Title);
                writer.WriteStringValue(d.Url);
                writer.WriteStringValue(Shorten(d.Text, limits.TextCharacters));
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return new OutputFile(DocumentFilePath(file), stream.ToArray());
    }

    /// <summary>Text cut at a word boundary near <paramref name="limit"/> characters, marked with an ellipsis.</summary>
    public static string Shorten(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit);
        if (cut < limit / 2) cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..cut].TrimEnd() + "…";
    }

    private static OutputFile Manifest(int documentCount, List<string> boundaries, List<OutputFile> files, SearchIndexLimits limits)
    {
        // The stamp changes whenever any shard does; site.js adds it to each shard's address so no stale copy is read.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(f.Path + "\n"));
            hash.AppendData(f.Content);
        }
        var stamp = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("stamp", stamp);
            writer.WriteNumber("documents", documentCount);
            writer.WriteNumber("per_file", limits.DocumentsPerFile);
            writer.WriteStartArray("kinds");
            foreach (var label in KindLabels) writer.WriteStringValue(label);
            writer.WriteEndArray();
            writer.WriteStartArray("shards");
            foreach (var b in boundaries) writer.WriteStringValue(b);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new OutputFile(ManifestPath, stream.ToArray());
    }
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
