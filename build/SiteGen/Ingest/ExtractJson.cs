using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using SiteGen.Content;

namespace SiteGen.Ingest;

internal sealed record JsonByline(string? Reporter, string? Photo, IReadOnlyList<string> Editors);

internal sealed record JsonArticle(string Seed, string Title, string? Date, string? Outlet, string? Url, JsonByline Byline, string? Caption);

internal sealed record JsonPerson(string Name, IReadOnlyList<string> Aliases, string? Role, string? Affiliation, bool Credit);

internal sealed record JsonQuote(string Seed, string Speaker, string Text, bool Partial, int Paragraph, string Attribution, bool Review);

internal sealed record JsonEvent(string Seed, string? Date, string? Precision, string Status, string Title, int Paragraph, string Attribution, bool Review);

/// <summary>The shape <c>extract --json</c> prints: one object with articles, people, quotes and events.</summary>
internal sealed record ExtractReport(IReadOnlyList<JsonArticle> Articles, IReadOnlyList<JsonPerson> People, IReadOnlyList<JsonQuote> Quotes, IReadOnlyList<JsonEvent> Events)
{
    /// <remarks>
    /// The quotes and events are made as the report is written, one at a time: a run of quotes in one seed is hundreds of
    /// thousands of them, and a second record of each, held for the whole report, cost as much as the extraction's own.
    /// </remarks>
    public static ExtractReport From(Extraction extraction) => new(
        [.. extraction.Articles.Select(a => new JsonArticle(a.Seed, a.Title, a.Date?.Iso, a.Outlet, a.Url, new JsonByline(a.Reporter, a.Photo, a.Editors), a.Caption))],
        [.. extraction.People.Select(p => new JsonPerson(p.Name, p.Aliases, p.Role, p.Affiliation, p.Credit))],
        new MadeAsRead<JsonQuote>(extraction.Quotes.Select(q => new JsonQuote(q.Seed, q.Speaker.Name, q.Text, q.Partial, q.Paragraph, AttributionNames.Of(q.Attribution), q.Attribution != Attribution.Named))),
        new MadeAsRead<JsonEvent>(extraction.Events.Select(e => new JsonEvent(e.Seed, e.Date?.Iso, e.Date?.Precision.ToString().ToLowerInvariant(), e.Status.ToString().ToLowerInvariant(), e.Title, e.Paragraph, AttributionNames.Of(e.Attribution), e.Attribution != Attribution.Named))));

    /// <summary>A list whose items are made each time it is read, from a sequence that can be read again.</summary>
    private sealed class MadeAsRead<T>(IEnumerable<T> items) : IReadOnlyList<T>
    {
        public int Count => items.Count();

        public T this[int index] => items.ElementAt(index);

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Serialises with the source-generated metadata (no reflection, so it works under Native AOT), keeping non-ASCII text readable.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, TypeInfo());

    /// <summary>
    /// Writes <see cref="ToJson"/>'s text to <paramref name="writer"/> as it is made: a seed of a run of quotes gives a
    /// report several times its size, and building it as one string first held it twice over (ingest's memory, issue #23).
    /// </summary>
    public void WriteJson(TextWriter writer)
    {
        using var stream = new TextWriterStream(writer);
        JsonSerializer.Serialize(stream, this, TypeInfo());
    }

    private static JsonTypeInfo<ExtractReport> TypeInfo()
    {
        var options = new JsonSerializerOptions(ExtractJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ExtractJsonContext.Default,
        };
        return (JsonTypeInfo<ExtractReport>)options.GetTypeInfo(typeof(ExtractReport));
    }

    /// <summary>A write-only stream of UTF-8 that hands its text on to a writer (the console, or what a test put there).</summary>
    private sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
    {
        private readonly System.Text.Decoder _decoder = new System.Text.UTF8Encoding(false, true).GetDecoder();
        private readonly char[] _chars = new char[4096];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (true)
            {
                // A character split across two writes waits in the decoder for the rest of its bytes.
                _decoder.Convert(buffer, _chars, flush: false, out var used, out var made, out _);
                writer.Write(_chars, 0, made);
                buffer = buffer[used..];
                if (buffer.IsEmpty) return;
            }
        }

        public override void Flush() => writer.Flush();
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractReport))]
internal sealed partial class ExtractJsonContext : JsonSerializerContext;
