using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>An article page's page-level values alone (no body read, no Markdown rendered), for the sitemap of a page kept unrendered.</summary>
    public Func<PageView>? PageValues { get; init; }

    /// <summary>
    /// <see cref="PageValues"/> as a streamed build keeps them (no breadcrumbs, canonical address or JSON-LD): cheaper
    /// for the many pages it keeps unrendered. Null: the same as PageValues.
    /// </summary>
    public Func<PageView>? SitemapValues { get; init; }
}

/// <summary>
/// One kind of page (a template and the model it is given): one file in Rendering/Pages/ holds its view records, their
/// JSON metadata, how its models are made and which pages of the kind a site has. <see cref="SitePlan.Kinds"/> lists
/// every kind, in the order the site lists its pages.
/// </summary>
public interface IPageKind
{
    /// <summary>Adds this kind's pages to the plan, in the order the site lists them.</summary>
    void AddPages(PageJobs jobs);
}

/// <summary>A page's view model: every one carries its page-level values (<c>page.*</c>).</summary>
public interface IPageModel
{
    PageView Page { get; }
}

/// <summary>The page jobs of one render as the page kinds add them, with what a kind needs to decide which pages it has.</summary>
public sealed class PageJobs(TemplateSet templates, DiagnosticBag bag)
{
    private readonly ImmutableArray<PageJob>.Builder _jobs = ImmutableArray.CreateBuilder<PageJob>();

    /// <summary>The templates: a kind whose template a site lacks may leave its pages out.</summary>
    public TemplateSet Templates => templates;

    /// <summary>Receives what keeps a page from being planned (a free page's missing layout).</summary>
    public DiagnosticBag Bag => bag;

    /// <summary>Adds one page.</summary>
    /// <param name="template">The template's name, without its extension.</param>
    /// <param name="outputPath">The file under output/.</param>
    /// <param name="model">Makes the page's model (on any thread, when the page is rendered).</param>
    /// <param name="json">The model's source-generated JSON metadata (the kind's own JsonSerializerContext).</param>
    /// <param name="standalone">A whole document: no layout around it.</param>
    /// <param name="listed">Whether the sitemap lists the page.</param>
    public void Add<T>(string template, string outputPath, Func<T> model, JsonTypeInfo<T> json, bool standalone = false, bool listed = true) where T : IPageModel =>
        _jobs.Add(new PageJob(template, outputPath, _ => Serialize(model(), json, listed), standalone));

    /// <summary>Adds an article's page: its model is made from the article's Markdown body, read once by whoever renders it.</summary>
    /// <param name="article">The article, whose body the page needs.</param>
    /// <param name="template">The template's name, without its extension.</param>
    /// <param name="outputPath">The file under output/.</param>
    /// <param name="model">Makes the page's model from the body.</param>
    /// <param name="json">The model's source-generated JSON metadata.</param>
    /// <param name="pageValues">The page's page-level values alone, for a page kept unrendered.</param>
    /// <param name="sitemapValues">What a streamed build keeps of them (see <see cref="PageJob.SitemapValues"/>).</param>
    public void AddArticle<T>(Article article, string template, string outputPath, Func<string, T> model, JsonTypeInfo<T> json, Func<PageView> pageValues, Func<PageView>? sitemapValues = null) where T : IPageModel =>
        _jobs.Add(new PageJob(template, outputPath, body => Serialize(model(body!), json, listed: true)) { Article = article, PageValues = pageValues, SitemapValues = sitemapValues });

    internal ImmutableArray<PageJob> ToImmutable() => _jobs.ToImmutable();

    private static (byte[] Model, PageView View) Serialize<T>(T model, JsonTypeInfo<T> json, bool listed) where T : IPageModel =>
        (JsonSerializer.SerializeToUtf8Bytes(model, ScriptModel.RoundTrip(json)), listed ? model.Page : model.Page with { Listed = false });
}
