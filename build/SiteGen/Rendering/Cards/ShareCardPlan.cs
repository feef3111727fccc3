using SiteGen.Content;

namespace SiteGen.Rendering.Cards;

/// <summary>
/// Which pages get a share card, by address, with the kind and detail line each shows (the title is the page's own,
/// given when its page is made). Every page but search, 404 and the timeline's embed; none when site.yaml says
/// <c>cards: false</c>. Made from the records alone, so a page kept unrendered still knows its card.
/// </summary>
public sealed class ShareCardPlan
{
    private readonly Dictionary<string, (string Kind, string? Detail)> _byUrl = new(StringComparer.Ordinal);
    private readonly string _siteName;

    /// <param name="content">The loaded content.</param>
    /// <param name="strings">The reader's words, in the site's language.</param>
    /// <param name="now">Where the timeline's "now" line stands.</param>
    public ShareCardPlan(SiteContent content, SiteStrings strings, PartialDate? now)
    {
        var words = new ShareCardWords(strings);
        var site = content.Site;
        _siteName = site.Title;
        if (!site.Cards) return;
        var urls = site.Urls;
        var ahead = content.Events.Count(e => TimelineAxis.IsAhead(e.Status));
        _byUrl[urls.Home] = (words.Home, ShareCardWords.Joined(site.Description));
        _byUrl[urls.Timeline] = (words.Timeline, words.TimelineStatus(content.Events.Length - ahead, ahead, now is { } n ? strings.Date(n) : null));
        _byUrl[urls.People] = (words.People, words.PeopleCount(content.People.Length));
        foreach (var p in content.People) _byUrl[urls.Person(p.Slug)] = (words.Person, ShareCardWords.Joined(PageModelContext.RoleOf(p), p.Affiliation));
        _byUrl[urls.Analyses] = (words.Analyses, words.AnalysesCount(content.Analyses.Length));
        var names = content.People.ToDictionary(p => p.Slug, p => p.Name, StringComparer.Ordinal);
        foreach (var a in content.Analyses)
            _byUrl[urls.Analysis(a.Slug)] = (words.Analysis, ShareCardWords.Joined([.. a.Experts.Select(r => names.GetValueOrDefault(r.Slug))]));
        _byUrl[urls.Articles] = (words.Articles, words.ArticlesCount(content.Articles.Length));
        foreach (var a in content.Articles) _byUrl[urls.Article(a.Slug)] = (words.Article, ShareCardWords.Joined(a.Date is { } d ? strings.Date(d) : null, a.Outlet));
        foreach (var p in content.Pages) _byUrl[urls.Page(p.Slug)] = (words.Page, null);
    }

    /// <summary>The card of the page at this address, titled as the page is; null for a page without one.</summary>
    public ShareCard? For(string url, string title) =>
        _byUrl.TryGetValue(url, out var card) ? new ShareCard(card.Kind, title, card.Detail, _siteName) : null;
}
