using System.Text.Json.Serialization;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

// The timeline's date axis (see TimelineAxis). Headings: the two sides are h2, years h3, months h4, days h5; an entry's
// title is one level below the heading it stands under (HeadingLevel), so the outline never skips a level.

/// <summary>A short quoted line of the paragraph an entry cites, with the link to that paragraph.</summary>
public sealed record SourceExcerpt(string Quoted, SourceLink Source);

// Overdue: planned or proposed for a date wholly before "now", and not reported as having happened.
// BodyQuoted: an excerpt already quotes the entry's whole text (ingest takes it from the paragraph), so it is not shown twice.
public sealed record TimelineEntryView(EventView Event, int HeadingLevel, IReadOnlyList<SourceExcerpt> Excerpts, bool Overdue, bool BodyQuoted);

public sealed record AxisDayView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries);

public sealed record AxisMonthView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries, IReadOnlyList<AxisDayView> Days);

public sealed record AxisYearView(string Iso, string Label, IReadOnlyList<TimelineEntryView> Entries, IReadOnlyList<AxisMonthView> Months);

/// <summary>One side of the "now" line: "happened" or "ahead".</summary>
public sealed record TimelinePartView(string Id, string Title, int Count, IReadOnlyList<AxisYearView> Years, IReadOnlyList<TimelineEntryView> Undated);

// Embed: the page is /timeline/embed/, for an iframe: its links open outside the frame. EmbedCode: the iframe to paste.
public sealed record TimelineModel(
    PageView Page,
    TimelinePartView Happened,
    NowView Now,
    TimelinePartView Ahead,
    IReadOnlyList<PersonLink> People,
    int Total,
    bool Embed,
    string EmbedCode) : IPageModel;

[JsonSerializable(typeof(TimelineModel))]
public sealed partial class TimelinePageJson : JsonSerializerContext;

/// <summary>The timeline page and its embeddable copy: every event on one axis, with an excerpt of each cited paragraph.</summary>
public sealed class TimelinePage(PageModelContext context) : IPageKind
{
    public const string EmbedTemplate = "timeline-embed";

    public void AddPages(PageJobs jobs)
    {
        jobs.Add("timeline", context.Urls.OutputPath(context.Urls.Timeline), () => Model(), TimelinePageJson.Default.TimelineModel);
        // A site started from older templates has no embed template: it simply has no embed page. The embed repeats the
        // timeline page, so the sitemap leaves it out.
        if (jobs.Templates.Has(EmbedTemplate))
            jobs.Add(EmbedTemplate, context.Urls.OutputPath(context.Urls.TimelineEmbed), () => Model(embed: true), TimelinePageJson.Default.TimelineModel, standalone: true, listed: false);
    }

