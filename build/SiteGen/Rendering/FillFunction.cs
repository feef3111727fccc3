using System.Net;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// <c>fill t.source.all { count: 12 }</c>: a string of the site's language with each {name} replaced by its value, in
/// one pass (see <see cref="SiteStrings.Fill(string, Func{string, string?})"/>). A plain string comes back plain, to be
/// escaped on output like any value; an _html string comes back as HTML with each value escaped into it.
/// </summary>
internal sealed class FillFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 2;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "text" : "values");

    public int GetParameterIndexByName(string name) => name switch { "text" => 0, "values" => 1, _ => -1 };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 2 || arguments[1] is not ScriptObject values)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "fill takes a string and its values, as in: fill t.source.all { count: site.source_count }");
        string? Value(string name, bool html) =>
            values.TryGetValue(name, out var value) && value is not null ? html ? WebUtility.HtmlEncode(context.ObjectToString(value)) : context.ObjectToString(value) : null;
        return arguments[0] switch
        {
            RawHtml raw => new RawHtml(SiteStrings.Fill(raw.Html, name => Value(name, html: true))),
            var text => SiteStrings.Fill(context.ObjectToString(text) ?? "", name => Value(name, html: false)),
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
