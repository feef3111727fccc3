using System.Text.Json.Serialization;

namespace SiteGen.Rendering;

public sealed record NotFoundModel(PageView Page) : IPageModel;

[JsonSerializable(typeof(NotFoundModel))]
public sealed partial class NotFoundPageJson : JsonSerializerContext;

/// <summary>The page a static host answers a missing address with (404.html); the sitemap does not list it.</summary>
public sealed class NotFoundPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("404", "404.html", Model, NotFoundPageJson.Default.NotFoundModel, listed: false);

    public NotFoundModel Model() => new(context.PageOf(context.Strings[StringKeys.NotFoundTitle], context.Strings[StringKeys.NotFoundDescription], context.Urls.NotFound, "404", [], null));
}
