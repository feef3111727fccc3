using System.Text.Json.Serialization;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>One thing a reader can find with the search box, as the search page lists it for readers without JavaScript.</summary>
public sealed record SearchEntry(string Kind, string Title, string Text, string Url);

public sealed record SearchGroup(string Kind, string Label, IReadOnlyList<SearchEntry> Entries);

public sealed record SearchModel(PageView Page, IReadOnlyList<SearchGroup> Groups) : IPageModel;

[JsonSerializable(typeof(SearchModel))]
public sealed partial class SearchPageJson : JsonSerializerContext;

/// <summary>The search page, with everything a reader can search for listed for readers without JavaScript.</summary>
public sealed class SearchPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("search", context.Urls.OutputPath(context.Urls.Search), Model, SearchPageJson.Default.SearchModel);

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
