using System.Collections.Immutable;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>The search page, with everything a reader can search for listed for readers without JavaScript.</summary>
public sealed class SearchPageModels(PageModelContext context)
{
    public SearchModel Model() => new(
        context.PageOf(context.Strings[StringKeys.SearchTitle], context.Strings[StringKeys.SearchDescription], context.Urls.Search, "search", [Crumb(context.Strings[StringKeys.SearchTitle], context.Urls.Search)], context.LatestArticleDate),
        [.. SearchEntries().GroupBy(e => e.Kind).Select(g => new SearchGroup(g.Key, context.Strings[StringKeys.SearchKind(g.Key)], [.. g]))]);

    /// <summary>Everything a reader can search for, in a stable order: people, quotes, events, analysis, articles.</summary>
    public IEnumerable<SearchEntry> SearchEntries()
    {
        foreach (var p in context.Content.People.OrderBy(p => p.Name, StringComparer.Ordinal))
            yield return new SearchEntry("person", p.Name, string.Join(" · ", new[] { RoleOf(p), p.Affiliation }.Concat(p.Aliases).Where(s => !string.IsNullOrEmpty(s))), context.Urls.Person(p.Slug));
        foreach (var q in context.Quotes)
            yield return new SearchEntry("quote", q.Text, $"{q.Speaker.Name}, {q.Source.ArticleTitle}", q.Source.Url);
        foreach (var (e, view) in context.Events)
            yield return new SearchEntry("event", e.Title, string.Join(" · ", new[] { view.DateDisplay ?? context.Strings[StringKeys.DateNotSet], view.StatusLabel, e.Place, PlainText(e.Body) }.Where(s => !string.IsNullOrEmpty(s))), view.Url);
        foreach (var a in context.Content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal))
            yield return new SearchEntry("analysis", a.Title, string.Join(" ", new[] { a.Summary }.Concat(a.Claims.Select(c => c.Text)).Where(s => !string.IsNullOrEmpty(s))), context.Urls.Analysis(a.Slug));
        foreach (var a in context.ArticlesInOrder)
            yield return new SearchEntry("article", a.Title, string.Join(" · ", new[] { a.Outlet, context.DateText(a.Date) }.Where(s => !string.IsNullOrEmpty(s))), context.Urls.Article(a.Slug));
    }
}
