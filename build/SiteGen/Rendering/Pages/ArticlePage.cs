using System.Text.Json.Serialization;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record BylineView(string? Reporter, string? Photo, IReadOnlyList<string> Editors);

// OriginalUrl: the article at its outlet (http or https only). Republish: "full", or "cited" when BodyHtml holds only the
// CitedCount cited paragraphs of ParagraphCount.
public sealed record ArticleView(
    string Slug,
    string Title,
    string? DateIso,
    string? DateDisplay,
    string? Outlet,
    string? OriginalUrl,
    string Republish,
    int ParagraphCount,
    int CitedCount,
    string? Seed,
    BylineView Byline,
    string? Caption,
    string? CaptionCredit,
    string BodyHtml,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<EventView> Events)
{
    /// <summary>Who the link to the original names: the outlet, else the address's host ("news.example").</summary>
    public string? OriginalSource { get; init; }

    /// <summary>The article's own language tag, for the lang attribute of its title and body; null when it is the site's.</summary>
    public string? Language { get; init; }
}

public sealed record ArticleModel(PageView Page, ArticleView Article) : IPageModel;

[JsonSerializable(typeof(ArticleModel))]
public sealed partial class ArticlePageJson : JsonSerializerContext;

/// <summary>Each source article's page: its body (whole, or only the cited paragraphs), quotes, people and events.</summary>
public sealed class ArticlePage(PageModelContext context) : IPageKind
{
    /// <summary>Each article's page is made from its body, which the renderer reads once for the page and its search documents.</summary>
    public void AddPages(PageJobs jobs)
    {
        foreach (var article in context.ArticlesInOrder)
            jobs.AddArticle(article, "article", context.Urls.OutputPath(context.Urls.Article(article.Slug)), body => Model(article, body), ArticlePageJson.Default.ArticleModel, () => PageValues(article), () => SitemapValues(article));
    }

    /// <summary>An article page's page-level values alone (no Markdown rendered), for the sitemap of a page kept unrendered.</summary>
    public PageView PageValues(Article a)
    {
        // In cited mode the caption is the outlet's text too, and is left out with the uncited paragraphs.
        var caption = context.CitedOnly ? null : a.Caption;
        return context.PageOf(a.Title, caption ?? a.Title, context.Urls.Article(a.Slug), "articles", [Crumb(context.Strings[StringKeys.NavSources], context.Urls.Articles), Crumb(a.Title, context.Urls.Article(a.Slug))], a.Date, "article",
            [StructuredData.NewsArticle(a, context.Urls.Absolute(context.Urls.Article(a.Slug)), context.Content.Site, caption)], a.Image, SiteLoader.ArticlesFolder);
    }

    /// <summary>What a streamed build keeps of an article page kept unrendered: <see cref="PageValues"/> without what only the page shows.</summary>
    public PageView SitemapValues(Article a)
    {
        var caption = context.CitedOnly ? null : a.Caption;
        return context.SitemapPageOf(a.Title, caption ?? a.Title, context.Urls.Article(a.Slug), "articles", a.Date, "article", a.Image, SiteLoader.ArticlesFolder);
    }

    /// <param name="a">The article.</param>
    /// <param name="body">Its Markdown body, read once by the caller (a build re-reads it from the file).</param>
    public ArticleModel Model(Article a, string body)
    {
        var caption = context.CitedOnly ? null : a.Caption;
        var cited = context.CitedIn(a.Slug);
        return new(
        PageValues(a),
        new ArticleView(
            a.Slug,
            a.Title,
            a.Date?.Iso,
            context.DateText(a.Date),
            a.Outlet,
            a.Url,
            RepublishNames.All[(int)context.Content.Site.Republish],
            a.Paragraphs.Length,
            cited.Count,
            a.Seed,
            new BylineView(a.Byline.Reporter, a.Byline.Photo, a.Byline.Editors),
            caption,
            context.CitedOnly ? null : a.CaptionCredit,
            context.CitedOnly ? context.Markdown.RenderCitedParagraphs(body, cited) : context.Markdown.RenderArticle(body),
            context.QuotesByArticle[a.Slug],
            [.. context.PeopleByArticle.GetValueOrDefault(a) ?? []],
            [.. context.EventsByArticle.GetValueOrDefault(a.Slug) ?? []])
        {
            OriginalSource = a.Outlet ?? HostOf(a.Url),
            Language = a.Language,
        });
    }

    /// <summary>"news.example" for "https://www.news.example/2025/06/talks".</summary>
    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) && host.Count(c => c == '.') >= 2 ? host[4..] : host;
    }
}
