using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes unless it is <see cref="RawHtml"/>.
/// Scriban escapes nothing by itself; escaping at the one place values reach the output means a template
/// cannot forget it, and a &lt;script&gt; in any front-matter field comes out inert.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban builds its table of builtin functions for every context unless given one: share a single read-only table,
    // whose objects are made only when a template first names them.
    public HtmlTemplateContext()
        : base(ScribanBuiltins.Shared)
    {
        // Scriban's defaults stop a loop at 1,000 iterations and silently cut any string at 1 MiB: list pages need neither limit.
        LoopLimit = int.MaxValue;
        LoopLimitQueryable = int.MaxValue;
        LimitToString = 0;
        RecursiveLimit = 100;
        // A misspelt variable or member is an error, not an empty string.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = member => member.Name;
    }

    /// <summary>
    /// Scriban checks <see cref="TemplateContext.CancellationToken"/> before each statement but not between the steps
    /// of a loop with an empty body (<c>while true; end</c>): check it there too, so a time limit stops every loop.
    /// </summary>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        RunningLoop = loop;
        if (CancellationToken.IsCancellationRequested) throw new ScriptAbortException(loop.Span, CancellationToken);
        return base.OnStepLoop(loop);
    }

    protected override void OnExitLoop(ScriptLoopStatementBase loop)
    {
        // A stopped render unwinds through every loop: keep the one it was stopped in.
        if (ReferenceEquals(RunningLoop, loop) && !CancellationToken.IsCancellationRequested) RunningLoop = null;
        base.OnExitLoop(loop);
    }

    /// <summary>
    /// The innermost loop still stepping: a stopped render is reported at its loop whichever statement noticed the
    /// time was up, so the report is the same on every run.
    /// </summary>
    public ScriptLoopStatementBase? RunningLoop { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is RawHtml raw) return Write(raw.Html);
        return Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
    }
}
