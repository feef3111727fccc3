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
    public static ExtractReport From(Extraction extraction) => new(
        [.. extraction.Articles.Select(a => new JsonArticle(a.Seed, a.Title, a.Date?.Iso, a.Outlet, a.Url, new JsonByline(a.Reporter, a.Photo, a.Editors), a.Caption))],
        [.. extraction.People.Select(p => new JsonPerson(p.Name, p.Aliases, p.Role, p.Affiliation, p.Credit))],
        [.. extraction.Quotes.Select(q => new JsonQuote(q.Seed, q.Speaker.Name, q.Text, q.Partial, q.Paragraph, AttributionNames.Of(q.Attribution), q.Attribution != Attribution.Named))],
        [.. extraction.Events.Select(e => new JsonEvent(e.Seed, e.Date?.Iso, e.Date?.Precision.ToString().ToLowerInvariant(), e.Status.ToString().ToLowerInvariant(), e.Title, e.Paragraph, AttributionNames.Of(e.Attribution), e.Attribution != Attribution.Named))]);

    /// <summary>Serialises with the source-generated metadata (no reflection, so it works under Native AOT), keeping non-ASCII text readable.</summary>
    public string ToJson()
    {
        var options = new JsonSerializerOptions(ExtractJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ExtractJsonContext.Default,
        };
        return JsonSerializer.Serialize(this, (JsonTypeInfo<ExtractReport>)options.GetTypeInfo(typeof(ExtractReport)));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractReport))]
internal sealed partial class ExtractJsonContext : JsonSerializerContext;
