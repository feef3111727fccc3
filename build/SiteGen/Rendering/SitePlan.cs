using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// One page to render: which template, where it goes, and how to make its model as JSON (run on any thread).
/// Standalone pages (the timeline's embed) are whole documents: no layout goes around them.
/// </summary>
/// <remarks>Model takes the page's Markdown body when the page is an article's (read once, by whoever renders it), else null.</remarks>
public sealed record PageJob(string Template, string OutputPath, Func<string?, (byte[] Model, PageView View)> Model, bool Standalone = false)
{
    /// <summary>The article the page shows, whose body it needs; its paragraphs go to the search index from that body.</summary>
    public Article? Article { get; init; }
}

/// <summary>
/// Every page of a site before any is rendered: the page jobs in order, and what all pages share (the site-wide values,
/// the assets, the page models' builder). Turning a job into bytes is <see cref="SiteRenderer"/>'s; deciding which jobs
/// need rendering at all, and where the bytes go, is Publishing's.
/// </summary>
public sealed class SitePlan
{
    private SitePlan(SiteContent content, PageModelBuilder models, AssetManifest assets, TemplateSet templates, byte[] siteModel, ImmutableArray<PageJob> jobs, BuildTimings timings)
    {
        Timings = timings;
        Content = content;
        Models = models;
        Assets = assets;
        Templates = templates;
        SiteModel = siteModel;
        Jobs = jobs;
        // Site-wide values are converted once and shared read-only by every page.
        SiteScript = new ScriptObject();
        SiteScript.SetValue("site", ScriptModel.From(siteModel), readOnly: true);
        SiteScript.SetValue("t", models.Context.Strings.Script, readOnly: true);
    }

    public SiteContent Content { get; }

    /// <summary>Where this render's time is counted.</summary>
    public BuildTimings Timings { get; }

    public PageModelBuilder Models { get; }

    public AssetManifest Assets { get; }

    public TemplateSet Templates { get; }

    public SiteUrls Urls => Models.Context.Urls;

    /// <summary>Internal links are written relative to each page.</summary>
    public bool Relative => Content.Site.RelativeUrls;

    /// <summary>The site-wide values every page shows, as JSON.</summary>
    public byte[] SiteModel { get; }

    /// <summary>The site-wide values as the templates see them (<c>site</c>), shared read-only by every page.</summary>
    public ScriptObject SiteScript { get; }

    /// <summary>Every page, in the order the site lists them (the order of the results and of the sitemap).</summary>
    public ImmutableArray<PageJob> Jobs { get; }

