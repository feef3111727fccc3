using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Where a build reads and writes, and what it includes.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutputDir)
{
    /// <summary>Only the preview server sets this: drafts never reach a published build.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Replace an output folder even when it holds files SiteGen did not write (build --force).</summary>
    public bool Force { get; init; }

    /// <summary>Diagnostics name files relative to this folder; the repository root by default.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>
    /// How long one page may take to render before its template is stopped and reported (a loop that never ends).
    /// Pages take milliseconds; tests shorten it so a hanging template fails fast.
    /// </summary>
    public TimeSpan PageRenderLimit { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>A build's pages in memory plus every diagnostic; the files are only written when there is no error.</summary>
public sealed record BuildResult(SiteContent? Content, ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>For a build that wrote output/: what it wrote. Its files were streamed to disk, so <see cref="Files"/> is empty.</summary>
    public WriteSummary? Written { get; init; }
}

/// <summary>Runs the stages in order: load content, render pages, and (for a real build) swap them into the output folder.</summary>
public static class SiteBuilder
{
    /// <summary>Loads and renders without writing anything (used by check and serve).</summary>
    public static BuildResult Render(BuildOptions options) => RenderInto(options, sink: null);

    private static BuildResult RenderInto(BuildOptions options, IOutputSink? sink)
    {
        try
        {
            return RenderUnguarded(options, sink);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Bad input is reported as diagnostics on the way; anything that still escapes is SiteGen's own bug.
            return new BuildResult(null, [], [InternalError.From(ex, "building the site")]);
        }
    }

    private static BuildResult RenderUnguarded(BuildOptions options, IOutputSink? sink)
    {
        var displayRoot = options.DisplayRoot ?? Directory.GetParent(Path.GetFullPath(options.ContentDir))?.FullName;
        var loaded = SiteLoader.Load(options.ContentDir, options.IncludeDrafts, displayRoot);
        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDir, displayRoot ?? options.TemplatesDir, bag);
        if (bag.HasErrors) return new BuildResult(loaded.Content, [], bag.ToImmutable());

        var files = SiteRenderer.Render(loaded.Content, templates, bag, pageRenderLimit: options.PageRenderLimit, sink: sink);
        return new BuildResult(loaded.Content, bag.HasErrors ? [] : files, bag.ToImmutable());
    }

    /// <summary>Renders, then replaces the output folder only if nothing failed, so the last good site stays in place.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var displayRoot = options.DisplayRoot ?? Directory.GetParent(Path.GetFullPath(options.ContentDir))?.FullName ?? ".";
        var guard = OutputWriter.CheckOutputFolder(options, displayRoot);
        if (guard is not null) return new BuildResult(null, [], [guard]);
        // Before rendering, so a failed build still repairs what a killed one left: the last good site stays.
        OutputWriter.RemoveLeftovers(options.OutputDir);

        // Pages go to disk as they are rendered; the staged site is published only if nothing failed.
        using var staged = OutputWriter.Stage(options.OutputDir);
        var result = RenderInto(options, staged);
        if (!result.Succeeded) return result;
        staged.Publish();
        return result with { Written = staged.Summary };
    }
}
