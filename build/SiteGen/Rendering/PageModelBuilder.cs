using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Search;

namespace SiteGen.Rendering;

/// <summary>Builds the view records for every page from the content model, resolving the cross-links between quotes, people, events and articles.</summary>
public sealed class PageModelBuilder
{
    // In the order the people page lists them: the story's own people first, the journalists who reported it last.
    private static readonly (PersonKind Kind, string Label, string Singular)[] KindLabels =
    [
        (PersonKind.Leader, "Leaders", "Leader"),
        (PersonKind.Official, "Officials", "Official"),
        (PersonKind.Expert, "Experts", "Expert"),
        (PersonKind.Other, "Others", "In the story"),
        (PersonKind.Journalist, "Journalists", "Journalist"),
    ];

    private readonly SiteContent _content;
    private readonly IArticleBodies _bodies;
    private readonly SiteUrls _urls;
    private readonly MarkdownRenderer _markdown;
    private readonly SiteView _site;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Article> _articles;
    private readonly ImmutableArray<Article> _articlesInOrder;
    private readonly ImmutableArray<QuoteView> _quotes;
    private readonly Dictionary<string, ImmutableArray<QuoteView>> _quotesByArticle;
    private readonly ImmutableArray<(TimelineEvent Event, EventView View)> _events;
    private readonly Dictionary<string, ImmutableArray<Article>> _mentions;
    private readonly PartialDate? _latest;
    private readonly TimelineNow _now;
    // What each article page shows of the rest of the site, found once: searching every list per page made the build
    // grow with articles × (quotes + people + events).
    private readonly Dictionary<Article, List<PersonLink>> _peopleByArticle;
    private readonly Dictionary<string, List<EventView>> _eventsByArticle;
    private readonly Dictionary<string, SortedSet<int>> _cited;

