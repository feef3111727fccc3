using System.Collections.Immutable;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>The Atom feed's entries: the newest articles and timeline entries, with a summary for each.</summary>
public sealed class FeedProjection(PageModelContext context)
{
    /// <summary>
    /// The Atom feed's entries: the newest <see cref="SiteFeeds.EntryLimit"/> articles and timeline entries, newest first.
    /// Only those get a summary, so a large site reads a few dozen bodies for its feed, not every one.
    /// </summary>
    public IEnumerable<DatedEntry> Entries() =>
        SiteFeeds.NewestFirst(
                context.ArticlesInOrder.Select(a => (Title: a.Title, Url: context.Urls.Article(a.Slug), Date: a.Date, Summary: (Func<string>)(() => ArticleSummaryText(a))))
                    .Concat(context.Events.Select(e => (
                        Title: context.Strings.Fill(StringKeys.FeedEventTitle, ("title", e.Event.Title)),
                        Url: e.View.Url,
                        Date: e.Event.Date ?? Latest(e.Event.Sources.Select(s => context.Articles[s.Article.Slug].Date)),
                        Summary: (Func<string>)(() => $"{e.View.DateDisplay ?? context.Strings[StringKeys.DateNotSet]} ({e.View.StatusLabel}). {PlainText(e.Event.Body)}".Trim())))),
                e => e.Date, e => e.Url)
            .Take(SiteFeeds.EntryLimit)
            .Select(e => new DatedEntry(e.Title, e.Url, e.Date, e.Summary()));

    /// <summary>
    /// What a feed reader shows of an article: its first paragraph (in cited mode, its first cited one), never the photo
    /// caption, which describes a photo the feed does not carry.
    /// </summary>
    private string ArticleSummaryText(Article a) =>
        context.PublishedParagraphs(a).FirstOrDefault() is { } first ? PlainText(first.TextIn(context.Bodies.Read(a))) : "";
}
