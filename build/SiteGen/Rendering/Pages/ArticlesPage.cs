using System.Text.Json.Serialization;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record ArticlesModel(PageView Page, IReadOnlyList<ArticleSummary> Articles) : IPageModel;

[JsonSerializable(typeof(ArticlesModel))]
public sealed partial class ArticlesPageJson : JsonSerializerContext;

/// <summary>The sources index: every source article, oldest first.</summary>
public sealed class ArticlesPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("articles", context.Urls.OutputPath(context.Urls.Articles), Model, ArticlesPageJson.Default.ArticlesModel);

    public ArticlesModel Model() => new(
        context.PageOf(context.Strings[StringKeys.NavSources], context.Strings[StringKeys.SourcesDescription], context.Urls.Articles, "articles", [Crumb(context.Strings[StringKeys.NavSources], context.Urls.Articles)], context.LatestArticleDate),
        [.. context.ArticlesInOrder.Select(context.ArticleSummaryOf)]);
}
