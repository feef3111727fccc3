using System.Text.Json.Serialization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record FreePageView(string Slug, string Title, string BodyHtml);

public sealed record FreePageModel(PageView Page, FreePageView Content) : IPageModel;

[JsonSerializable(typeof(FreePageModel))]
public sealed partial class FreePageJson : JsonSerializerContext;

/// <summary>Editor-written free pages (about, methodology), each at /slug/ in the layout its front matter names.</summary>
public sealed class FreePage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs)
    {
        foreach (var page in context.FreePagesInOrder)
        {
            if (!jobs.Templates.Has(page.Layout))
            {
                jobs.Bag.Error(DiagnosticCodes.MissingTemplate, page.LayoutSpan, $"the layout '{page.Layout}' named in this page's front matter does not exist (expected templates/{page.Layout}{TemplateSet.Extension})");
                continue;
            }
            jobs.Add(page.Layout, context.Urls.OutputPath(context.Urls.Page(page.Slug)), () => Model(page), FreePageJson.Default.FreePageModel);
        }
    }

    public FreePageModel Model(Page p) => new(
        context.PageOf(p.Title, p.Description ?? p.Title, context.Urls.Page(p.Slug), "page", [Crumb(p.Title, context.Urls.Page(p.Slug))], null, image: p.Image, imageFolder: SiteLoader.PagesFolder),
        new FreePageView(p.Slug, p.Title, context.Markdown.Render(p.Body, SiteLoader.PagesFolder)));
}
