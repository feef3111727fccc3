using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Scriban's built-in objects (<c>array</c>, <c>string</c>, <c>date</c>, ...), each made the first time a template names
/// it. Scriban's own <see cref="BuiltinFunctions"/> imports every function of every object through reflection up front,
/// which was about a tenth of a cold build of a small site whose templates call two of them (<c>array.size</c>,
/// <c>array.join</c>). The names and objects are Scriban's, so a template sees no difference.
/// </summary>
internal sealed class ScribanBuiltins : ScriptObject
{
    // Scriban's list (BuiltinFunctions.DefaultBuiltins): BuiltinsDiffer in the tests fails if a Scriban update changes it.
    private static readonly Dictionary<string, Lazy<object>> Objects = new(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["include"] = new(() => new IncludeFunction()),
        ["include_join"] = new(() => new IncludeJoinFunction()),
        ["date"] = new(() => new DateTimeFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() => new MathFunctions()),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    };

    /// <summary>The names a template can use, as Scriban's own table has them.</summary>
    internal static IReadOnlyCollection<string> Names => Objects.Keys;

    /// <summary>One table for every context: it is read-only, and each object is made once (Lazy is thread-safe).</summary>
    public static readonly ScribanBuiltins Shared = new();

    private ScribanBuiltins()
    {
    }

    public override bool TryGetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object value)
    {
        if (Objects.TryGetValue(member, out var made))
        {
            value = made.Value;
            return true;
        }
        var found = base.TryGetValue(context, span, member, out var own);
        value = own!;
        return found;
    }

    public override bool Contains(string member) => Objects.ContainsKey(member) || base.Contains(member);

    // Read-only, as Scriban's own table marks each of them.
    public override bool CanWrite(string member) => !Objects.ContainsKey(member) && base.CanWrite(member);

    public override bool TrySetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, object? value, bool readOnly) =>
        !Objects.ContainsKey(member) && base.TrySetValue(context, span, member, value, readOnly);
}
