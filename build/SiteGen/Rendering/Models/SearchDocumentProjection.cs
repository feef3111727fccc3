using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Rendering.Search;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>The full-text index's documents: each article's published paragraphs, then the records (quotes, events, people, analyses, articles).</summary>
public sealed class SearchDocumentProjection(PageModelContext context)
{
    /// <summary>
    /// An article's published paragraphs as search results, each landing on its <c>#pN</c>. The full-text index lists every
    /// article's, in article order, then the records (<see cref="Records"/>); a build passes the body the
    /// article's page reads, so each body is read once.
    /// </summary>
    public IEnumerable<SearchDocument> Paragraphs(Article a, string body) =>
        context.PublishedParagraphs(a).Select(p => new SearchDocument(SearchKind.Paragraph, context.Strings.Fill(StringKeys.ParagraphOf, ("title", a.Title), ("number", p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))), context.Urls.Paragraph(a.Slug, p.Number),
            PlainText(p.TextIn(body)), TitleIsSearched: false));

    /// <summary>Every search result but the paragraphs: quotes, events, people, analyses and the articles themselves.</summary>
    public IEnumerable<SearchDocument> Records()
    {
        foreach (var q in context.Quotes)
            yield return new SearchDocument(SearchKind.Quote, $"{q.Speaker.Name}, {q.Source.ArticleTitle}", q.Source.Url, q.Text, TitleIsSearched: false);
        foreach (var (e, view) in context.Events)
            yield return new SearchDocument(SearchKind.Event, e.Title, view.Url,
                string.Join(" · ", new[] { view.DateDisplay ?? context.Strings[StringKeys.DateNotSet], view.StatusLabel, e.Place, PlainText(e.Body) }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
        foreach (var p in context.Content.People.OrderBy(p => p.Name, StringComparer.Ordinal))
            yield return new SearchDocument(SearchKind.Person, p.Name, context.Urls.Person(p.Slug),
                string.Join(" · ", new[] { RoleOf(p), p.Affiliation }.Concat(p.Aliases.Where(x => x != p.Name)).Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
        foreach (var a in context.AnalysesInOrder)
        {
            yield return new SearchDocument(SearchKind.Analysis, a.Title, context.Urls.Analysis(a.Slug), string.Join(" ", new[] { a.Summary, PlainText(a.Body) }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
            for (var i = 0; i < a.Claims.Length; i++)
                yield return new SearchDocument(SearchKind.Analysis, a.Title, context.Urls.Analysis(a.Slug) + "#" + ClaimId(i + 1), a.Claims[i].Text, TitleIsSearched: false);
        }
        foreach (var a in context.ArticlesInOrder)
            yield return new SearchDocument(SearchKind.Article, a.Title, context.Urls.Article(a.Slug), string.Join(" · ", new[] { a.Outlet, context.DateText(a.Date) }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
    }

    /// <summary>The anchor of an analysis's claim, numbered from 1 as the page lists them.</summary>
    public static string ClaimId(int number) => "claim-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
