using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>How long a page may render, and the switch that stops every page once one has run out of time.</summary>
public sealed record PageRenderTimer(TimeSpan Limit, CancellationTokenSource GivenUp);

/// <summary>Turns one page's model into its bytes: its template, then the layout around it, then relative links if the site wants them.</summary>
public static class SiteRenderer
{
    public const string LayoutTemplate = "layout";

    /// <summary>The page's HTML as UTF-8, or null when a template failed (the reason is in <paramref name="bag"/>).</summary>
    /// <param name="plan">The site the page belongs to.</param>
    /// <param name="job">The page.</param>
    /// <param name="model">The page's model as JSON, as <see cref="PageJob.Model"/> made it.</param>
    /// <param name="bag">Receives template errors, each with its template line.</param>
    /// <param name="timer">How long the page may take, and the switch shared by every page of the render.</param>
    public static byte[]? RenderPage(SitePlan plan, PageJob job, byte[] model, DiagnosticBag bag, PageRenderTimer timer)
    {
        var start = plan.Timings.Start();
        var html = RenderTemplates(plan.Templates, job.Template, job.Standalone, plan.SiteScript, ScriptModel.From(model), bag, timer);
        if (html is not null && plan.Relative) html = RelativeLinks.Rewrite(html, job.OutputPath, plan.Urls);
        var bytes = html is null ? null : Encoding.UTF8.GetBytes(html);
        plan.Timings.Add(BuildStep.RunTemplates, start);
        return bytes;
    }

    /// <summary>Renders a page template, then the layout around it; template errors become diagnostics with the template's own line.</summary>
    private static string? RenderTemplates(TemplateSet templates, string name, bool standalone, ScriptObject site, ScriptObject model, DiagnosticBag bag, PageRenderTimer timer)
    {
        var template = templates.Get(name);
        var layout = standalone ? null : templates.Get(LayoutTemplate);
        if (template is null || (layout is null && !standalone))
        {
            var missing = template is null ? name : LayoutTemplate;
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpan.StartOf($"templates/{missing}{TemplateSet.Extension}"), $"the template '{missing}' is missing");
            return null;
        }
        var context = templates.CreateContext();
        context.PushGlobal(site);
        context.PushGlobal(model);
        using var pageTime = CancellationTokenSource.CreateLinkedTokenSource(timer.GivenUp.Token);
        pageTime.CancelAfter(timer.Limit);
        context.CancellationToken = pageTime.Token;
        try
        {
            var body = template.Render(context);
            if (layout is null) return body;
            model.SetValue("content_html", new RawHtml(body), readOnly: true);
            return layout.Render(context);
        }
        catch (ScriptAbortException ex)
        {
            // Only the page that ran out of time reports; the pages stopped because of it add nothing new.
            if (timer.GivenUp.IsCancellationRequested) return null;
            timer.GivenUp.Cancel();
            var span = context.RunningLoop?.Span ?? ex.Span;
            bag.Error(DiagnosticCodes.RenderTimeout, TemplateSet.SpanOf(span, $"templates/{name}{TemplateSet.Extension}"),
                $"rendering one page ran longer than {timer.Limit.TotalSeconds:0.###} s and was stopped here; a loop in this template may never end");
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            bag.Add(TemplateFailure(ex, $"templates/{name}{TemplateSet.Extension}"));
            return null;
        }
    }

    /// <summary>
    /// A template's error (SG2002) at its line; but Scriban wraps every .NET exception in its own, so one that SiteGen's code
    /// threw is a bug in SiteGen (SG9001), still placed at the template line that reached it.
    /// </summary>
    internal static Diagnostic TemplateFailure(ScriptRuntimeException ex, string templatePath)
    {
        var span = TemplateSet.SpanOf(ex.Span, templatePath);
        return ex.InnerException is { } inner && InternalError.ThrownBySiteGen(inner)
            ? InternalError.From(inner, "rendering a page", span)
            : new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, span, ex.OriginalMessage);
    }
}