    /// <param name="content">The loaded content.</param>
    /// <param name="bodies">Where the articles' bodies come from (the model keeps none).</param>
    /// <param name="assets">The fingerprinted template assets.</param>
    /// <param name="memo">The preview's: Markdown already rendered.</param>
    public PageModelBuilder(SiteContent content, IArticleBodies bodies, AssetManifest assets, IRenderMemo? memo = null)
    {
        _content = content;
        _bodies = bodies;
        _urls = content.Site.Urls;
        _markdown = new MarkdownRenderer(_urls, memo, content.Images);
        _people = content.People.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _articles = content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _articlesInOrder = [.. content.Articles.OrderBy(a => a.Date ?? new PartialDate(9999)).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        _quotesByArticle = _articlesInOrder.ToDictionary(a => a.Slug, a => a.Quotes.Select((q, i) => QuoteViewOf(a, q, i + 1)).ToImmutableArray(), StringComparer.Ordinal);
        _quotes = [.. _articlesInOrder.SelectMany(a => _quotesByArticle[a.Slug])];
        _events = [.. content.Events
            .OrderBy(e => e.Date is null ? 1 : 0)
            .ThenBy(e => e.Date ?? default)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => (e, EventViewOf(e)))];
        _mentions = ArticlesMentioning(content.People, _articlesInOrder, bodies);
        _latest = Latest(content.Articles.Select(a => a.Date));
        _now = TimelineAxis.NowOf(content.Site, content.Articles.Select(a => a.Date));
        _peopleByArticle = new(ReferenceEqualityComparer.Instance);
        foreach (var p in content.People.Where(p => p.Kind != PersonKind.Journalist).OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            foreach (var a in _mentions[p.Slug].Distinct(ReferenceEqualityComparer.Instance).Cast<Article>()) ListOf(_peopleByArticle, a).Add(PersonLinkOf(p.Slug));
        }
        _eventsByArticle = new(StringComparer.Ordinal);
        foreach (var (e, view) in _events)
        {
            foreach (var slug in e.Sources.Select(s => s.Article.Slug).Distinct(StringComparer.Ordinal)) ListOf(_eventsByArticle, slug).Add(view);
        }
        _cited = CitedParagraphs(content);
        _site = new SiteView(
            content.Site.Title,
            content.Site.Description,
            content.Site.Language,
            content.Site.BaseUrl,
            _urls.BasePath,
            content.Site.Publisher,
            [
                new NavItem("Explainer", _urls.Home, "home"),
                new NavItem("Timeline", _urls.Timeline, "timeline"),
                new NavItem("People", _urls.People, "people"),
                new NavItem("Analysis", _urls.Analyses, "analysis"),
                new NavItem("Sources", _urls.Articles, "articles"),
            ],
            assets.Urls,
            _urls.Search,
            _urls.Feed,
            // The footer names the latest sources only: listing every article on every page grows the site quadratically.
            [.. _articlesInOrder.TakeLast(FooterSourceLimit).Select(a => new LinkView(a.Title, _urls.Article(a.Slug)))],
            _articlesInOrder.Length,
            _urls.Articles,
            [.. content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new LinkView(p.Title, _urls.Page(p.Slug)))],
            new UrlsView(_urls.Home, _urls.Timeline, _urls.TimelineEmbed, _urls.People, _urls.Analyses, _urls.Articles, _urls.Search, _urls.SearchIndex, _urls.Feed));
    }

    public const int FooterSourceLimit = 8;

    public SiteUrls Urls => _urls;

    public SiteView Site => _site;

    public HomeModel Home()
    {
        var home = _content.Home;
        // One pull quote per speaker, in story order: the explainer should show the range of voices, not one voice many times.
        var keyQuotes = _quotes.Where(q => !q.Partial).DistinctBy(q => q.Speaker.Slug).ToList();
        return new HomeModel(
            PageOf(home.Title.Length > 0 ? home.Title : _content.Site.Title, _content.Site.Description, _urls.Home, "home", [], _latest, "website", [StructuredData.WebSite(_content.Site)], home.Image),
            new HomeView(home.Title.Length > 0 ? home.Title : _content.Site.Title, home.Lede.Length > 0 ? home.Lede : _content.Site.Description, home.When, home.Where, home.Duration, home.Outcome, _markdown.Render(home.Body)),
            keyQuotes,
            PeopleGroups(includeJournalists: false),
            TimelineGlance(),
            [.. _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)],
            // Like the footer, the home page names the latest sources; the Sources page lists them all.
            [.. _articlesInOrder.TakeLast(FooterSourceLimit).Select(ArticleSummaryOf)]);
    }

    /// <summary>The timeline page, or with <paramref name="embed"/> the same axis for an iframe at /timeline/embed/.</summary>
    public TimelineModel Timeline(bool embed = false)
    {
        var page = embed
            ? PageOf($"Timeline · {_content.Site.Title}", "The story's timeline, to embed on another site.", _urls.TimelineEmbed, TimelineEmbedSection, [], null)
                // The embed repeats the timeline page: search engines should send readers to that one.
                with { CanonicalUrl = _urls.Absolute(_urls.Timeline) }
            : PageOf("Timeline", "Every event of the story in date order, with what is planned and proposed next.", _urls.Timeline, "timeline", [Crumb("Timeline", _urls.Timeline)],
                Latest(_content.Events.Select(e => e.Date).Append(_latest)), "website",
                [.. _events.Select(e => StructuredData.Event(e.Event, _urls.Absolute(e.View.Url), e.View.People.Select(p => p.Name)))]);
        return new TimelineModel(
            page,
            PartOf("happened", "What happened", _events.Where(e => !TimelineAxis.IsAhead(e.Event.Status))),
            NowViewOf(_now),
            PartOf("ahead", "Planned and proposed", _events.Where(e => TimelineAxis.IsAhead(e.Event.Status))),
            [.. _events.SelectMany(e => e.View.People).DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.Ordinal)],
            _events.Length,
            embed,
            $"<iframe src=\"{_urls.Absolute(_urls.TimelineEmbed)}\" title=\"{System.Net.WebUtility.HtmlEncode("Timeline: " + _content.Site.Title)}\" width=\"100%\" height=\"640\" loading=\"lazy\"></iframe>");
    }

    /// <summary>The section of the embeddable timeline: a page of its own, left out of the sitemap (its canonical is the timeline).</summary>
    public const string TimelineEmbedSection = "timeline-embed";

    /// <summary>How many entries the home page shows on each side of "now".</summary>
    public const int GlanceEntries = 3;

    private TimelineGlanceView TimelineGlance() => new(
        [.. _events.Where(e => !TimelineAxis.IsAhead(e.Event.Status)).TakeLast(GlanceEntries).Select(e => e.View)],
        NowViewOf(_now),
        [.. _events.Where(e => TimelineAxis.IsAhead(e.Event.Status)).Take(GlanceEntries).Select(e => e.View)],
        _events.Length);

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
                [.. excerpts.Select(x => new SourceExcerpt(x.Excerpt.Quoted, SourceLinkOf(x.Source)))],
                TimelineAxis.IsOverdue(e.Status, e.Date, _now.Date),
                excerpts.Any(x => x.Excerpt.HoldsFocus));
        }
        var groups = TimelineAxis.Group(events.Select(e => (e.Event.Date, Entry(e.Event, e.View))));
        return new TimelinePartView(id, title, groups.Count,
            [.. groups.Years.Select(y => new AxisYearView(new PartialDate(y.Year).Iso, new PartialDate(y.Year).Display, y.Entries,
                [.. y.Months.Select(m => new AxisMonthView(m.Date.Iso, m.Date.Display, m.Entries,
                    [.. m.Days.Select(d => new AxisDayView(d.Date.Iso, d.Date.Display, d.Entries))]))]))],
            groups.Undated);
    }

    private static NowView NowViewOf(TimelineNow now) => new(
        now.Date?.Iso,
        now.Date?.Display,
        now.Basis switch { TimelineNowBasis.AsOf => "as_of", TimelineNowBasis.LatestArticle => "latest-article", _ => "undated" },
        now.Basis switch { TimelineNowBasis.AsOf => "as of this explainer's last update", TimelineNowBasis.LatestArticle => "the date of the latest report", _ => "" });

    /// <summary>The longest excerpt of a cited paragraph shown beside an entry, in characters, before it is cut at a word.</summary>
    public const int ExcerptLength = 160;

    /// <summary>
    /// A line of the cited paragraph as plain text in quotation marks, cut at a word with an ellipsis when long. It starts
    /// where the entry's own text (ingest takes it from that paragraph) stands in it, so the line is the event's.
    /// </summary>
    private (string Quoted, bool HoldsFocus) ExcerptOf(SourceRef source, string focus)
    {
        var article = _articles[source.Article.Slug];
        var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == source.Paragraph);
        return paragraph is null ? ("", false) : Excerpt(PlainText(paragraph.TextIn(_bodies.Read(article))), ExcerptLength, focus);
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

    public PeopleModel PeopleIndex() => new(
        PageOf("People", "Who is who in the story: leaders, officials, experts and the journalists who reported it.", _urls.People, "people", [Crumb("People", _urls.People)], _latest),
        PeopleGroups(includeJournalists: true));

    public IEnumerable<Person> PeopleInOrder => _content.People.OrderBy(p => p.Slug, StringComparer.Ordinal);

    public AnalysesModel AnalysesIndex() => new(
        PageOf("Analysis", "What experts make of the summit, claim by claim, with sources.", _urls.Analyses, "analysis", [Crumb("Analysis", _urls.Analyses)], _latest),
        [.. _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)]);

    public IEnumerable<Analysis> AnalysesInOrder => _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal);

    public AnalysisModel Analysis(Analysis a) => new(
        PageOf(a.Title, a.Summary ?? a.Title, _urls.Analysis(a.Slug), "analysis", [Crumb("Analysis", _urls.Analyses), Crumb(a.Title, _urls.Analysis(a.Slug))], ModifiedOf(a), "article", image: a.Image, imageFolder: SiteLoader.AnalysisFolder),
        new AnalysisView(
            a.Slug,
            a.Title,
            a.Summary,
            [.. a.Experts.Select(r => PersonLinkOf(r.Slug))],
            [.. a.Claims.Select(c => new ClaimView(c.Text, c.Speaker is null ? null : PersonLinkOf(c.Speaker.Slug), SourceLinkOf(c.Source)))],
            [.. _quotes.Where(q => a.Experts.Any(e => e.Slug == q.Speaker.Slug))],
            _markdown.Render(a.Body, SiteLoader.AnalysisFolder)));

    public ArticlesModel ArticlesIndex() => new(
        PageOf("Sources", "The news articles this explainer is built from, as published.", _urls.Articles, "articles", [Crumb("Sources", _urls.Articles)], _latest),
        [.. _articlesInOrder.Select(ArticleSummaryOf)]);

    public IEnumerable<Article> ArticlesInOrder => _articlesInOrder;

    /// <summary>Whether the site shows only the cited paragraphs of its source articles (site.yaml <c>republish: cited</c>).</summary>
    public bool CitedOnly => _content.Site.Republish == Republish.Cited;

    /// <summary>The numbers of the paragraphs of an article that quotes, events or claims cite, in order.</summary>
    public IReadOnlySet<int> CitedIn(string articleSlug) => _cited.TryGetValue(articleSlug, out var set) ? set : new SortedSet<int>();

    /// <summary>An article page's page-level values alone (no Markdown rendered), for the sitemap of a page kept unrendered.</summary>
    public PageView ArticlePage(Article a)
    {
        // In cited mode the caption is the outlet's text too, and is left out with the uncited paragraphs.
        var caption = CitedOnly ? null : a.Caption;
        return PageOf(a.Title, caption ?? a.Title, _urls.Article(a.Slug), "articles", [Crumb("Sources", _urls.Articles), Crumb(a.Title, _urls.Article(a.Slug))], a.Date, "article",
            [StructuredData.NewsArticle(a, _urls.Absolute(_urls.Article(a.Slug)), _content.Site, caption)], a.Image, SiteLoader.ArticlesFolder);
    }

    /// <param name="a">The article.</param>
    /// <param name="body">Its Markdown body, read once by the caller (a build re-reads it from the file).</param>
    public ArticleModel Article(Article a, string body)
    {
        var caption = CitedOnly ? null : a.Caption;
        var cited = CitedIn(a.Slug);
        return new(
        ArticlePage(a),
        new ArticleView(
            a.Slug,
            a.Title,
            a.Date?.Iso,
            a.Date?.Display,
            a.Outlet,
            a.Url,
            RepublishNames.All[(int)_content.Site.Republish],
            a.Paragraphs.Length,
            cited.Count,
            a.Seed,
            new BylineView(a.Byline.Reporter, a.Byline.Photo, a.Byline.Editors),
            caption,
            CitedOnly ? null : a.CaptionCredit,
            CitedOnly ? _markdown.RenderCitedParagraphs(body, cited) : _markdown.RenderArticle(body),
            _quotesByArticle[a.Slug],
            [.. _peopleByArticle.GetValueOrDefault(a) ?? []],
            [.. _eventsByArticle.GetValueOrDefault(a.Slug) ?? []]));
    }

    private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key) where TKey : notnull =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];

    /// <summary>
    /// What a feed reader shows of an article: its first paragraph (in cited mode, its first cited one), never the photo
    /// caption, which describes a photo the feed does not carry.
    /// </summary>
    private string ArticleSummaryText(Article a) =>
        PublishedParagraphs(a).FirstOrDefault() is { } first ? PlainText(first.TextIn(_bodies.Read(a))) : "";

    /// <summary>The paragraphs of an article the site publishes: every one, or under <c>republish: cited</c> the cited ones.</summary>
    public IEnumerable<Paragraph> PublishedParagraphs(Article a)
    {
        if (!CitedOnly) return a.Paragraphs;
        var cited = CitedIn(a.Slug);
        return a.Paragraphs.Where(p => cited.Contains(p.Number));
    }

    private static Dictionary<string, SortedSet<int>> CitedParagraphs(SiteContent content)
    {
        var cited = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        void Add(SourceRef s) => (cited.TryGetValue(s.Article.Slug, out var set) ? set : cited[s.Article.Slug] = []).Add(s.Paragraph);
        foreach (var q in content.AllQuotes) Add(q.Source);
        foreach (var e in content.Events) foreach (var s in e.Sources) Add(s);
        foreach (var a in content.Analyses) foreach (var c in a.Claims) Add(c.Source);
        return cited;
    }

    public IEnumerable<Page> FreePagesInOrder => _content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal);

    public FreePageModel FreePage(Page p) => new(
        PageOf(p.Title, p.Description ?? p.Title, _urls.Page(p.Slug), "page", [Crumb(p.Title, _urls.Page(p.Slug))], null, image: p.Image, imageFolder: SiteLoader.PagesFolder),
        new FreePageView(p.Slug, p.Title, _markdown.Render(p.Body, SiteLoader.PagesFolder)));

    public NotFoundModel NotFound() => new(PageOf("Page not found", "There is no page at this address.", _urls.NotFound, "404", [], null));

    public SearchModel Search() => new(
        PageOf("Search", "Search people, quotes, events, analysis and source articles.", _urls.Search, "search", [Crumb("Search", _urls.Search)], _latest),
        [.. SearchEntries().GroupBy(e => e.Kind).Select(g => new SearchGroup(g.Key, SearchLabel(g.Key), [.. g]))]);

    /// <summary>Everything a reader can search for, in a stable order: people, quotes, events, analysis, articles.</summary>
    public IEnumerable<SearchEntry> SearchEntries()
    {
        foreach (var p in _content.People.OrderBy(p => p.Name, StringComparer.Ordinal))
            yield return new SearchEntry("person", p.Name, string.Join(" · ", new[] { RoleOf(p), p.Affiliation }.Concat(p.Aliases).Where(s => !string.IsNullOrEmpty(s))), _urls.Person(p.Slug));
        foreach (var q in _quotes)
            yield return new SearchEntry("quote", q.Text, $"{q.Speaker.Name}, {q.Source.ArticleTitle}", q.Source.Url);
        foreach (var (e, view) in _events)
            yield return new SearchEntry("event", e.Title, string.Join(" · ", new[] { view.DateDisplay ?? "Date not set", view.StatusLabel, e.Place, PlainText(e.Body) }.Where(s => !string.IsNullOrEmpty(s))), view.Url);
        foreach (var a in _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal))
            yield return new SearchEntry("analysis", a.Title, string.Join(" ", new[] { a.Summary }.Concat(a.Claims.Select(c => c.Text)).Where(s => !string.IsNullOrEmpty(s))), _urls.Analysis(a.Slug));
        foreach (var a in _articlesInOrder)
            yield return new SearchEntry("article", a.Title, string.Join(" · ", new[] { a.Outlet, a.Date?.Display }.Where(s => !string.IsNullOrEmpty(s))), _urls.Article(a.Slug));
    }

    /// <summary>
    /// An article's published paragraphs as search results, each landing on its <c>#pN</c>. The full-text index lists every
    /// article's, in article order, then the records (<see cref="RecordSearchDocuments"/>); a build passes the body the
    /// article's page reads, so each body is read once.
    /// </summary>
    public IEnumerable<SearchDocument> ParagraphSearchDocuments(Article a, string body) =>
        PublishedParagraphs(a).Select(p => new SearchDocument(SearchKind.Paragraph, $"{a.Title}, paragraph {p.Number}", _urls.Paragraph(a.Slug, p.Number),
            PlainText(p.TextIn(body)), TitleIsSearched: false));

    /// <summary>Every search result but the paragraphs: quotes, events, people, analyses and the articles themselves.</summary>
    public IEnumerable<SearchDocument> RecordSearchDocuments()
    {
        foreach (var q in _quotes)
            yield return new SearchDocument(SearchKind.Quote, $"{q.Speaker.Name}, {q.Source.ArticleTitle}", q.Source.Url, q.Text, TitleIsSearched: false);
        foreach (var (e, view) in _events)
            yield return new SearchDocument(SearchKind.Event, e.Title, view.Url,
                string.Join(" · ", new[] { view.DateDisplay ?? "Date not set", view.StatusLabel, e.Place, PlainText(e.Body) }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
        foreach (var p in _content.People.OrderBy(p => p.Name, StringComparer.Ordinal))
            yield return new SearchDocument(SearchKind.Person, p.Name, _urls.Person(p.Slug),
                string.Join(" · ", new[] { RoleOf(p), p.Affiliation }.Concat(p.Aliases.Where(x => x != p.Name)).Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
        foreach (var a in AnalysesInOrder)
        {
            yield return new SearchDocument(SearchKind.Analysis, a.Title, _urls.Analysis(a.Slug), string.Join(" ", new[] { a.Summary, PlainText(a.Body) }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
            for (var i = 0; i < a.Claims.Length; i++)
                yield return new SearchDocument(SearchKind.Analysis, a.Title, _urls.Analysis(a.Slug) + "#" + ClaimId(i + 1), a.Claims[i].Text, TitleIsSearched: false);
        }
        foreach (var a in _articlesInOrder)
            yield return new SearchDocument(SearchKind.Article, a.Title, _urls.Article(a.Slug), string.Join(" · ", new[] { a.Outlet, a.Date?.Display }.Where(s => !string.IsNullOrEmpty(s))), TitleIsSearched: true);
    }

    /// <summary>The anchor of an analysis's claim, numbered from 1 as the page lists them.</summary>
    public static string ClaimId(int number) => "claim-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every public page with the date its content last changed, for the sitemap.</summary>
    public IEnumerable<DatedEntry> SitemapEntries(IEnumerable<PageView> pages) =>
        pages.Where(p => p.Section is not ("404" or TimelineEmbedSection)).Select(p => new DatedEntry(p.Title, p.Url, p.Modified is { } m && PartialDate.TryParse(m, out var d) ? d : null, p.Description));

    /// <summary>
    /// The Atom feed's entries: the newest <see cref="SiteFeeds.EntryLimit"/> articles and timeline entries, newest first.
    /// Only those get a summary, so a large site reads a few dozen bodies for its feed, not every one.
    /// </summary>
    public IEnumerable<DatedEntry> FeedEntries() =>
        SiteFeeds.NewestFirst(
                _articlesInOrder.Select(a => (Title: a.Title, Url: _urls.Article(a.Slug), Date: a.Date, Summary: (Func<string>)(() => ArticleSummaryText(a))))
                    .Concat(_events.Select(e => (
                        Title: "Timeline: " + e.Event.Title,
                        Url: e.View.Url,
                        Date: e.Event.Date ?? Latest(e.Event.Sources.Select(s => _articles[s.Article.Slug].Date)),
                        Summary: (Func<string>)(() => $"{e.View.DateDisplay ?? "Date not set"} ({e.View.StatusLabel}). {PlainText(e.Event.Body)}".Trim())))),
                e => e.Date, e => e.Url)
            .Take(SiteFeeds.EntryLimit)
            .Select(e => new DatedEntry(e.Title, e.Url, e.Date, e.Summary()));

    public PersonModel Person(Person p)
    {
        var quotes = _quotes.Where(q => q.Speaker.Slug == p.Slug).ToList();
        var description = string.Join(", ", new[] { RoleOf(p), p.Affiliation }.Where(s => !string.IsNullOrEmpty(s)));
        var mentions = _mentions[p.Slug];
        return new PersonModel(
            PageOf(p.Name, description.Length > 0 ? $"{p.Name}, {description}" : p.Name, _urls.Person(p.Slug), "people", [Crumb("People", _urls.People), Crumb(p.Name, _urls.Person(p.Slug))],
                Latest(mentions.Select(a => a.Date)), "profile", [StructuredData.Person(p, _urls.Absolute(_urls.Person(p.Slug)))], p.Image, SiteLoader.PeopleFolder),
            new PersonView(
                p.Slug,
                p.Name,
                // "Also written as" lists spellings of the name; references such as "the expert" help ingest, not readers.
                [.. p.Aliases.Where(a => a.Length > 0 && char.IsUpper(a[0]) && a != p.Name)],
                RoleOf(p),
                p.Affiliation,
                PersonKindNames.Of(p.Kind),
                KindLabels.First(k => k.Kind == p.Kind).Singular,
                _markdown.Render(p.Body, SiteLoader.PeopleFolder),
                [.. quotes.Where(q => !q.Partial)],
                [.. quotes.Where(q => q.Partial)],
                [.. _events.Where(e => e.Event.People.Any(r => r.Slug == p.Slug)).Select(e => e.View)],
                [.. mentions.Select(ArticleSummaryOf)],
                [.. _articlesInOrder.Where(a => IsCredited(a, p)).Select(ArticleSummaryOf)],
                [.. _content.Analyses.Where(a => a.Experts.Any(e => e.Slug == p.Slug)).OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)]));
    }

    private List<PersonGroup> PeopleGroups(bool includeJournalists) =>
        [.. KindLabels
            .Where(k => includeJournalists || k.Kind != PersonKind.Journalist)
            .Select(k => new PersonGroup(PersonKindNames.Of(k.Kind), k.Label, [.. _content.People.Where(p => p.Kind == k.Kind).OrderBy(p => p.Name, StringComparer.Ordinal).Select(PersonSummaryOf)]))
            .Where(g => g.People.Count > 0)];

    private static string SearchLabel(string kind) => kind switch
    {
        "person" => "People",
        "quote" => "Quotes",
        "event" => "Timeline",
        "analysis" => "Analysis",
        _ => "Source articles",
    };

    private PartialDate? ModifiedOf(Analysis a) => Latest(a.Claims.Select(c => _articles[c.Source.Article.Slug].Date));

    private static PartialDate? Latest(IEnumerable<PartialDate?> dates) => dates.Where(d => d is not null).Max();

    private static string PlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, MarkdownDialect.Pipeline).Trim().ReplaceLineEndings(" ");

    private static bool IsCredited(Article a, Person p) =>
        a.Byline.Reporter == p.Name || a.Byline.Photo == p.Name || a.Byline.Editors.Contains(p.Name);

    /// <summary>
    /// For each person, the articles (in the order given) that quote them or name them (full name or an alias) as a whole
    /// word. Each body is read once for everyone, on every core: a build reads bodies from their files, not from memory.
    /// </summary>
    private static Dictionary<string, ImmutableArray<Article>> ArticlesMentioning(ImmutableArray<Person> people, ImmutableArray<Article> articles, IArticleBodies bodies)
    {
        // One pattern per person, built once: a pattern per article and name would overflow the regex cache on larger sites.
        var patterns = people.Select(p => p.Aliases.Prepend(p.Name).Where(n => n.Length > 2).Select(Regex.Escape).ToList() is { Count: > 0 } names
            ? new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant)
            : null).ToArray();
        var mentioned = new bool[articles.Length][];
        Parallel.For(0, articles.Length, i =>
        {
            var a = articles[i];
            var body = patterns.Any(p => p is not null) ? bodies.Read(a) : "";
            mentioned[i] = [.. people.Select((p, j) => a.Quotes.Any(q => q.Speaker.Slug == p.Slug) || patterns[j]?.IsMatch(body) == true)];
        });
        return people.Select((p, j) => (p.Slug, Articles: articles.Where((_, i) => mentioned[i][j]).ToImmutableArray()))
            .ToDictionary(x => x.Slug, x => x.Articles, StringComparer.Ordinal);
    }

    private QuoteView QuoteViewOf(Article article, Quote quote, int index) =>
        new($"q-{article.Slug}-{index}", quote.Text, QuoteMarks.Around(quote.Text), quote.Partial, PersonLinkOf(quote.Speaker.Slug), SourceLinkOf(quote.Source), ReviewOf(quote.Review, quote.Attribution));

    private EventView EventViewOf(TimelineEvent e) => new(
        e.Slug,
        e.Title,
        e.Date?.Iso,
        e.Date?.Display,
        e.Date?.Precision.ToString().ToLowerInvariant(),
        e.Status.ToString().ToLowerInvariant(),
        e.Status switch { EventStatus.Planned => "Planned", EventStatus.Proposed => "Proposed", _ => "Happened" },
        e.Place,
        [.. e.People.Select(r => PersonLinkOf(r.Slug))],
        [.. e.Sources.Select(SourceLinkOf)],
        _markdown.Render(e.Body, SiteLoader.TimelineFolder),
        _urls.Event(e.Slug),
        ReviewOf(e.Review, e.Attribution));

    /// <summary>What the page says of a pending review: the attribution level, or "unknown" for a mark an editor added by hand.</summary>
    private static string? ReviewOf(SourceSpan? review, Attribution? attribution) =>
        review is null ? null : attribution is { } a ? AttributionNames.Of(a) : "unknown";

    private PersonLink PersonLinkOf(string slug) => new(slug, _people[slug].Name, _urls.Person(slug));

    private SourceLink SourceLinkOf(SourceRef source)
    {
        var article = _articles[source.Article.Slug];
        return new SourceLink(article.Title, article.Outlet, source.Paragraph, _urls.Paragraph(article.Slug, source.Paragraph));
    }

    private PersonSummary PersonSummaryOf(Person p) => new(p.Slug, p.Name, RoleOf(p), p.Affiliation, PersonKindNames.Of(p.Kind), _urls.Person(p.Slug));

    /// <summary>
    /// A role as a label, starting with a capital: ingest keeps the case the reporting used ("expert on Russian issues"
    /// beside "U.S. President"), which reads as a mistake when the two stand side by side.
    /// </summary>
    internal static string? RoleOf(Person p) =>
        p.Role is { Length: > 0 } role && char.IsLower(role[0]) ? char.ToUpperInvariant(role[0]) + role[1..] : p.Role;

    private ArticleSummary ArticleSummaryOf(Article a) => new(a.Slug, a.Title, a.Date?.Iso, a.Date?.Display, a.Outlet, _urls.Article(a.Slug));

    private AnalysisSummary AnalysisSummaryOf(Analysis a) => new(a.Slug, a.Title, a.Summary, [.. a.Experts.Select(r => PersonLinkOf(r.Slug))], _urls.Analysis(a.Slug));

    private PageView PageOf(string title, string description, string url, string section, IReadOnlyList<LinkView> crumbs, PartialDate? modified,
        string ogType = "website", IEnumerable<JsonObject>? entities = null, ImageField? image = null, string imageFolder = "")
    {
        IReadOnlyList<LinkView> trail = crumbs.Count == 0 ? [] : [Crumb("Explainer", _urls.Home), .. crumbs];
        var graph = (entities ?? []).ToList();
        if (StructuredData.Breadcrumbs(trail, _urls.Absolute) is { } breadcrumbs) graph.Add(breadcrumbs);
        return new PageView(title, description, url, _urls.Absolute(url), section, trail, ogType, modified?.Iso, StructuredData.Serialize(graph))
        {
            Image = SocialImageOf(image, imageFolder, title) ?? SocialImageOf(_content.Site.Image, "", title),
        };
    }

    /// <summary>
    /// The social card image an <c>image:</c> field names, at its absolute address (social networks fetch it from
    /// anywhere); null when it names none a network would show (the loader has said why).
    /// </summary>
    private SocialImageView? SocialImageOf(ImageField? field, string folder, string pageTitle)
    {
        if (field is null || _content.Images.Find(field.Written, folder).Image is not { Width: { } width, Height: { } height } image) return null;
        if (!ImageFormats.ShownInSocialCards(image.Format)) return null;
        return new SocialImageView(_urls.Absolute(_urls.Asset(image.PublishedPath)), width, height, field.Alt ?? pageTitle);
    }

    private static LinkView Crumb(string title, string url) => new(title, url);
}
