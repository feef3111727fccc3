using System.Collections.Immutable;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>Editor-written free pages (about, methodology) and the 404 page.</summary>
public sealed class FreePageModels(PageModelContext context)
{
    public FreePageModel Page(Page p) => new(
        context.PageOf(p.Title, p.Description ?? p.Title, context.Urls.Page(p.Slug), "page", [Crumb(p.Title, context.Urls.Page(p.Slug))], null, image: p.Image, imageFolder: SiteLoader.PagesFolder),
        new FreePageView(p.Slug, p.Title, context.Markdown.Render(p.Body, SiteLoader.PagesFolder)));

    public NotFoundModel NotFound() => new(context.PageOf(context.Strings[StringKeys.NotFoundTitle], context.Strings[StringKeys.NotFoundDescription], context.Urls.NotFound, "404", [], null));
}
