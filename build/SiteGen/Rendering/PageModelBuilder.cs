using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// The view records for every page, one builder per kind of page, and the projections of the same records that are not
/// pages (search documents, feed). A new kind of page is a new builder in Models/ and a property here.
/// </summary>
public sealed class PageModelBuilder
{
    /// <param name="content">The loaded content.</param>
    /// <param name="bodies">Where the articles' bodies come from (the model keeps none).</param>
    /// <param name="assets">The fingerprinted template assets.</param>
    /// <param name="strings">The words of the site's language.</param>
    /// <param name="memo">The preview's: Markdown already rendered.</param>
    /// <param name="timings">Where Markdown time is counted.</param>
    public PageModelBuilder(SiteContent content, IArticleBodies bodies, AssetManifest assets, SiteStrings strings, IRenderMemo? memo = null, BuildTimings? timings = null)
    {
        Context = new PageModelContext(content, bodies, assets, strings, memo, timings);
        Home = new HomePageModels(Context);
        Timeline = new TimelinePageModels(Context);
        People = new PeoplePageModels(Context);
        Analyses = new AnalysisPageModels(Context);
        Articles = new ArticlePageModels(Context);
        FreePages = new FreePageModels(Context);
        Search = new SearchPageModels(Context);
        SearchDocuments = new SearchDocumentProjection(Context);
        Feed = new FeedProjection(Context);
    }

    /// <summary>What every builder draws on: records in page order, cross-links, site-wide values.</summary>
    public PageModelContext Context { get; }

    public HomePageModels Home { get; }

    public TimelinePageModels Timeline { get; }

    public PeoplePageModels People { get; }

    public AnalysisPageModels Analyses { get; }

    public ArticlePageModels Articles { get; }

    public FreePageModels FreePages { get; }

    public SearchPageModels Search { get; }

    public SearchDocumentProjection SearchDocuments { get; }

    public FeedProjection Feed { get; }
}
