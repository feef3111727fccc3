using System.Collections.Immutable;
using System.Text.Json;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Every page of a site before any is rendered: the page jobs in order, and what all pages share (the site-wide values,
/// the assets, what every page model draws on). Turning a job into bytes is <see cref="SiteRenderer"/>'s; deciding which jobs
/// need rendering at all, and where the bytes go, is Publishing's.
/// </summary>
public sealed class SitePlan
{
    /// <summary>
    /// Every kind of page, in the order the site lists its pages (the order of the sitemap and of the search page's
    /// results). A new kind of page is its file in Pages/ and its line here; PageKindTests fails for a kind left out.
    /// </summary>
    internal static IPageKind[] Kinds(PageModelContext context) =>
    [
        new HomePage(context),
        new TimelinePage(context),
        new PeoplePage(context),
        new PersonPage(context),
        new AnalysesPage(context),
        new AnalysisPage(context),
        new ArticlesPage(context),
        new ArticlePage(context),
        new FreePage(context),
        new SearchPage(context),
        new NotFoundPage(context),
    ];

    private SitePlan(SiteContent content, PageModelContext context, AssetManifest assets, TemplateSet templates, byte[] siteModel, ImmutableArray<PageJob> jobs, BuildTimings timings)
    {
        Timings = timings;
        Content = content;
        Context = context;
        SearchDocuments = new SearchDocumentProjection(context);
        Assets = assets;
        Templates = templates;
        SiteModel = siteModel;
        Jobs = jobs;
        // Site-wide values are converted once and shared read-only by every page.
        SiteScript = new ScriptObject();
        SiteScript.SetValue("site", ScriptModel.From(siteModel), readOnly: true);
        SiteScript.SetValue("t", context.Strings.Script, readOnly: true);
    }

    public SiteContent Content { get; }

    /// <summary>Where this render's time is counted.</summary>
    public BuildTimings Timings { get; }

    /// <summary>What every page model draws on: records in page order, cross-links, site-wide values.</summary>
    public PageModelContext Context { get; }

    /// <summary>The full-text index's documents, a projection of the same records as the pages.</summary>
    public SearchDocumentProjection SearchDocuments { get; }

    public AssetManifest Assets { get; }

    public TemplateSet Templates { get; }

    public SiteUrls Urls => Context.Urls;

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
        var context = new PageModelContext(content, bodies, assets, strings, memo, timings);
        var siteModel = JsonSerializer.SerializeToUtf8Bytes(context.Site, ScriptModel.RoundTrip(SharedViewJsonContext.Default.SiteView));
        var jobs = new PageJobs(templates, bag);
        foreach (var kind in Kinds(context)) kind.AddPages(jobs);
        return new SitePlan(content, context, assets, templates, siteModel, jobs.ToImmutable(), timings);
    }

    /// <summary>The feed, made from the records alone (no page needed), so it can be made while the pages render.</summary>
    public OutputFile Feed() => SiteFeeds.Atom(Content.Site, new FeedProjection(Context).Entries(), Urls);

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
