using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Search;

namespace SiteGen.Rendering;

/// <summary>Turns the content model into the site's files in memory: every page through its template and the layout, plus feeds and assets.</summary>
public static class SiteRenderer
{
    public const string LayoutTemplate = "layout";
    public const string TimelineEmbedTemplate = "timeline-embed";

    /// <summary>
    /// One page to render: which template, where it goes, and how to make its model as JSON (run on any thread). For pages
    /// drawn from one record (articles), Key is that record, so an unchanged one is recognised without building its model.
    /// Standalone pages (the timeline's embed) are whole documents: no layout goes around them.
    /// </summary>
    /// <remarks>Model takes the page's Markdown body when the page is an article's (read once, by the job), else null.</remarks>
    private sealed record PageJob(string Template, string OutputPath, Func<string?, (byte[] Model, PageView View)> Model, RenderCache.PageSource? Key = null, bool Standalone = false)
    {
        /// <summary>For a build: a key over every input the page shows, and its page values without rendering, so an unchanged page is kept.</summary>
        public (UInt128 InputKey, Func<PageView> View)? Keep { get; init; }

        /// <summary>The article the page shows: its paragraphs go to the search index from the body the page reads.</summary>
        public Article? Article { get; init; }
    }

    /// <param name="content">The loaded, checked content.</param>
    /// <param name="bodies">Where the articles' bodies come from: memory (serve) or their files again (build).</param>
    /// <param name="templates">The parsed templates and assets.</param>
    /// <param name="bag">Receives template errors, each with its template line.</param>
    /// <param name="cache">What the previous render can lend (the preview server's); pages whose model did not change are reused.</param>
    /// <param name="pageRenderLimit">How long one page's templates may run before they are stopped and reported; 10 s by default.</param>
    /// <param name="sink">When given, every file goes to it as soon as it is made and none is kept: a build streams its
    /// pages to disk, so memory does not grow with the page count. The returned list is then empty.</param>
    /// <param name="sourcesKey">With a sink: a key over every source file but the articles (content/ and templates/, taken
    /// before loading), so an article page whose own file and borrowed values are unchanged is kept unrendered (see <see cref="PageIndex"/>).</param>
    /// <param name="searchIndexLater">When given, the search index is left out of the files and handed here as a function
    /// that makes it: the preview serves the new pages first (merging a large site's index takes longer than its pages).</param>
    public static ImmutableArray<OutputFile> Render(SiteContent content, IArticleBodies bodies, TemplateSet templates, DiagnosticBag bag, RenderCache? cache = null, TimeSpan? pageRenderLimit = null, IOutputSink? sink = null, UInt128? sourcesKey = null, Action<Func<ImmutableArray<OutputFile>>>? searchIndexLater = null)
    {
        var limit = pageRenderLimit ?? TimeSpan.FromSeconds(10);
        // Once one page has run out of time the build has failed: the other pages stop too, rather than each waiting out the limit.
        using var givenUp = new CancellationTokenSource();
        var assets = AssetManifest.Create(templates.Assets, content.Site.Urls);
        var models = new PageModelBuilder(content, bodies, assets, cache);
        var urls = models.Urls;
        var relative = content.Site.RelativeUrls;
        var json = PageModelJsonContext.Default;
        var jobs = new List<PageJob>();
        // Site-wide values are converted once and shared read-only by every page.
        var siteModel = JsonSerializer.SerializeToUtf8Bytes(models.Site, ScriptModel.RoundTrip(json.SiteView));
        var siteKey = sink is null || sourcesKey is null ? (UInt128?)null : SiteWideKey(content, siteModel, sourcesKey.Value);

        void AddPage<T>(string template, string outputPath, Func<string?, T> model, JsonTypeInfo<T> info, Func<T, PageView> view, RenderCache.PageSource? key = null, (UInt128, Func<PageView>)? keep = null, bool standalone = false, Article? article = null) =>
            jobs.Add(new PageJob(template, outputPath, body =>
            {
                var m = model(body);
                return (JsonSerializer.SerializeToUtf8Bytes(m, ScriptModel.RoundTrip(info)), view(m));
            }, key, standalone) { Keep = keep, Article = article });
        void Add<T>(string template, string outputPath, Func<T> model, JsonTypeInfo<T> info, Func<T, PageView> view, bool standalone = false) =>
            AddPage(template, outputPath, _ => model(), info, view, standalone: standalone);

        Add("home", "index.html", models.Home, json.HomeModel, m => m.Page);
        Add("timeline", urls.OutputPath(urls.Timeline), () => models.Timeline(), json.TimelineModel, m => m.Page);
        // A site started from older templates has no embed template: it simply has no embed page.
        if (templates.Has(TimelineEmbedTemplate))
            Add(TimelineEmbedTemplate, urls.OutputPath(urls.TimelineEmbed), () => models.Timeline(embed: true), json.TimelineModel, m => m.Page, standalone: true);
        Add("people", urls.OutputPath(urls.People), models.PeopleIndex, json.PeopleModel, m => m.Page);
        foreach (var person in models.PeopleInOrder)
            Add("person", urls.OutputPath(urls.Person(person.Slug)), () => models.Person(person), json.PersonModel, m => m.Page);
        Add("analyses", urls.OutputPath(urls.Analyses), models.AnalysesIndex, json.AnalysesModel, m => m.Page);
        foreach (var analysis in models.AnalysesInOrder)
            Add("analysis", urls.OutputPath(urls.Analysis(analysis.Slug)), () => models.Analysis(analysis), json.AnalysisModel, m => m.Page);
        Add("articles", urls.OutputPath(urls.Articles), models.ArticlesIndex, json.ArticlesModel, m => m.Page);
        var coCited = CoCitedTitles(content);
        foreach (var article in models.ArticlesInOrder)
        {
            // A cited-only page also shows which of its paragraphs other records cite: a new citation changes it.
            var borrowed = coCited.GetValueOrDefault(article.Slug, "") + (models.CitedOnly ? "\ncited:" + string.Join(',', models.CitedIn(article.Slug)) : "");
            AddPage("article", urls.OutputPath(urls.Article(article.Slug)), body => models.Article(article, body!), json.ArticleModel, m => m.Page,
                key: new RenderCache.PageSource(article, borrowed),
                keep: siteKey is { } k ? (new PageIndex.KeyBuilder().Add(k).Add(article.SourceHash).Add(borrowed).Build(), () => models.ArticlePage(article)) : null,
                article: article);
        }
        foreach (var page in models.FreePagesInOrder)
        {
            if (!templates.Has(page.Layout))
            {
                bag.Error(DiagnosticCodes.MissingTemplate, page.LayoutSpan, $"the layout '{page.Layout}' named in this page's front matter does not exist (expected templates/{page.Layout}{TemplateSet.Extension})");
                continue;
            }
            Add(page.Layout, urls.OutputPath(urls.Page(page.Slug)), () => models.FreePage(page), json.FreePageModel, m => m.Page);
        }
        Add("search", urls.OutputPath(urls.Search), models.Search, json.SearchModel, m => m.Page);
        Add("404", "404.html", models.NotFound, json.NotFoundModel, m => m.Page);

        // Besides its own record, an article page shows the people and the events (their other sources' titles are in its key).
        // A changed image changes pages whose records did not: its fingerprinted name is in their HTML.
        cache?.Begin(siteModel, templates, content.Site.BaseUrl + (relative ? " relative" : "") + " " + content.Images.Signature, [.. content.People, .. content.Events]);
        var site = new ScriptObject();
        site.SetValue("site", ScriptModel.From(siteModel), readOnly: true);

        // The search index takes each article's paragraphs from its page's job, which reads the body anyway, and the
        // rest of the records now; its document files go out as they fill. The feed needs no page: make it meanwhile.
        var search = new SearchIndex(models, urls, relative, sink, cache, deferred: searchIndexLater is not null);
        var feed = Task.Run(() => SiteFeeds.Atom(content.Site, models.FeedEntries(), urls));

        // Pages are independent: render them on every core, each with its own diagnostics, and keep the results in job order.
        BuildTimings.Mark("models");
        var results = new (OutputFile? File, PageView? View, ImmutableArray<Diagnostic> Diagnostics)[jobs.Count];
        // A streamed build keeps of each page only what the sitemap reads, and its diagnostics if any: every page's
        // JSON-LD and breadcrumbs would make memory grow with the page count.
        (OutputFile?, PageView?, ImmutableArray<Diagnostic>) Result(OutputFile? file, PageView? view, DiagnosticBag pageBag) =>
            (file, sink is null || view is null ? view : view with { CanonicalUrl = "", Breadcrumbs = [], JsonLdJson = "" }, pageBag.Count == 0 ? [] : pageBag.ToImmutable());
        var reused = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var job = jobs[i];
            var pageBag = new DiagnosticBag();
            var body = job.Article is { } read ? bodies.Read(read) : null;
            if (job.Article is { } article) search.AddParagraphs(article, body!);
            if (job.Key is not null && cache?.PageByIdentity(job.OutputPath, job.Template, job.Key) is { } same)
            {
                Interlocked.Increment(ref reused);
                results[i] = Result(new OutputFile(job.OutputPath, same.Html), same.View, pageBag);
                return;
            }
            if (job.Keep is { } keep && sink!.TryKeep(job.OutputPath, keep.InputKey))
            {
                results[i] = Result(Written, keep.View(), pageBag);
                return;
            }
            var modelStart = BuildTimings.Start();
            var (model, view) = job.Model(body);
            BuildTimings.Add(BuildStep.BuildModel, modelStart);
            if (cache?.Page(job.OutputPath, job.Template, model) is { } unchanged)
            {
                Interlocked.Increment(ref reused);
                cache.Remember(job.OutputPath, job.Template, model, unchanged, job.Key, view);
                results[i] = Result(new OutputFile(job.OutputPath, unchanged), view, pageBag);
                return;
            }
            if (givenUp.IsCancellationRequested)
            {
                results[i] = Result(null, view, pageBag);
                return;
            }
            var templateStart = BuildTimings.Start();
            var html = RenderPage(templates, job.Template, job.Standalone, site, ScriptModel.From(model), pageBag, new PageRenderTimer(limit, givenUp));
            if (html is not null && relative) html = RelativeLinks.Rewrite(html, job.OutputPath, urls);
            var bytes = html is null ? null : Encoding.UTF8.GetBytes(html);
            BuildTimings.Add(BuildStep.RunTemplates, templateStart);
            if (bytes is not null) cache?.Remember(job.OutputPath, job.Template, model, bytes, job.Key, view);
            var file = bytes is null ? null : new OutputFile(job.OutputPath, bytes);
            // A streamed page is written now and dropped; only its small view (for the sitemap) stays.
            if (file is not null && sink is not null && !pageBag.HasErrors)
            {
                var writeStart = BuildTimings.Start();
                if (job.Keep is { } keyed) sink.Write(file, keyed.InputKey);
                else sink.Write(file);
                BuildTimings.Add(BuildStep.WriteFile, writeStart);
                file = Written;
            }
            results[i] = Result(file, view, pageBag);
        });
        if (cache is not null) cache.LastCounts = (jobs.Count - reused, reused);
        BuildTimings.Mark("pages");

        var files = ImmutableArray.CreateBuilder<OutputFile>(jobs.Count + 8);
        var pages = new List<PageView>(jobs.Count);
        foreach (var (file, view, diagnostics) in results)
        {
            bag.AddRange(diagnostics);
            if (file is null) continue;
            if (!ReferenceEquals(file, Written)) files.Add(file);
            pages.Add(view!);
        }

        if (searchIndexLater is null) files.AddRange(search.Finish());
        else searchIndexLater(search.Finish);
        files.AddRange(SiteFeeds.Sitemaps([.. models.SitemapEntries(pages)], urls));
        // Crawlers read robots.txt only at a domain's root; under a sub-path it would be a file nobody reads.
        if (urls.BasePath == "/") files.Add(SiteFeeds.Robots(urls));
        files.Add(feed.Result);
        files.Add(SiteFeeds.Headers(urls, assets.FingerprintedUrls.Concat(content.Images.All.Select(i => urls.Asset(i.PublishedPath)))));
        files.AddRange(assets.Files);
        files.AddRange(content.Images.All.Select(i => new OutputFile(i.PublishedPath, i.Bytes)));
        if (sink is null) return files.ToImmutable();
        foreach (var file in files) sink.Write(file);
        BuildTimings.Mark("site-wide");
        return [];
    }

    /// <summary>
    /// Everything an article page shows besides its own file and what it borrows from records citing it: the sources
    /// but the articles, the site-wide values (base_url, assets, footer), every article's title, date and outlet (shown
    /// wherever articles are listed or cited), and the SiteGen that renders.
    /// </summary>
    private static UInt128 SiteWideKey(SiteContent content, byte[] siteModel, UInt128 sourcesKey)
    {
        var key = new PageIndex.KeyBuilder()
            .Add(sourcesKey)
            .Add(siteModel)
            .Add(PageIndex.ProgramIdentity)
            .Add(content.Site.BaseUrl)
            .Add(content.Site.RelativeUrls ? "relative" : "absolute")
            .Add(RepublishNames.All[(int)content.Site.Republish]);
        foreach (var a in content.Articles) key.Add(a.Slug).Add(a.Title).Add(a.Date?.Iso).Add(a.Outlet).Add(a.Url);
        return key.Build();
    }

    /// <summary>Stands in for a page already handed to the sink.</summary>
    private static readonly OutputFile Written = new("", []);

    /// <summary>How long a page may render, and the switch that stops every page once one has run out of time.</summary>
    private sealed record PageRenderTimer(TimeSpan Limit, CancellationTokenSource GivenUp);

    /// <summary>For each article, the titles of the articles cited beside it by an event: the only other articles its page shows.</summary>
    private static Dictionary<string, string> CoCitedTitles(SiteContent content)
    {
        var articles = content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var borrowed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in content.Events)
        {
            var cited = e.Sources.Select(s => s.Article.Slug).Distinct(StringComparer.Ordinal).ToList();
            if (cited.Count < 2) continue;
            var titles = cited.Select(slug => $"{slug}\t{articles[slug].Title}\t{articles[slug].Outlet}").ToList();
            foreach (var slug in cited) (borrowed.TryGetValue(slug, out var list) ? list : borrowed[slug] = []).AddRange(titles);
        }
        return borrowed.ToDictionary(kv => kv.Key, kv => string.Join('\n', kv.Value), StringComparer.Ordinal);
    }

    /// <summary>Renders a page template, then the layout around it; template errors become diagnostics with the template's own line.</summary>
    private static string? RenderPage(TemplateSet templates, string name, bool standalone, ScriptObject site, ScriptObject model, DiagnosticBag bag, PageRenderTimer timer)
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

    /// <summary>
    /// The site's search index as one render fills it: ids in the order <see cref="PageModelBuilder.ParagraphSearchDocuments"/> describes, with
    /// each article's paragraphs numbered from where that article's run starts, whichever thread renders its page.
    /// </summary>
    private sealed class SearchIndex
    {
        private readonly PageModelBuilder _models;
        private readonly SearchIndexBuilder _builder;
        private readonly Dictionary<Article, int> _firstParagraph = new(ReferenceEqualityComparer.Instance);
        private readonly Func<SearchDocument, SearchDocument> _linked;
        private readonly List<OutputFile> _held = [];
        private readonly RenderCache? _cache;
        // Deferred: each article's prepared paragraphs, added to the index only when it is asked for.
        private readonly ConcurrentDictionary<Article, ImmutableArray<PreparedDocument>>? _pending;
        private readonly Action _addRecords;
        private readonly Task? _records;

        /// <param name="models">The page models, whose order numbers the documents.</param>
        /// <param name="urls">The site's addresses.</param>
        /// <param name="relative">Whether results link relative to the search page.</param>
        /// <param name="sink">Where document files go as they fill; without one they are held and returned by <see cref="Finish"/>.</param>
        /// <param name="cache">The preview's: an unchanged article's paragraphs are not prepared again.</param>
        /// <param name="deferred">Only prepare documents while the pages render; merge them when <see cref="Finish"/> is called.</param>
        public SearchIndex(PageModelBuilder models, SiteUrls urls, bool relative, IOutputSink? sink, RenderCache? cache, bool deferred)
        {
            _models = models;
            _cache = cache;
            // The search page turns each entry into a link, so in relative mode its addresses are relative to that page.
            var searchPage = urls.OutputPath(urls.Search);
            _linked = relative ? d => d with { Url = RelativeLinks.Relative(d.Url, searchPage, urls) } : d => d;
            var paragraphs = 0;
            foreach (var a in models.ArticlesInOrder)
            {
                _firstParagraph[a] = paragraphs;
                paragraphs += models.PublishedParagraphs(a).Count();
            }
            _builder = new SearchIndexBuilder(sink is null ? Hold : sink.Write);
            // Records' documents follow every paragraph; they need no page, so they are indexed while the pages render.
            _addRecords = () =>
            {
                var id = paragraphs;
                foreach (var d in models.RecordSearchDocuments()) _builder.Add(id++, _linked(d));
            };
            if (deferred) _pending = new(ReferenceEqualityComparer.Instance);
            // The records' documents need no page: they are indexed while the pages render.
            else _records = Task.Run(_addRecords);
        }

        public void AddParagraphs(Article article, string body)
        {
            var id = _firstParagraph[article];
            ImmutableArray<PreparedDocument> Prepare() => [.. _models.ParagraphSearchDocuments(article, body).Select(d => _builder.Prepare(_linked(d)))];
            // Which paragraphs are published is the one thing outside the article record that its documents show.
            var documents = _cache is null ? Prepare()
                : _cache.SearchDocuments(article, _models.CitedOnly ? string.Join(',', _models.CitedIn(article.Slug)) : "", Prepare);
            if (_pending is not null) _pending[article] = documents;
            else foreach (var d in documents) _builder.Add(id++, d);
        }

        /// <summary>The manifest and term shards, then any held document files in number order.</summary>
        public ImmutableArray<OutputFile> Finish()
        {
            if (_pending is not null)
            {
                foreach (var (article, documents) in _pending)
                {
                    var id = _firstParagraph[article];
                    foreach (var d in documents) _builder.Add(id++, d);
                }
                _addRecords();
            }
            _records?.GetAwaiter().GetResult();
            return [.. _builder.Finish(), .. _held.OrderBy(f => f.Path.Length).ThenBy(f => f.Path, StringComparer.Ordinal)];
        }

        private void Hold(OutputFile file)
        {
            lock (_held) _held.Add(file);
        }
    }
}
