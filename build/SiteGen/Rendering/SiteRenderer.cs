using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Turns the content model into the site's files in memory: every page through its template and the layout, plus the assets.</summary>
public static class SiteRenderer
{
    public const string LayoutTemplate = "layout";

    public static ImmutableArray<OutputFile> Render(SiteContent content, TemplateSet templates, DiagnosticBag bag)
    {
        var assets = AssetManifest.Create(templates.Assets, content.Site.BasePath);
        var models = new PageModelBuilder(content, assets);
        var urls = models.Urls;
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var pages = new List<PageView>();
        var context = PageModelJsonContext.Default;

        void Page<T>(string template, string outputPath, T model, JsonTypeInfo<T> info, PageView view)
        {
            var html = RenderPage(templates, template, ScriptModel.From(model, info), bag);
            if (html is null) return;
            files.Add(new OutputFile(outputPath, Encoding.UTF8.GetBytes(html)));
            pages.Add(view);
        }

        var home = models.Home();
        Page("home", "index.html", home, context.HomeModel, home.Page);
        var timeline = models.Timeline();
        Page("timeline", urls.OutputPath(urls.Timeline), timeline, context.TimelineModel, timeline.Page);
        var people = models.PeopleIndex();
        Page("people", urls.OutputPath(urls.People), people, context.PeopleModel, people.Page);
        foreach (var person in models.People()) Page("person", urls.OutputPath(person.Page.Url), person, context.PersonModel, person.Page);
        var analyses = models.AnalysesIndex();
        Page("analyses", urls.OutputPath(urls.Analyses), analyses, context.AnalysesModel, analyses.Page);
        foreach (var analysis in models.Analyses()) Page("analysis", urls.OutputPath(analysis.Page.Url), analysis, context.AnalysisModel, analysis.Page);
        var articles = models.ArticlesIndex();
        Page("articles", urls.OutputPath(urls.Articles), articles, context.ArticlesModel, articles.Page);
        foreach (var article in models.Articles()) Page("article", urls.OutputPath(article.Page.Url), article, context.ArticleModel, article.Page);
        foreach (var (page, source) in models.FreePages().Zip(content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal)))
        {
            if (!templates.Has(source.Layout))
            {
                bag.Error(DiagnosticCodes.MissingTemplate, source.LayoutSpan, $"the layout '{source.Layout}' named in this page's front matter does not exist (expected templates/{source.Layout}{TemplateSet.Extension})");
                continue;
            }
            Page(source.Layout, urls.OutputPath(page.Page.Url), page, context.FreePageModel, page.Page);
        }
        var search = models.Search();
        Page("search", urls.OutputPath(urls.Search), search, context.SearchModel, search.Page);
        var notFound = models.NotFound();
        Page("404", "404.html", notFound, context.NotFoundModel, notFound.Page);

        files.Add(new OutputFile("search-index.json", JsonSerializer.SerializeToUtf8Bytes(models.SearchEntries().ToList(), context.IReadOnlyListSearchEntry)));
        files.Add(SiteFeeds.Sitemap(models.SitemapEntries(pages), urls));
        files.Add(SiteFeeds.Robots(urls));
        files.Add(SiteFeeds.Atom(content.Site, models.FeedEntries(), urls));
        files.AddRange(assets.Files);
        return files.ToImmutable();
    }

    /// <summary>Renders a page template, then the layout around it; template errors become diagnostics with the template's own line.</summary>
    private static string? RenderPage(TemplateSet templates, string name, ScriptObject model, DiagnosticBag bag)
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
