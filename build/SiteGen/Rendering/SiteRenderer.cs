using System.Collections.Immutable;
using System.Text;
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
        var models = new PageModelBuilder(content);
        var urls = models.Urls;
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var context = PageModelJsonContext.Default;

        void Page<T>(string template, string outputPath, T model, JsonTypeInfo<T> info)
        {
            var html = RenderPage(templates, template, ScriptModel.From(model, info), bag);
            if (html is not null) files.Add(new OutputFile(outputPath, Encoding.UTF8.GetBytes(html)));
        }

        Page("home", "index.html", models.Home(), context.HomeModel);
        Page("timeline", urls.OutputPath(urls.Timeline), models.Timeline(), context.TimelineModel);
        Page("people", urls.OutputPath(urls.People), models.PeopleIndex(), context.PeopleModel);
        foreach (var person in models.People()) Page("person", urls.OutputPath(person.Page.Url), person, context.PersonModel);
        Page("analyses", urls.OutputPath(urls.Analyses), models.AnalysesIndex(), context.AnalysesModel);
        foreach (var analysis in models.Analyses()) Page("analysis", urls.OutputPath(analysis.Page.Url), analysis, context.AnalysisModel);
        Page("articles", urls.OutputPath(urls.Articles), models.ArticlesIndex(), context.ArticlesModel);
        foreach (var article in models.Articles()) Page("article", urls.OutputPath(article.Page.Url), article, context.ArticleModel);
        foreach (var (page, source) in models.FreePages().Zip(content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal)))
        {
            if (!templates.Has(source.Layout))
            {
                bag.Error(DiagnosticCodes.MissingTemplate, source.LayoutSpan, $"the layout '{source.Layout}' named in this page's front matter does not exist (expected templates/{source.Layout}{TemplateSet.Extension})");
                continue;
            }
            Page(source.Layout, urls.OutputPath(page.Page.Url), page, context.FreePageModel);
        }
        Page("404", "404.html", models.NotFound(), context.NotFoundModel);

        files.AddRange(templates.Assets);
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
