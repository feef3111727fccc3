using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Cards;

namespace SiteGen.Rendering;

/// <summary>
/// What every page model draws on, worked out once per render: the records in the order pages list them, the
/// cross-links between quotes, people, events and articles, the site-wide values, and the views every kind of page
/// shares (links, summaries, page-level values). Each kind of page (<see cref="IPageKind"/>, in Pages/) reads it.
/// </summary>
public sealed class PageModelContext
{
    // In the order the people page lists them: the story's own people first, the journalists who reported it last.
    internal static readonly PersonKind[] KindOrder = [PersonKind.Leader, PersonKind.Official, PersonKind.Expert, PersonKind.Other, PersonKind.Journalist];

    private readonly SiteContent _content;
    private readonly IArticleBodies _bodies;
    private readonly SiteUrls _urls;
    private readonly SiteStrings _strings;
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
    private readonly ShareCardPlan _cards;
    /// <param name="content">The loaded content.</param>
    /// <param name="bodies">Where the articles' bodies come from (the model keeps none).</param>
    /// <param name="assets">The fingerprinted template assets.</param>
    /// <param name="strings">The words of the site's language.</param>
    /// <param name="memo">The preview's: Markdown already rendered.</param>
    /// <param name="timings">Where Markdown time is counted.</param>
    public PageModelContext(SiteContent content, IArticleBodies bodies, AssetManifest assets, SiteStrings strings, IRenderMemo? memo = null, BuildTimings? timings = null)
    {
        _content = content;
        _strings = strings;
        _bodies = bodies;
        _urls = content.Site.Urls;
        _markdown = new MarkdownRenderer(_urls, memo, content.Images, timings, strings[StringKeys.ParagraphLabel]);
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
        _mentions = ArticlesMentioning(content.People, _articlesInOrder, bodies, memo);
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
        _cards = new ShareCardPlan(content, strings, _now.Date);
        _site = new SiteView(
            content.Site.Title,
            content.Site.Description,
            content.Site.Language,
            content.Site.BaseUrl,
            _urls.BasePath,
            content.Site.Publisher,
            Nav(content, _urls, strings),
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

    /// <summary>
    /// The menu: the home page, then each index page that lists something. An empty timeline, People, Analysis or Sources
    /// page is still built (an old link to it keeps working) but not offered: a reader should not follow the menu to nothing.
    /// </summary>
    internal static IReadOnlyList<NavItem> Nav(SiteContent content, SiteUrls urls, SiteStrings strings) =>
    [
        new NavItem(strings[StringKeys.NavHome], urls.Home, "home"),
        .. content.Events.Length > 0 ? [new NavItem(strings[StringKeys.NavTimeline], urls.Timeline, "timeline")] : Array.Empty<NavItem>(),
        .. content.People.Length > 0 ? [new NavItem(strings[StringKeys.NavPeople], urls.People, "people")] : Array.Empty<NavItem>(),
        .. content.Analyses.Length > 0 ? [new NavItem(strings[StringKeys.NavAnalysis], urls.Analyses, "analysis")] : Array.Empty<NavItem>(),
        .. content.Articles.Length > 0 ? [new NavItem(strings[StringKeys.NavSources], urls.Articles, "articles")] : Array.Empty<NavItem>(),
    ];

    /// <summary>The words of the site's language.</summary>
    public SiteStrings Strings => _strings;

    /// <summary>A date in the site's language, or null for none.</summary>
    internal string? DateText(PartialDate? date) => date is { } d ? _strings.Date(d) : null;

    public SiteUrls Urls => _urls;

    public SiteView Site => _site;

    internal NowView NowViewOf(TimelineNow now) => new(
        now.Date?.Iso,
        DateText(now.Date),
        now.Basis switch { TimelineNowBasis.AsOf => "as_of", TimelineNowBasis.LatestArticle => "latest-article", _ => "undated" },
        now.Basis switch { TimelineNowBasis.AsOf => _strings[StringKeys.NowAsOf], TimelineNowBasis.LatestArticle => _strings[StringKeys.NowLatest], _ => "" });

    public IEnumerable<Person> PeopleInOrder => _content.People.OrderBy(p => p.Slug, StringComparer.Ordinal);

    public IEnumerable<Analysis> AnalysesInOrder => _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal);

    public IEnumerable<Article> ArticlesInOrder => _articlesInOrder;

    /// <summary>Whether the site shows only the cited paragraphs of its source articles (site.yaml <c>republish: cited</c>).</summary>
    public bool CitedOnly => _content.Site.Republish == Republish.Cited;

    /// <summary>The numbers of the paragraphs of an article that quotes, events or claims cite, in order.</summary>
    public IReadOnlySet<int> CitedIn(string articleSlug) => _cited.TryGetValue(articleSlug, out var set) ? set : new SortedSet<int>();

    internal static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key) where TKey : notnull =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];

    /// <summary>The paragraphs of an article the site publishes: every one, or under <c>republish: cited</c> the cited ones.</summary>
    public IEnumerable<Paragraph> PublishedParagraphs(Article a)
    {
        if (!CitedOnly) return a.Paragraphs;
        var cited = CitedIn(a.Slug);
        return a.Paragraphs.Where(p => cited.Contains(p.Number));
    }

    internal static Dictionary<string, SortedSet<int>> CitedParagraphs(SiteContent content)
    {
        var cited = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        void Add(SourceRef s) => (cited.TryGetValue(s.Article.Slug, out var set) ? set : cited[s.Article.Slug] = []).Add(s.Paragraph);
        foreach (var q in content.AllQuotes) Add(q.Source);
        foreach (var e in content.Events) foreach (var s in e.Sources) Add(s);
        foreach (var a in content.Analyses) foreach (var c in a.Claims) Add(c.Source);
        return cited;
    }

    public IEnumerable<Page> FreePagesInOrder => _content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal);

    internal List<PersonGroup> PeopleGroups(bool includeJournalists) =>
        [.. KindOrder
            .Where(k => includeJournalists || k != PersonKind.Journalist)
            .Select(k => new PersonGroup(PersonKindNames.Of(k), KindLabel(k), [.. _content.People.Where(p => p.Kind == k).OrderBy(p => p.Name, StringComparer.Ordinal).Select(PersonSummaryOf)]))
            .Where(g => g.People.Count > 0)];

    /// <summary>A kind of person as a list heading ("Experts"), or with <paramref name="one"/> for one person ("Expert").</summary>
    internal string KindLabel(PersonKind kind, bool one = false)
    {
        var (plural, singular) = StringKeys.Kind(PersonKindNames.Of(kind));
        return _strings[one ? singular : plural];
    }

    internal static PartialDate? Latest(IEnumerable<PartialDate?> dates) => dates.Where(d => d is not null).Max();

    internal static string PlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, MarkdownDialect.Pipeline).Trim().ReplaceLineEndings(" ");

    /// <summary>
    /// For each person, the articles (in the order given) that quote them or name them (full name or an alias) as a whole
    /// word. Each body is read once for everyone, on every core: a build reads bodies from their files, not from memory.
    /// </summary>
    internal static Dictionary<string, ImmutableArray<Article>> ArticlesMentioning(ImmutableArray<Person> people, ImmutableArray<Article> articles, IArticleBodies bodies, IRenderMemo? memo = null)
    {
        // What the answer for one body depends on besides the body: every person's names, in order.
        var peopleKey = string.Join("\n", people.Select(p => string.Join("\t", p.Aliases.Prepend(p.Name))));
        // One pattern per person, built once: a pattern per article and name would overflow the regex cache on larger sites.
        var patterns = people.Select(p => p.Aliases.Prepend(p.Name).Where(n => n.Length > 2).Select(Regex.Escape).ToList() is { Count: > 0 } names
            ? new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant)
            : null).ToArray();
        var mentioned = new bool[articles.Length][];
        Parallel.For(0, articles.Length, i =>
        {
            var a = articles[i];
            bool[] Scan()
            {
                var body = patterns.Any(p => p is not null) ? bodies.Read(a) : "";
                return [.. people.Select((p, j) => patterns[j]?.IsMatch(body) == true)];
            }
            var named = memo is null ? Scan() : memo.Mentions(a, peopleKey, Scan);
            mentioned[i] = [.. people.Select((p, j) => a.Quotes.Any(q => q.Speaker.Slug == p.Slug) || named[j])];
        });
        return people.Select((p, j) => (p.Slug, Articles: articles.Where((_, i) => mentioned[i][j]).ToImmutableArray()))
            .ToDictionary(x => x.Slug, x => x.Articles, StringComparer.Ordinal);
    }

    internal QuoteView QuoteViewOf(Article article, Quote quote, int index) =>
        new($"q-{article.Slug}-{index}", quote.Text, QuoteMarks.Around(quote.Text), quote.Partial, PersonLinkOf(quote.Speaker.Slug), SourceLinkOf(quote.Source), ReviewOf(quote.Review, quote.Attribution));

    internal EventView EventViewOf(TimelineEvent e) => new(
        e.Slug,
        e.Title,
        e.Date?.Iso,
        DateText(e.Date),
        e.Date?.Precision.ToString().ToLowerInvariant(),
        e.Status.ToString().ToLowerInvariant(),
        _strings.Status(e.Status),
        e.Place,
        [.. e.People.Select(r => PersonLinkOf(r.Slug))],
        [.. e.Sources.Select(SourceLinkOf)],
        _markdown.Render(e.Body, SiteLoader.TimelineFolder),
        _urls.Event(e.Slug),
        ReviewOf(e.Review, e.Attribution));

    /// <summary>What the page says of a pending review: the attribution level, or "unknown" for a mark an editor added by hand.</summary>
    internal static string? ReviewOf(SourceSpan? review, Attribution? attribution) =>
        review is null ? null : attribution is { } a ? AttributionNames.Of(a) : "unknown";

    internal PersonLink PersonLinkOf(string slug) => new(slug, _people[slug].Name, _urls.Person(slug));

    internal SourceLink SourceLinkOf(SourceRef source)
    {
        var article = _articles[source.Article.Slug];
        return new SourceLink(article.Title, article.Outlet, source.Paragraph, _urls.Paragraph(article.Slug, source.Paragraph));
    }

    internal PersonSummary PersonSummaryOf(Person p) => new(p.Slug, p.Name, RoleOf(p), p.Affiliation, PersonKindNames.Of(p.Kind), _urls.Person(p.Slug));

    /// <summary>
    /// A role as a label, starting with a capital: ingest keeps the case the reporting used ("expert on Nordic issues"
    /// beside "U.S. President"), which reads as a mistake when the two stand side by side.
    /// </summary>
    internal static string? RoleOf(Person p) =>
        p.Role is { Length: > 0 } role && char.IsLower(role[0]) ? char.ToUpperInvariant(role[0]) + role[1..] : p.Role;

    internal ArticleSummary ArticleSummaryOf(Article a) => new(a.Slug, a.Title, a.Date?.Iso, DateText(a.Date), a.Outlet, _urls.Article(a.Slug));

    internal AnalysisSummary AnalysisSummaryOf(Analysis a) => new(a.Slug, a.Title, a.Summary, [.. a.Experts.Select(r => PersonLinkOf(r.Slug))], _urls.Analysis(a.Slug));

    internal PageView PageOf(string title, string description, string url, string section, IReadOnlyList<LinkView> crumbs, PartialDate? modified,
        string ogType = "website", IEnumerable<JsonObject>? entities = null, ImageField? image = null, string imageFolder = "")
    {
        IReadOnlyList<LinkView> trail = crumbs.Count == 0 ? [] : [Crumb(_strings[StringKeys.NavHome], _urls.Home), .. crumbs];
        var graph = (entities ?? []).ToList();
        if (StructuredData.Breadcrumbs(trail, _urls.Absolute) is { } breadcrumbs) graph.Add(breadcrumbs);
        // An image an editor chose wins: the page's own, else site.yaml's; only a page with neither gets a generated card.
        var chosen = SocialImageOf(image, imageFolder, title) ?? SocialImageOf(_content.Site.Image, "", title);
        var card = chosen is null ? _cards.For(url, title) : null;
        return new PageView(title, description, url, _urls.Absolute(url), section, trail, ogType, modified?.Iso, StructuredData.Serialize(graph))
        {
            Image = chosen ?? CardImageOf(card),
            Card = card,
        };
    }

    /// <summary>
    /// What a streamed build keeps of a page it did not render (<see cref="PageOf"/>'s values for the sitemap and the share
    /// cards): no breadcrumbs, canonical address or JSON-LD, which only a rendered page shows.
    /// </summary>
    internal PageView SitemapPageOf(string title, string description, string url, string section, PartialDate? modified, string ogType, ImageField? image, string imageFolder)
    {
        var chosen = SocialImageOf(image, imageFolder, title) ?? SocialImageOf(_content.Site.Image, "", title);
        var card = chosen is null ? _cards.For(url, title) : null;
        return new PageView(title, description, url, "", section, [], ogType, modified?.Iso, "")
        {
            Image = chosen ?? CardImageOf(card),
            Card = card,
        };
    }

    private SocialImageView? CardImageOf(ShareCard? card) =>
        card is null ? null : new SocialImageView(_urls.Absolute(_urls.Asset(card.PublishedPath)), ShareCard.Width, ShareCard.Height, card.Alt);

    /// <summary>
    /// The social card image an <c>image:</c> field names, at its absolute address (social networks fetch it from
    /// anywhere); null when it names none a network would show (the loader has said why).
    /// </summary>
    internal SocialImageView? SocialImageOf(ImageField? field, string folder, string pageTitle)
    {
        if (field is null || _content.Images.Find(field.Written, folder).Image is not { Width: { } width, Height: { } height } image) return null;
        if (!ImageFormats.ShownInSocialCards(image.Format)) return null;
        return new SocialImageView(_urls.Absolute(_urls.Asset(image.PublishedPath)), width, height, field.Alt ?? pageTitle);
    }

    internal static LinkView Crumb(string title, string url) => new(title, url);

    // What the per-kind builders read.
    internal SiteContent Content => _content;
    internal IArticleBodies Bodies => _bodies;
    internal MarkdownRenderer Markdown => _markdown;
    internal Dictionary<string, Person> People => _people;
    internal Dictionary<string, Article> Articles => _articles;
    internal Dictionary<string, ImmutableArray<QuoteView>> QuotesByArticle => _quotesByArticle;
    internal ImmutableArray<QuoteView> Quotes => _quotes;
    internal Dictionary<string, List<EventView>> EventsByArticle => _eventsByArticle;
    internal ImmutableArray<(TimelineEvent Event, EventView View)> Events => _events;
    internal Dictionary<string, ImmutableArray<Article>> Mentions => _mentions;
    internal PartialDate? LatestArticleDate => _latest;
    internal TimelineNow Now => _now;
    internal Dictionary<Article, List<PersonLink>> PeopleByArticle => _peopleByArticle;
}
