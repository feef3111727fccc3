using System.Collections.Immutable;
using SiteGen.Checking;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Rendering.Cards;

namespace SiteGen.Pipeline;

/// <summary>Where a build reads and writes, and what it includes, as the command line gives it.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutputDir)
{
    /// <summary>Only the preview server sets this: drafts never reach a published build.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides site.yaml's base_url (--base-url), so one content folder deploys to staging and production; already checked.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Overrides site.yaml's relative_urls when set (--relative-urls).</summary>
    public bool? RelativeUrls { get; init; }

    /// <summary>Replace an output folder even when it holds files SiteGen did not write (build --force).</summary>
    public bool Force { get; init; }

    /// <summary>Diagnostics name files relative to this folder; the folder above content/ when not given.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>
    /// How long one page may take to render before its template is stopped and reported (a loop that never ends).
    /// Pages take milliseconds; tests shorten it so a hanging template fails fast.
    /// </summary>
    public TimeSpan PageRenderLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>What draws the share cards no cache holds; tests count the cards a build draws with their own.</summary>
    public IShareCardPainter CardPainter { get; init; } = ShareCardPainter.Instance;
}

/// <summary>The site's folders as full paths, and the folder diagnostics name files from (never null).</summary>
public sealed record SiteFolders(string Content, string Templates, string Output, string DisplayRoot)
{
    public static SiteFolders Resolve(BuildOptions options) => new(
        Path.GetFullPath(options.ContentDir),
        Path.GetFullPath(options.TemplatesDir),
        Path.GetFullPath(options.OutputDir),
        options.DisplayRoot ?? ContentFolder.DefaultDisplayRoot(options.ContentDir));
}

