using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>A template's mistake is a template error at its line; a bug in SiteGen's code reached from a template is an internal error.</summary>
public sealed class TemplateFailureTests
{
    [Fact]
    public void AFailureInsideScribanAloneIsTheTemplatesError()
    {
        // A bad regular expression: Scriban's own regex.match throws a .NET exception, which Scriban wraps.
        var failure = Render("<p>\n{{ \"a\" | regex.match \"(\" }}</p>", new ScriptObject());

        var diagnostic = SiteRenderer.TemplateFailure(failure, "templates/page.scriban-html");
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(("templates/page.scriban-html", 2), (diagnostic.Span.Path, diagnostic.Span.Line));
    }

    [Fact]
    public void AnExceptionFromSiteGensOwnCodeIsAnInternalErrorAtTheTemplateLine()
    {
        // Stands in for SiteGen's functions that templates call (such as its include): this test's frames are SiteGen's too.
        var globals = new ScriptObject();
        globals.SetValue("broken", new BrokenFunction(), readOnly: true);
        var failure = Render("<p>\n\n{{ broken }}</p>", globals);

        var diagnostic = SiteRenderer.TemplateFailure(failure, "templates/page.scriban-html");
        Assert.Equal(DiagnosticCodes.InternalError, diagnostic.Code);
        Assert.Equal(3, diagnostic.Span.Line);
        Assert.Contains("IndexOutOfRangeException", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("bug in SiteGen", diagnostic.Message, StringComparison.Ordinal);
    }

    private static ScriptRuntimeException Render(string text, ScriptObject globals)
    {
        var context = new TemplateContext();
        context.PushGlobal(globals);
        return Assert.Throws<ScriptRuntimeException>(() => Template.Parse(text, "templates/page.scriban-html").Render(context));
    }

    /// <summary>A template function with a bug, called directly as SiteGen's own functions are.</summary>
    private sealed class BrokenFunction : IScriptCustomFunction
    {
        public int RequiredParameterCount => 0;
        public int ParameterCount => 0;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));

        public int GetParameterIndexByName(string name) => -1;

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            int[] none = [];
            return none[arguments.Count + 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
