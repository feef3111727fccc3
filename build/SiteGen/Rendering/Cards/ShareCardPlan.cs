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
    /// <param name="now">Where the timeline's "now" line stands, as readers see it.</param>
    public ShareCardPlan(SiteContent content, string? now)
    {
        var site = content.Site;
        _siteName = site.Title;
        if (!site.Cards) return;
        var urls = site.Urls;
        var ahead = content.Events.Count(e => TimelineAxis.IsAhead(e.Status));
        _byUrl[urls.Home] = (ShareCardWords.Home, ShareCardWords.Joined(site.Description));
        _byUrl[urls.Timeline] = (ShareCardWords.Timeline, ShareCardWords.TimelineStatus(content.Events.Length - ahead, ahead, now));
        _byUrl[urls.People] = (ShareCardWords.People, ShareCardWords.PeopleCount(content.People.Length));
        foreach (var p in content.People) _byUrl[urls.Person(p.Slug)] = (ShareCardWords.Person, ShareCardWords.Joined(PageModelContext.RoleOf(p), p.Affiliation));
        _byUrl[urls.Analyses] = (ShareCardWords.Analyses, ShareCardWords.AnalysesCount(content.Analyses.Length));
        var names = content.People.ToDictionary(p => p.Slug, p => p.Name, StringComparer.Ordinal);
        foreach (var a in content.Analyses)
            _byUrl[urls.Analysis(a.Slug)] = (ShareCardWords.Analysis, ShareCardWords.Joined([.. a.Experts.Select(r => names.GetValueOrDefault(r.Slug))]));
        _byUrl[urls.Articles] = (ShareCardWords.Articles, ShareCardWords.ArticlesCount(content.Articles.Length));
        foreach (var a in content.Articles) _byUrl[urls.Article(a.Slug)] = (ShareCardWords.Article, ShareCardWords.Joined(a.Date?.Display, a.Outlet));
        foreach (var p in content.Pages) _byUrl[urls.Page(p.Slug)] = (ShareCardWords.Page, null);
    }

    /// <summary>The card of the page at this address, titled as the page is; null for a page without one.</summary>
    public ShareCard? For(string url, string title) =>
        _byUrl.TryGetValue(url, out var card) ? new ShareCard(card.Kind, title, card.Detail, _siteName) : null;
}