/// <summary>A build's pages in memory plus every diagnostic; the files are only written when there is no error.</summary>
public sealed record BuildResult(SiteContent? Content, ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>For a build that wrote output/: what it wrote. Its files were streamed to disk, so <see cref="Files"/> is empty.</summary>
    public WriteSummary? Written { get; init; }

    /// <summary>The text of every content file that was read, by the path diagnostics name it: the checker quotes lines from here.</summary>
    public ImmutableDictionary<string, string> Sources { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>How many Markdown files of content/ this build read and parsed (the rest were unchanged since the last).</summary>
    public int FilesParsed { get; init; }

    /// <summary>The text of every template, by the path diagnostics name it: check points a template's link at its line.</summary>
    public ImmutableDictionary<string, string> TemplateSources { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// For a render asked to leave it for later (the preview): makes the search index's files, which <see cref="Files"/>
    /// then lacks. Null when the index is in <see cref="Files"/> or the render failed.
    /// </summary>
    public Func<ImmutableArray<OutputFile>>? SearchIndexLater { get; init; }
}

/// <summary>Which sources changed since the last render, so a long-lived <see cref="Site"/> redoes only what they touch.</summary>
[Flags]
public enum SourceChanges
{
    None = 0,
    Content = 1,
    Templates = 2,
    All = Content | Templates,
}

/// <summary>
/// The one place the stages are chained: load content, load templates, render pages, check them, publish them.
/// <c>build</c>, <c>check</c> and <c>serve</c> are each a few lines here, composing the same stages: build loads with
/// bodies streamed from disk and renders into a staged output folder; check and serve render into memory, serve with
/// the caches it keeps for its whole run, so a rebuild redoes only the stages a change touches.
/// </summary>
public sealed class Site
{
    private readonly Lazy<SiteFolders> _folders;
    private readonly ContentCache? _contentCache;
    private readonly RenderCache? _renderCache;
    // What the last render loaded: kept for the next one, which reloads only what changed.
    private LoadResult? _content;
    private (TemplateSet Templates, ImmutableArray<Diagnostic> Diagnostics)? _templates;
    // Whether this long-lived Site has rendered before: only its first render starts from the last build's state.
    private bool _rendered;

    /// <param name="options">Folders and settings.</param>
    /// <param name="keepCaches">Keep what each render can lend the next (the preview server); a one-off build does not need it.</param>
    public Site(BuildOptions options, bool keepCaches = false)
    {
        Options = options;
        // Resolved on first use, inside the guard of whatever uses it: a path no file system accepts is reported, not thrown.
        _folders = new Lazy<SiteFolders>(() => SiteFolders.Resolve(options));
        if (keepCaches)
        {
            _contentCache = new ContentCache();
            _renderCache = new RenderCache();
        }
    }

    public BuildOptions Options { get; }

    public SiteFolders Folders => _folders.Value;

    /// <summary>What the last render redid, for the preview server's console line and the benchmark.</summary>
    public string LastWork { get; private set; } = "";

    /// <summary>Loads and renders into memory (check, serve); bad input and SiteGen's own bugs both come back as diagnostics.</summary>
    /// <param name="changes">Which sources changed since the last render of this Site.</param>
    /// <param name="searchIndexLater">Leave the search index out, to be made by <see cref="BuildResult.SearchIndexLater"/>.</param>
    public BuildResult Render(SourceChanges changes = SourceChanges.All, bool searchIndexLater = false) => Guarded(() =>
    {
        var timings = BuildTimings.FromEnvironment();
        var work = new List<string>();
        var lastBuild = _renderCache is not null && !_rendered ? LastBuild() : default;
        if (!_rendered) timings.Mark("state");
        _rendered = true;
        if (_content is null || changes.HasFlag(SourceChanges.Content))
        {
            _content = LoadContent(streamBodies: false, timings);
            work.Add("content");
        }
        if (_templates is null || changes.HasFlag(SourceChanges.Templates))
        {
            _templates = LoadTemplates(timings);
            work.Add("templates");
        }
        work.Add("pages");
        LastWork = string.Join(" + ", work);
        var result = RenderWith(_content, _templates.Value, request => request with
        {
            Cache = _renderCache,
            SearchIndexLater = searchIndexLater,
            Timings = timings,
            Published = lastBuild.Published,
            ArticleMemo = lastBuild.Published is null ? null : lastBuild.Memo,
            SourcesKey = lastBuild.SourcesKey,
        });
        if (_renderCache is not null) LastWork += $" ({_renderCache.LastCounts.Rendered} rendered, {_renderCache.LastCounts.Reused} reused{(lastBuild.Published is { } p ? $", {p.Taken} files from the last build" : "")})";
        if (lastBuild.Warning is { } warning) result = result with { Diagnostics = result.Diagnostics.Insert(0, warning) };
        return result;
    });

    /// <summary>
    /// For the preview's first render: the build state the last <c>build</c> left beside output/, read and never written
    /// (serve never writes output/ or its state), so pages, share cards and search documents that build made from the same
    /// inputs are taken rather than made again. None when there is no state; a damaged or foreign one is ignored with
    /// SG5008 and the render is a clean one.
    /// </summary>
    private (PublishedSite? Published, ArticleMemo? Memo, UInt128? SourcesKey, Diagnostic? Warning) LastBuild()
    {
        var statePath = OutputFolder.BuildStatePath(Folders.Output);
        if (!File.Exists(statePath)) return default;
        var templatesKey = PageKeys.FolderKey(Folders.Templates, _ => false);
        // Taken before loading, as a build takes it: a file saved meanwhile changes the key, and nothing is taken.
        var sourcesKey = PageKeys.SourcesKey(Folders.Content, templatesKey);
        var state = BuildState.Read(statePath, templatesKey, Path.GetRelativePath(Folders.DisplayRoot, statePath).Replace('\\', '/'), out var warning);
        return state.Pages.Count == 0 ? (null, null, null, warning) : (new PublishedSite(Folders.Output, state.Pages), state.Articles, sourcesKey, warning);
    }

    /// <summary>The check rules' findings on a render of this site (the render's own diagnostics are not repeated).</summary>
    public ImmutableArray<Diagnostic> Check(BuildResult result, IEnumerable<ICheckRule>? rules = null) =>
        result.Content is null ? [] : SiteChecker.Check(new CheckInput(result.Content, result.Files, result.Sources, Folders.Output, Folders.DisplayRoot) { TemplateSources = result.TemplateSources }, rules);

    /// <summary>Renders, then replaces the output folder only if nothing failed, so the last good site stays in place.</summary>
    public BuildResult Build()
    {
        try
        {
            return BuildIntoOutput();
        }
        catch (Exception ex) when (WorldFailure.From(ex, "writing the site", DisplayRootSoFar) is { } failure)
        {
            // Staging is removed on the way out and output/ was never touched: the last good site stays.
            return new BuildResult(null, [], [failure]);
        }
    }

    private BuildResult BuildIntoOutput()
    {
        var guard = OutputFolder.Check(Folders.Output, [Folders.Content, Folders.Templates], Options.Force, Folders.DisplayRoot);
        if (guard is not null) return new BuildResult(null, [], [guard]);
        // Before rendering, so a failed build still repairs what a killed one left: the last good site stays.
        OutputSwap.RemoveLeftovers(Folders.Output);

        // Started before the state is read, so its reading and the staging are timed too ("state-read").
        var timings = BuildTimings.FromEnvironment();
        // What the last build kept: the article files it parsed, their search documents and its pages' keys and hashes.
        var templatesKey = PageKeys.FolderKey(Folders.Templates, _ => false);
        var statePath = OutputFolder.BuildStatePath(Folders.Output);
        var state = BuildState.Read(statePath, templatesKey, Path.GetRelativePath(Folders.DisplayRoot, statePath).Replace('\\', '/'), out var stateWarning);

        // Pages go to disk as they are rendered; the staged site is published only if nothing failed.
        using var staged = OutputFolder.Stage(Folders.Output, state.Pages, state.SparePages);
        timings.Mark("state-read");
        var published = false;
        try
        {
            // Taken before loading: a file saved during the build then changes the key, so the next build renders again.
            var sourcesKey = PageKeys.SourcesKey(Folders.Content, templatesKey);
            // Bodies are read again from their files when rendered instead of held for the whole run.
            var result = Guarded(() => RenderWith(LoadContent(streamBodies: true, timings, state.Content), LoadTemplates(timings), request => request with { Sink = staged, SourcesKey = sourcesKey, ArticleMemo = state.Articles, Timings = timings }));
            if (stateWarning is not null) result = result with { Diagnostics = result.Diagnostics.Insert(0, stateWarning) };
            if (!result.Succeeded) return result;
            // The old state describes output/ and the spare only until the swap: removed first, a kill between the swap and
            // the new state leaves no state to mislead the next build, which is then clean.
            BuildState.Delete(statePath);
            staged.Publish();
            published = true;
            timings.Mark("publish");
            // After the swap: until then the old state still describes output/ (and the spare).
            BuildState.Write(statePath, templatesKey, staged.Index, state.Pages, state.Content, state.Articles);
            timings.Mark("state");
            if (timings.Enabled) Console.Error.WriteLine($"timing   pages kept unrendered: {staged.Summary.Kept}; content files parsed: {result.FilesParsed}");
            timings.PrintSteps();
            return result with { Written = staged.Summary };
        }
        finally
        {
            // The spare, partly updated, goes back as it is: the state's index of it would be wrong.
            if (!published && staged.Touched) BuildState.Delete(statePath);
        }
    }

    private LoadResult LoadContent(bool streamBodies, BuildTimings timings, ContentCache? buildCache = null)
    {
        var loaded = SiteLoader.Load(Folders.Content, Options.IncludeDrafts, Folders.DisplayRoot, streamBodies ? buildCache : _contentCache, new SiteOverrides(Options.BaseUrl, Options.RelativeUrls), streamBodies, ContentChecks.All, timings);
        timings.Mark("load");
        return loaded;
    }

    private (TemplateSet Templates, ImmutableArray<Diagnostic> Diagnostics) LoadTemplates(BuildTimings timings)
    {
        var bag = new DiagnosticBag();
        var templates = TemplateSet.Load(Folders.Templates, Folders.DisplayRoot, bag);
        timings.Mark("templates");
        return (templates, bag.ToImmutable());
    }

    /// <summary>Renders loaded content through loaded templates, as <paramref name="stage"/> shapes the request; nothing renders after a load error.</summary>
    private BuildResult RenderWith(LoadResult loaded, (TemplateSet Templates, ImmutableArray<Diagnostic> Diagnostics) templates, Func<RenderRequest, RenderRequest> stage)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        bag.AddRange(templates.Diagnostics);
        var content = loaded.Content;
        if (bag.HasErrors) return new BuildResult(content, [], bag.ToImmutable()) { Sources = loaded.Sources, FilesParsed = loaded.FilesParsed };
        var output = SitePublisher.Render(stage(new RenderRequest(content, loaded.Bodies, templates.Templates) { PageRenderLimit = Options.PageRenderLimit, CardPainter = Options.CardPainter }), bag);
        return new BuildResult(content, bag.HasErrors ? [] : output.Files, bag.ToImmutable())
        {
            Sources = loaded.Sources,
            FilesParsed = loaded.FilesParsed,
            TemplateSources = templates.Templates.Sources,
            SearchIndexLater = bag.HasErrors ? null : output.SearchIndexLater,
        };
    }

    /// <summary>Runs a stage chain; a file changed under a build (SG5850) and SiteGen's own bugs come back as diagnostics.</summary>
    private BuildResult Guarded(Func<BuildResult> run)
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (Unwrap(ex) is ContentChangedException changed)
        {
            _content = null;
            return new BuildResult(null, [], [changed.Diagnostic]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Forget what this render half-made, so the next one starts clean; a preview keeps serving its last good site.
            _content = null;
            _templates = null;
            return new BuildResult(null, [], [WorldFailure.From(ex, "building the site", DisplayRootSoFar) ?? InternalError.From(ex, "building the site")]);
        }
    }

    /// <summary>Where paths are shown from, without resolving the folders again: that may be what failed.</summary>
    private string? DisplayRootSoFar => _folders.IsValueCreated ? Folders.DisplayRoot : Options.DisplayRoot;

    private static Exception Unwrap(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } aggregate) ex = aggregate.InnerExceptions[0];
        return ex;
    }
}
