using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Serving;

/// <summary>
/// Rebuilds the site in memory for the preview server, redoing only the stages a change touches:
/// a template edit reuses the loaded content, a content edit reuses the parsed templates, the loader re-reads only
/// changed files, and only pages whose view model changed are rendered again.
/// Mirrors <see cref="SiteBuilder.Render"/> stage for stage; it never writes output/.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options)
{
    private LoadResult? _content;
    private readonly ContentCache _contentCache = new();
    private readonly RenderCache _renderCache = new();
    private (TemplateSet Templates, ImmutableArray<Diagnostic> Diagnostics)? _templates;

    public BuildOptions Options { get; } = options;

    private string DisplayRoot => Options.DisplayRoot ?? Directory.GetParent(Path.GetFullPath(Options.ContentDir))?.FullName ?? ".";

    /// <summary>What the last rebuild redid, for the console line and the benchmark.</summary>
    public string LastWork { get; private set; } = "";

    public BuildResult Rebuild(ChangeSet changes)
    {
        try
        {
            return RebuildUnguarded(changes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Forget what this rebuild half-made, so the next one starts clean; the last good site stays served.
            _content = null;
            _templates = null;
            return new BuildResult(null, [], [InternalError.From(ex, "rebuilding the site")]);
        }
    }

    private BuildResult RebuildUnguarded(ChangeSet changes)
    {
        var work = new List<string>();
        if (_content is null || changes.Content)
        {
            _content = SiteLoader.Load(Options.ContentDir, Options.IncludeDrafts, DisplayRoot, _contentCache);
            work.Add("content");
        }
        if (_templates is null || changes.Templates)
        {
            var templateBag = new DiagnosticBag();
            var templates = TemplateSet.Load(Options.TemplatesDir, DisplayRoot, templateBag);
            _templates = (templates, templateBag.ToImmutable());
            work.Add("templates");
        }
        work.Add("pages");
        LastWork = string.Join(" + ", work);

        var bag = new DiagnosticBag();
        bag.AddRange(_content.Diagnostics);
        bag.AddRange(_templates.Value.Diagnostics);
        if (bag.HasErrors) return new BuildResult(_content.Content, [], bag.ToImmutable());
        var files = SiteRenderer.Render(_content.Content, _templates.Value.Templates, bag, _renderCache, Options.PageRenderLimit);
        LastWork += $" ({_renderCache.LastCounts.Rendered} rendered, {_renderCache.LastCounts.Reused} reused)";
        return new BuildResult(_content.Content, bag.HasErrors ? [] : files, bag.ToImmutable());
    }
}