    /// <param name="content">The loaded, checked content.</param>
    /// <param name="bodies">Where the articles' bodies come from: memory (serve) or their files again (build).</param>
    /// <param name="templates">The parsed templates and assets.</param>
    /// <param name="strings">The words of the site's language.</param>
    /// <param name="memo">What an earlier render can lend (Markdown already rendered), or null.</param>
    /// <param name="bag">Receives a free page's missing layout.</param>
    /// <param name="timings">Where this render's time is counted.</param>
    public static SitePlan Make(SiteContent content, IArticleBodies bodies, TemplateSet templates, SiteStrings strings, IRenderMemo? memo, DiagnosticBag bag, BuildTimings timings)
    {
        var assets = AssetManifest.Create(templates.Assets, content.Site.Urls);
        var models = new PageModelBuilder(content, bodies, assets, strings, memo, timings);
        var shared = models.Context;
        var urls = shared.Urls;
        var json = PageModelJsonContext.Default;
        var jobs = ImmutableArray.CreateBuilder<PageJob>();
        var siteModel = JsonSerializer.SerializeToUtf8Bytes(models.Context.Site, ScriptModel.RoundTrip(json.SiteView));

        void AddPage<T>(string template, string outputPath, Func<string?, T> model, JsonTypeInfo<T> info, Func<T, PageView> view, bool standalone = false, Article? article = null) =>
            jobs.Add(new PageJob(template, outputPath, body =>
            {
                var m = model(body);
                return (JsonSerializer.SerializeToUtf8Bytes(m, ScriptModel.RoundTrip(info)), view(m));
            }, standalone) { Article = article });
        void Add<T>(string template, string outputPath, Func<T> model, JsonTypeInfo<T> info, Func<T, PageView> view, bool standalone = false) =>
            AddPage(template, outputPath, _ => model(), info, view, standalone: standalone);

        Add("home", "index.html", models.Home.Model, json.HomeModel, m => m.Page);
        Add("timeline", urls.OutputPath(urls.Timeline), () => models.Timeline.Model(), json.TimelineModel, m => m.Page);
        // A site started from older templates has no embed template: it simply has no embed page.
        if (templates.Has(SiteRenderer.TimelineEmbedTemplate))
            Add(SiteRenderer.TimelineEmbedTemplate, urls.OutputPath(urls.TimelineEmbed), () => models.Timeline.Model(embed: true), json.TimelineModel, m => m.Page, standalone: true);
        Add("people", urls.OutputPath(urls.People), models.People.Index, json.PeopleModel, m => m.Page);
        foreach (var person in shared.PeopleInOrder)
            Add("person", urls.OutputPath(urls.Person(person.Slug)), () => models.People.Person(person), json.PersonModel, m => m.Page);
        Add("analyses", urls.OutputPath(urls.Analyses), models.Analyses.Index, json.AnalysesModel, m => m.Page);
        foreach (var analysis in shared.AnalysesInOrder)
            Add("analysis", urls.OutputPath(urls.Analysis(analysis.Slug)), () => models.Analyses.Analysis(analysis), json.AnalysisModel, m => m.Page);
        Add("articles", urls.OutputPath(urls.Articles), models.Articles.Index, json.ArticlesModel, m => m.Page);
        foreach (var article in shared.ArticlesInOrder)
            AddPage("article", urls.OutputPath(urls.Article(article.Slug)), body => models.Articles.Article(article, body!), json.ArticleModel, m => m.Page, article: article);
        foreach (var page in shared.FreePagesInOrder)
        {
            if (!templates.Has(page.Layout))
            {
                bag.Error(DiagnosticCodes.MissingTemplate, page.LayoutSpan, $"the layout '{page.Layout}' named in this page's front matter does not exist (expected templates/{page.Layout}{TemplateSet.Extension})");
                continue;
            }
            Add(page.Layout, urls.OutputPath(urls.Page(page.Slug)), () => models.FreePages.Page(page), json.FreePageModel, m => m.Page);
        }
        Add("search", urls.OutputPath(urls.Search), models.Search.Model, json.SearchModel, m => m.Page);
        Add("404", "404.html", models.FreePages.NotFound, json.NotFoundModel, m => m.Page);
        return new SitePlan(content, models, assets, templates, siteModel, jobs.ToImmutable(), timings);
    }

    /// <summary>The feed, made from the records alone (no page needed), so it can be made while the pages render.</summary>
    public OutputFile Feed() => SiteFeeds.Atom(Content.Site, Models.Feed.Entries(), Urls);

    /// <summary>Every file but the pages, the search index and the feed: sitemaps, robots.txt, host headers, assets and images.</summary>
    /// <param name="pages">The rendered pages' values, in job order, for the sitemap.</param>
    public IEnumerable<OutputFile> SiteWideFiles(IEnumerable<PageView> pages)
    {
        foreach (var file in SiteFeeds.Sitemaps([.. SitemapProjection.Entries(pages)], Urls)) yield return file;
        // Crawlers read robots.txt only at a domain's root; under a sub-path it would be a file nobody reads.
        if (Urls.BasePath == "/") yield return SiteFeeds.Robots(Urls);
    }

    /// <summary>The host headers, the fingerprinted assets and the content images: the files that follow the feed.</summary>
    public IEnumerable<OutputFile> AssetFiles()
    {
        yield return SiteFeeds.Headers(Urls, Assets.FingerprintedUrls.Concat(Content.Images.All.Select(i => Urls.Asset(i.PublishedPath))));
        foreach (var file in Assets.Files) yield return file;
        foreach (var image in Content.Images.All) yield return new OutputFile(image.PublishedPath, image.Bytes);
    }
}
