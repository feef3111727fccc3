using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;

namespace SiteGen.Publishing;

/// <summary>
/// Renders a site's pages on every core and hands each file on as it is made: a page the caches prove unchanged is not
/// rendered again (the preview's render cache, a build's page index), every other one goes through <see cref="SiteRenderer"/>.
/// </summary>
public static class SitePublisher
{
    /// <summary>Stands in for a page already handed to the sink.</summary>
    private static readonly OutputFile Written = new("", []);

    /// <param name="request">What to render, and for whom.</param>
    /// <param name="bag">Receives template errors, each with its template line.</param>
    public static RenderOutput Render(RenderRequest request, DiagnosticBag bag)
    {
        var (content, cache, sink) = (request.Content, request.Cache, request.Sink);
        // Once one page has run out of time the build has failed: the other pages stop too, rather than each waiting out the limit.
        using var givenUp = new CancellationTokenSource();
        var timer = new PageRenderTimer(request.PageRenderLimit, givenUp);
        var timings = request.Timings;
        var memo = (IRenderMemo?)cache ?? request.ArticleMemo;
        // The preview's first render after a restart: the build state's memo stands behind the render cache.
        var published = request.Published;
        cache?.LendFrom(published is null ? null : request.ArticleMemo);
        // The site's language picks its strings file; without a complete one no page can be written in that language.
        if (request.Templates.Strings.For(content.Site, bag) is not { } strings) return new RenderOutput([], null);
        var plan = SitePlan.Make(content, request.Bodies, request.Templates, strings, memo, bag, timings);
        var keys = new PageKeys(content, plan.Context, plan.SiteModel, sink is null && published is null ? null : request.SourcesKey);
        var jobs = plan.Jobs;
        request.ArticleMemo?.Begin(keys.SiteValues);

        // Besides its own record, an article page shows the people and the events (their other sources' titles are in its key).
        cache?.Begin(plan.SiteModel, request.Templates, keys.SiteValues, [.. content.People, .. content.Events]);

        // The search index takes each article's paragraphs from its page's job, which reads the body anyway, and the
        // rest of the records now; its document files go out as they fill. The feed needs no page: make it meanwhile.
        var search = new SiteSearchIndex(plan.Context, plan.SearchDocuments, plan.Urls, plan.Relative, sink is null ? null : sink.Write, memo, deferred: request.SearchIndexLater);
        var feed = Task.Run(plan.Feed);

        // Pages are independent: render them on every core, each with its own diagnostics, and keep the results in job order.
        timings.Mark("models");
        var results = new (OutputFile? File, PageView? View, ImmutableArray<Diagnostic> Diagnostics)[jobs.Length];
        // A streamed build keeps of each page only what the sitemap reads, and its diagnostics if any: every page's
        // JSON-LD and breadcrumbs would make memory grow with the page count.
        (OutputFile?, PageView?, ImmutableArray<Diagnostic>) Result(OutputFile? file, PageView? view, DiagnosticBag pageBag) =>
            (file, sink is null || view is null ? view : view with { CanonicalUrl = "", Breadcrumbs = [], JsonLdJson = "" }, pageBag.Count == 0 ? [] : pageBag.ToImmutable());
        var reused = 0;
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var job = jobs[i];
            var pageBag = new DiagnosticBag();
            string? body = null;
            RenderCache.PageSource? source = null;
            UInt128? inputKey = null;
            // Read only when something needs it: a kept page whose search documents the build state holds needs no body.
            string Body() => body ??= request.Bodies.Read(job.Article!);
            if (job.Article is { } article)
            {
                var borrowed = keys.Borrowed(article);
                search.AddParagraphs(article, Body, borrowed);
                source = new RenderCache.PageSource(article, borrowed);
                inputKey = keys.InputKey(article, borrowed);
            }
            if (source is not null && cache?.PageByIdentity(job.OutputPath, job.Template, source) is { } same)
            {
                Interlocked.Increment(ref reused);
                results[i] = Result(new OutputFile(job.OutputPath, same.Html), same.View, pageBag);
                return;
            }
            if (inputKey is { } known && sink is not null && sink.TryKeep(job.OutputPath, known))
            {
                results[i] = Result(Written, (job.SitemapValues ?? job.PageValues)!(), pageBag);
                return;
            }
            if (inputKey is { } built && published?.Read(job.OutputPath, built) is { } kept)
            {
                // Its model is not made: a later render that cannot prove it unchanged by identity renders it again.
                Interlocked.Increment(ref reused);
                var keptView = job.PageValues!();
                cache?.Remember(job.OutputPath, job.Template, null, kept, source, keptView);
                results[i] = Result(new OutputFile(job.OutputPath, kept), keptView, pageBag);
                return;
            }
            var modelStart = timings.Start();
            var (model, view) = job.Model(job.Article is null ? null : Body());
            timings.Add(BuildStep.BuildModel, modelStart);
            // Any other page is known by its model: a list whose members' listed fields did not change is kept unrendered.
            if (inputKey is null && keys.ModelKey(job, model) is { } modelKey)
            {
                if (sink is not null && sink.TryKeep(job.OutputPath, modelKey))
                {
                    results[i] = Result(Written, view, pageBag);
                    return;
                }
                if (published?.Read(job.OutputPath, modelKey) is { } listed)
                {
                    Interlocked.Increment(ref reused);
                    cache?.Remember(job.OutputPath, job.Template, model, listed, source, view);
                    results[i] = Result(new OutputFile(job.OutputPath, listed), view, pageBag);
                    return;
                }
                inputKey = modelKey;
            }
            if (cache?.Page(job.OutputPath, job.Template, model) is { } unchanged)
            {
                Interlocked.Increment(ref reused);
                cache.Remember(job.OutputPath, job.Template, model, unchanged, source, view);
                results[i] = Result(new OutputFile(job.OutputPath, unchanged), view, pageBag);
                return;
            }
            if (givenUp.IsCancellationRequested)
            {
                results[i] = Result(null, view, pageBag);
                return;
            }
            var bytes = SiteRenderer.RenderPage(plan, job, model, pageBag, timer);
            if (bytes is not null) cache?.Remember(job.OutputPath, job.Template, model, bytes, source, view);
            var file = bytes is null ? null : new OutputFile(job.OutputPath, bytes);
            // A streamed page is written now and dropped; only its small view (for the sitemap) stays.
            if (file is not null && sink is not null && !pageBag.HasErrors)
            {
                var writeStart = timings.Start();
                if (inputKey is { } keyed) sink.Write(file, keyed);
                else sink.Write(file);
                timings.Add(BuildStep.WriteFile, writeStart);
                file = Written;
            }
            results[i] = Result(file, view, pageBag);
        });
        if (cache is not null) cache.LastCounts = (jobs.Length - reused, reused);
        timings.Mark("pages");

        var files = ImmutableArray.CreateBuilder<OutputFile>(jobs.Length + 8);
        var pages = new List<PageView>(jobs.Length);
        foreach (var (file, view, diagnostics) in results)
        {
            bag.AddRange(diagnostics);
            if (file is null) continue;
            if (!ReferenceEquals(file, Written)) files.Add(file);
            pages.Add(view!);
        }

        Func<ImmutableArray<OutputFile>>? searchLater = null;
        if (request.SearchIndexLater) searchLater = search.Finish;
        else files.AddRange(search.Finish());
        files.AddRange(ShareCardFiles.Publish(pages, request.CardPainter, sink, cache, published, content.Site.Origin, bag));
        timings.Mark("cards");
        files.AddRange(plan.SiteWideFiles(pages));
        files.Add(feed.Result);
        files.AddRange(plan.AssetFiles());
        if (sink is null) return new RenderOutput(files.ToImmutable(), searchLater);
        foreach (var file in files) sink.Write(file);
        timings.Mark("site-wide");
        return new RenderOutput([], searchLater);
    }
}
