using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Turns the content model into the site's files in memory: every page through its template and the layout, plus feeds and assets.</summary>
public static class SiteRenderer
{
    public const string LayoutTemplate = "layout";

    /// <summary>One page to render: which template, where it goes, and how to make its model (run on any thread).</summary>
    private sealed record PageJob(string Template, string OutputPath, Func<(ScriptObject Model, PageView View)> Model);

    public static ImmutableArray<OutputFile> Render(SiteContent content, TemplateSet templates, DiagnosticBag bag)
    {
        var assets = AssetManifest.Create(templates.Assets, content.Site.BasePath);
        var models = new PageModelBuilder(content, assets);
        var urls = models.Urls;
        var json = PageModelJsonContext.Default;
        var jobs = new List<PageJob>();

        void Add<T>(string template, string outputPath, Func<T> model, JsonTypeInfo<T> info, Func<T, PageView> view) =>
            jobs.Add(new PageJob(template, outputPath, () =>
            {
                var m = model();
                return (ScriptModel.From(m, info), view(m));
            }));

        Add("home", "index.html", models.Home, json.HomeModel, m => m.Page);
        Add("timeline", urls.OutputPath(urls.Timeline), models.Timeline, json.TimelineModel, m => m.Page);
        Add("people", urls.OutputPath(urls.People), models.PeopleIndex, json.PeopleModel, m => m.Page);
        foreach (var person in models.PeopleInOrder)
            Add("person", urls.OutputPath(urls.Person(person.Slug)), () => models.Person(person), json.PersonModel, m => m.Page);
        Add("analyses", urls.OutputPath(urls.Analyses), models.AnalysesIndex, json.AnalysesModel, m => m.Page);
        foreach (var analysis in models.AnalysesInOrder)
            Add("analysis", urls.OutputPath(urls.Analysis(analysis.Slug)), () => models.Analysis(analysis), json.AnalysisModel, m => m.Page);
        Add("articles", urls.OutputPath(urls.Articles), models.ArticlesIndex, json.ArticlesModel, m => m.Page);
        foreach (var article in models.ArticlesInOrder)
            Add("article", urls.OutputPath(urls.Article(article.Slug)), () => models.Article(article), json.ArticleModel, m => m.Page);
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

        // Site-wide values are converted once and shared read-only by every page.
        var site = new ScriptObject();
        site.SetValue("site", ScriptModel.From(models.Site, json.SiteView), readOnly: true);

        // Pages are independent: render them on every core, each with its own diagnostics, and keep the results in job order.
        var results = new (OutputFile? File, PageView? View, DiagnosticBag Bag)[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var pageBag = new DiagnosticBag();
            var (model, view) = jobs[i].Model();
            var html = RenderPage(templates, jobs[i].Template, site, model, pageBag);
            results[i] = (html is null ? null : new OutputFile(jobs[i].OutputPath, Encoding.UTF8.GetBytes(html)), view, pageBag);
        });

        var files = ImmutableArray.CreateBuilder<OutputFile>(jobs.Count + 8);
        var pages = new List<PageView>(jobs.Count);
        foreach (var (file, view, pageBag) in results)
        {
            bag.AddRange(pageBag.ToImmutable());
            if (file is null) continue;
            files.Add(file);
            pages.Add(view!);
        }

        files.Add(new OutputFile("search-index.json", JsonSerializer.SerializeToUtf8Bytes(models.SearchEntries().ToList(), json.IReadOnlyListSearchEntry)));
        files.Add(SiteFeeds.Sitemap(models.SitemapEntries(pages), urls));
        files.Add(SiteFeeds.Robots(urls));
        files.Add(SiteFeeds.Atom(content.Site, models.FeedEntries(), urls));
        files.AddRange(assets.Files);
        return files.ToImmutable();
    }

    /// <summary>Renders a page template, then the layout around it; template errors become diagnostics with the template's own line.</summary>
    private static string? RenderPage(TemplateSet templates, string name, ScriptObject site, ScriptObject model, DiagnosticBag bag)
    {
        var template = templates.Get(name);
        var layout = templates.Get(LayoutTemplate);
        if (template is null || layout is null)
        {
            var missing = template is null ? name : LayoutTemplate;
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpan.StartOf($"templates/{missing}{TemplateSet.Extension}"), $"the template '{missing}' is missing");
            return null;
        }
        var context = templates.CreateContext();
        context.PushGlobal(site);
        context.PushGlobal(model);
        try
        {
            var body = template.Render(context);
            model.SetValue("content_html", new RawHtml(body), readOnly: true);
            return layout.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            bag.Error(DiagnosticCodes.TemplateRuntime, TemplateSet.SpanOf(ex.Span, $"templates/{name}{TemplateSet.Extension}"), ex.OriginalMessage);
            return null;
        }
    }
}
