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
    public static ScriptObject From<T>(T value, JsonTypeInfo<T> typeInfo) => From(JsonSerializer.SerializeToElement(value, typeInfo));

    /// <summary>Converts a view model already serialized to JSON (the render cache compares these bytes).</summary>
    public static ScriptObject From(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    private static ScriptObject From(JsonElement element) => (ScriptObject)Convert(element, isHtml: false)!;

    private static object? Convert(JsonElement element, bool isHtml) => element.ValueKind switch
    {
        JsonValueKind.Object => ToScriptObject(element),
        JsonValueKind.Array => ToScriptArray(element),
        JsonValueKind.String when isHtml => new RawHtml(element.GetString()!),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptObject ToScriptObject(JsonElement element)
    {
        var obj = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            obj.SetValue(property.Name, Convert(property.Value, IsRaw(property.Name)), readOnly: false);
        }
        return obj;
    }

    private static bool IsRaw(string name) =>
        name.EndsWith("_html", StringComparison.Ordinal) || name.EndsWith("_json", StringComparison.Ordinal);

    private static ScriptArray ToScriptArray(JsonElement element)
    {
        var array = new ScriptArray(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) array.Add(Convert(item, isHtml: false));
        return array;
    }

}