    /// <summary>The timeline page, or with <paramref name="embed"/> the same axis for an iframe at /timeline/embed/.</summary>
    public TimelineModel Model(bool embed = false)
    {
        var page = embed
            ? context.PageOf(context.Strings.Fill(StringKeys.EmbedTitle, ("site", context.Content.Site.Title)), context.Strings[StringKeys.EmbedDescription], context.Urls.TimelineEmbed, TimelineEmbedSection, [], null)
                // The embed repeats the timeline page: search engines should send readers to that one.
                with { CanonicalUrl = context.Urls.Absolute(context.Urls.Timeline) }
            : context.PageOf(context.Strings[StringKeys.NavTimeline], context.Strings[StringKeys.TimelineDescription], context.Urls.Timeline, "timeline", [Crumb(context.Strings[StringKeys.NavTimeline], context.Urls.Timeline)],
                Latest(context.Content.Events.Select(e => e.Date).Append(context.LatestArticleDate)), "website",
                [.. context.Events.Select(e => StructuredData.Event(e.Event, context.Urls.Absolute(e.View.Url), e.View.People.Select(p => p.Name)))]);
        return new TimelineModel(
            page,
            PartOf("happened", context.Strings[StringKeys.TimelineHappened], context.Events.Where(e => !TimelineAxis.IsAhead(e.Event.Status))),
            context.NowViewOf(context.Now),
            PartOf("ahead", context.Strings[StringKeys.TimelineAhead], context.Events.Where(e => TimelineAxis.IsAhead(e.Event.Status))),
            [.. context.Events.SelectMany(e => e.View.People).DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.Ordinal)],
            context.Events.Length,
            embed,
            $"<iframe src=\"{context.Urls.Absolute(context.Urls.TimelineEmbed)}\" title=\"{System.Net.WebUtility.HtmlEncode(context.Strings.Fill(StringKeys.IframeTitle, ("site", context.Content.Site.Title)))}\" width=\"100%\" height=\"640\" loading=\"lazy\"></iframe>");
    }

    /// <summary>The section of the embeddable timeline: a page of its own (its canonical is the timeline).</summary>
    public const string TimelineEmbedSection = "timeline-embed";

    private TimelinePartView PartOf(string id, string title, IEnumerable<(TimelineEvent Event, EventView View)> events)
    {
        // Titles sit one level below the heading they stand under: h2 side, h3 year, h4 month, h5 day.
        TimelineEntryView Entry(TimelineEvent e, EventView view)
        {
            var body = PlainText(e.Body);
            var excerpts = e.Sources.Select(s => (Excerpt: ExcerptOf(s, body), Source: s)).ToList();
            return new(
                view,
                e.Date?.Precision switch { DatePrecision.Day => 6, DatePrecision.Month => 5, _ => 4 },
                [.. excerpts.Select(x => new SourceExcerpt(x.Excerpt.Quoted, context.SourceLinkOf(x.Source)))],
                TimelineAxis.IsOverdue(e.Status, e.Date, context.Now.Date),
                excerpts.Any(x => x.Excerpt.HoldsFocus));
        }
        var groups = TimelineAxis.Group(events.Select(e => (e.Event.Date, Entry(e.Event, e.View))));
        return new TimelinePartView(id, title, groups.Count,
            [.. groups.Years.Select(y => new AxisYearView(new PartialDate(y.Year).Iso, context.Strings.Date(new PartialDate(y.Year)), y.Entries,
                [.. y.Months.Select(m => new AxisMonthView(m.Date.Iso, context.Strings.Date(m.Date), m.Entries,
                    [.. m.Days.Select(d => new AxisDayView(d.Date.Iso, context.Strings.Date(d.Date), d.Entries))]))]))],
            groups.Undated);
    }

    /// <summary>The longest excerpt of a cited paragraph shown beside an entry, in characters, before it is cut at a word.</summary>
    public const int ExcerptLength = 160;

    /// <summary>
    /// A line of the cited paragraph as plain text in quotation marks, cut at a word with an ellipsis when long. It starts
    /// where the entry's own text (ingest takes it from that paragraph) stands in it, so the line is the event's.
    /// </summary>
    private (string Quoted, bool HoldsFocus) ExcerptOf(SourceRef source, string focus)
    {
        var article = context.Articles[source.Article.Slug];
        var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == source.Paragraph);
        return paragraph is null ? ("", false) : Excerpt(PlainText(paragraph.TextIn(context.Bodies.Read(article))), ExcerptLength, focus);
    }

    /// <summary>See <see cref="ExcerptOf"/>; HoldsFocus says the excerpt quotes <paramref name="focus"/> whole.</summary>
    internal static (string Quoted, bool HoldsFocus) Excerpt(string text, int length, string focus = "")
    {
        var start = focus.Length > 0 ? text.IndexOf(focus, StringComparison.Ordinal) : -1;
        // A long entry text stretches the excerpt up to twice its length, so the text is quoted once rather than repeated.
        var holdsFocus = start >= 0 && focus.Length <= 2 * length;
        if (holdsFocus) length = Math.Max(length, focus.Length);
        var plain = start > 0 ? text[start..] : text;
        plain = QuoteMarks.StraightDoublesAsSingles(plain).Trim();
        if (plain.Length > length)
        {
            var cut = plain.LastIndexOf(' ', length);
            plain = plain[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ');
            // A cut after a whole sentence needs no ellipsis: the line reads as the sentence it is.
            if (!plain.EndsWith('.') && !plain.EndsWith('?') && !plain.EndsWith('!')) plain += "\u2026";
        }
        return (QuoteMarks.Around((start > 0 ? "\u2026" : "") + plain), holdsFocus);
    }
}
