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
    /// </summary>
    internal static readonly JsonSerializerOptions RoundTripOptions = CreateRoundTripOptions();

    private static JsonSerializerOptions CreateRoundTripOptions()
    {
        var options = new JsonSerializerOptions(PageModelJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The source-generated metadata for <typeparamref name="T"/> under <see cref="RoundTripOptions"/>.</summary>
    internal static JsonTypeInfo<T> RoundTrip<T>(JsonTypeInfo<T> typeInfo) => (JsonTypeInfo<T>)RoundTripOptions.GetTypeInfo(typeInfo.Type);

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
