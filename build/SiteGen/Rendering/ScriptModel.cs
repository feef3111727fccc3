using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Turns typed view records into Scriban's own objects. Scriban reads .NET objects by reflection, which Native AOT
/// trims away (members silently render empty); going through System.Text.Json's source-generated metadata keeps the
/// records typed and AOT-safe. Naming rule: a member whose name ends in "_html" holds HTML SiteGen made, and one ending
/// in "_json" holds JSON that System.Text.Json wrote with its HTML-safe encoder (no raw &lt; &gt; &amp; or quotes); both are
/// written raw. Every other string is escaped on output.
/// </summary>
public static class ScriptModel
{
    public static ScriptObject From<T>(T value, JsonTypeInfo<T> typeInfo) => From(JsonSerializer.SerializeToUtf8Bytes(value, RoundTrip(typeInfo)));

    /// <summary>
    /// Options for the round trip from view record to Scriban object only: its JSON is read back at once and never
    /// published, so strings need no HTML-safe escaping. The default encoder writes every &lt; &gt; &amp; and quote of a page's
    /// HTML body as \u003C..., which cost as much again to undo (profiled: the round trip took longer than Markdig).
    /// The members' snake_case names are set here, once, so no kind of page's JSON context has to say so.
    /// </summary>
    private static readonly JsonSerializerOptions RoundTripOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One set of options per source-generated context (each kind of page has its own), made once: options cache the
    // metadata they hand out, and making them per page would build it again every time.
    private static readonly ConcurrentDictionary<IJsonTypeInfoResolver, JsonSerializerOptions> OptionsByContext = new(ReferenceEqualityComparer.Instance);

    /// <summary>The source-generated metadata for <typeparamref name="T"/> under the round trip's options.</summary>
    internal static JsonTypeInfo<T> RoundTrip<T>(JsonTypeInfo<T> typeInfo)
    {
        var context = typeInfo.OriginatingResolver ?? typeInfo.Options.TypeInfoResolver ?? throw new ArgumentException("the metadata names no resolver", nameof(typeInfo));
        var options = OptionsByContext.GetOrAdd(context, static c =>
        {
            var o = new JsonSerializerOptions(RoundTripOptions) { TypeInfoResolver = c };
            o.MakeReadOnly();
            return o;
        });
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeInfo.Type);
    }

    /// <summary>Converts a view model already serialized to JSON (the render cache compares these bytes).</summary>
    public static ScriptObject From(byte[] json)
    {
        // Read token by token: a JsonDocument would index the whole model only to be walked once.
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a view model must be a JSON object");
        return ReadObject(ref reader);
    }

    private static object? ReadValue(ref Utf8JsonReader reader, bool isHtml) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String when isHtml => new RawHtml(reader.GetString()!),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt32(out var i) ? i : reader.TryGetInt64(out var l) ? l : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    private static ScriptObject ReadObject(ref Utf8JsonReader reader)
    {
        var obj = new ScriptObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            obj.SetValue(name, ReadValue(ref reader, IsRaw(name)), readOnly: false);
        }
        return obj;
    }

    private static ScriptArray ReadArray(ref Utf8JsonReader reader)
    {
        var array = new ScriptArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Add(ReadValue(ref reader, isHtml: false));
        return array;
    }

    private static bool IsRaw(string name) =>
        name.EndsWith("_html", StringComparison.Ordinal) || name.EndsWith("_json", StringComparison.Ordinal);


}
