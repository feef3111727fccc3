using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>Builds the view records for every page from the content model, resolving the cross-links between quotes, people, events and articles.</summary>
public sealed class PageModelBuilder
{
    private static readonly (string Kind, string Label, string Singular)[] KindLabels =
    [
        ("leader", "Leaders", "Leader"),
        ("official", "Officials", "Official"),
        ("expert", "Experts", "Expert"),
        ("other", "Others", "In the story"),
        ("journalist", "Journalists", "Journalist"),
    ];

    private readonly SiteContent _content;
    private readonly SiteUrls _urls;
    private readonly MarkdownRenderer _markdown;
    private readonly SiteView _site;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Article> _articles;
    private readonly ImmutableArray<Article> _articlesInOrder;
    private readonly ImmutableArray<QuoteView> _quotes;
    private readonly ImmutableArray<(TimelineEvent Event, EventView View)> _events;

    public PageModelBuilder(SiteContent content)
    {
        _content = content;
        _urls = new SiteUrls(content.Site.BasePath, content.Site.BaseUrl);
        _markdown = new MarkdownRenderer(_urls.BasePath);
        _people = content.People.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _articles = content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _articlesInOrder = [.. content.Articles.OrderBy(a => a.Date ?? new PartialDate(9999)).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        _quotes = [.. _articlesInOrder.SelectMany(a => a.Quotes.Select((q, i) => QuoteViewOf(a, q, i + 1)))];
        _events = [.. content.Events
            .OrderBy(e => e.Date is null ? 1 : 0)
            .ThenBy(e => e.Date ?? default)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => (e, EventViewOf(e)))];
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
            _urls.Asset("style.css"),
            [.. _articlesInOrder.Select(a => new LinkView(a.Title, _urls.Article(a.Slug)))],
            [.. content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new LinkView(p.Title, _urls.Page(p.Slug)))]);
    }

    public SiteUrls Urls => _urls;

    public HomeModel Home()
    {
        var home = _content.Home;
        // One pull quote per speaker, in story order: the explainer should show the range of voices, not one voice many times.
        var keyQuotes = _quotes.Where(q => !q.Partial).DistinctBy(q => q.Speaker.Slug).ToList();
        return new HomeModel(
            _site,
            PageOf(home.Title.Length > 0 ? home.Title : _content.Site.Title, _content.Site.Description, _urls.Home, "home", []),
            new HomeView(home.Title, home.Lede, home.When, home.Where, home.Duration, home.Outcome, _markdown.Render(home.Body)),
            keyQuotes,
            PeopleGroups(includeJournalists: false),
            [.. _events.Where(e => e.Event.Date is not null && e.Event.Status == EventStatus.Happened).Select(e => e.View)],
            [.. _events.Where(e => e.Event.Status != EventStatus.Happened).Select(e => e.View)],
            [.. _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)],
            [.. _articlesInOrder.Select(ArticleSummaryOf)]);
    }

    public TimelineModel Timeline() => new(
        _site,
        PageOf("Timeline", "Every event of the story in date order, with what is planned and proposed next.", _urls.Timeline, "timeline", [Crumb("Timeline", _urls.Timeline)]),
        [.. _events.Where(e => e.Event.Date is not null).Select(e => e.View)],
        [.. _events.Where(e => e.Event.Date is null).Select(e => e.View)]);

    public PeopleModel PeopleIndex() => new(
        _site,
        PageOf("People", "Who is who in the story: leaders, officials, experts and the journalists who reported it.", _urls.People, "people", [Crumb("People", _urls.People)]),
        PeopleGroups(includeJournalists: true));

    public IEnumerable<PersonModel> People() => _content.People.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(PersonPage);

    public AnalysesModel AnalysesIndex() => new(
        _site,
        PageOf("Analysis", "What experts make of the summit, claim by claim, with sources.", _urls.Analyses, "analysis", [Crumb("Analysis", _urls.Analyses)]),
        [.. _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)]);

    public IEnumerable<AnalysisModel> Analyses() => _content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => new AnalysisModel(
        _site,
        PageOf(a.Title, a.Summary ?? a.Title, _urls.Analysis(a.Slug), "analysis", [Crumb("Analysis", _urls.Analyses), Crumb(a.Title, _urls.Analysis(a.Slug))]),
        new AnalysisView(
            a.Slug,
            a.Title,
            a.Summary,
            [.. a.Experts.Select(r => PersonLinkOf(r.Slug))],
            [.. a.Claims.Select(c => new ClaimView(c.Text, c.Speaker is null ? null : PersonLinkOf(c.Speaker.Slug), SourceLinkOf(c.Source)))],
            [.. _quotes.Where(q => a.Experts.Any(e => e.Slug == q.Speaker.Slug))],
            _markdown.Render(a.Body))));

    public ArticlesModel ArticlesIndex() => new(
        _site,
        PageOf("Sources", "The news articles this explainer is built from, as published.", _urls.Articles, "articles", [Crumb("Sources", _urls.Articles)]),
        [.. _articlesInOrder.Select(ArticleSummaryOf)]);

    public IEnumerable<ArticleModel> Articles() => _articlesInOrder.Select(a => new ArticleModel(
        _site,
        PageOf(a.Title, a.Caption ?? a.Title, _urls.Article(a.Slug), "articles", [Crumb("Sources", _urls.Articles), Crumb(a.Title, _urls.Article(a.Slug))]),
        new ArticleView(
            a.Slug,
            a.Title,
            a.Date?.Iso,
            a.Date?.Display,
            a.Outlet,
            a.Seed,
            new BylineView(a.Byline.Reporter, a.Byline.Photo, a.Byline.Editors),
            a.Caption,
            a.CaptionCredit,
            _markdown.RenderArticle(a.Body),
            [.. _quotes.Where(q => q.Source.Url.StartsWith(_urls.Article(a.Slug) + "#", StringComparison.Ordinal))],
            [.. _content.People.Where(p => p.Kind != "journalist" && Mentions(a, p)).OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => PersonLinkOf(p.Slug))],
            [.. _events.Where(e => e.Event.Sources.Any(s => s.Article.Slug == a.Slug)).Select(e => e.View)])));

    public IEnumerable<FreePageModel> FreePages() => _content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new FreePageModel(
        _site,
        PageOf(p.Title, p.Description ?? p.Title, _urls.Page(p.Slug), "page", [Crumb(p.Title, _urls.Page(p.Slug))]),
        new FreePageView(p.Slug, p.Title, _markdown.Render(p.Body))));

    public NotFoundModel NotFound() => new(_site, PageOf("Page not found", "There is no page at this address.", _urls.BasePath + "404.html", "404", []));

    private PersonModel PersonPage(Person p)
    {
        var quotes = _quotes.Where(q => q.Speaker.Slug == p.Slug).ToList();
        var description = string.Join(", ", new[] { p.Role, p.Affiliation }.Where(s => !string.IsNullOrEmpty(s)));
        return new PersonModel(
            _site,
            PageOf(p.Name, description.Length > 0 ? $"{p.Name}, {description}" : p.Name, _urls.Person(p.Slug), "people", [Crumb("People", _urls.People), Crumb(p.Name, _urls.Person(p.Slug))]),
            new PersonView(
                p.Slug,
                p.Name,
                p.Aliases,
                p.Role,
                p.Affiliation,
                p.Kind,
                KindLabels.First(k => k.Kind == p.Kind).Singular,
                _markdown.Render(p.Body),
                [.. quotes.Where(q => !q.Partial)],
                [.. quotes.Where(q => q.Partial)],
                [.. _events.Where(e => e.Event.People.Any(r => r.Slug == p.Slug)).Select(e => e.View)],
                [.. _articlesInOrder.Where(a => Mentions(a, p)).Select(ArticleSummaryOf)],
                [.. _articlesInOrder.Where(a => IsCredited(a, p)).Select(ArticleSummaryOf)],
                [.. _content.Analyses.Where(a => a.Experts.Any(e => e.Slug == p.Slug)).OrderBy(a => a.Slug, StringComparer.Ordinal).Select(AnalysisSummaryOf)]));
    }

    private List<PersonGroup> PeopleGroups(bool includeJournalists) =>
        [.. KindLabels
            .Where(k => includeJournalists || k.Kind != "journalist")
            .Select(k => new PersonGroup(k.Kind, k.Label, [.. _content.People.Where(p => p.Kind == k.Kind).OrderBy(p => p.Name, StringComparer.Ordinal).Select(PersonSummaryOf)]))
            .Where(g => g.People.Count > 0)];

    private static bool IsCredited(Article a, Person p) =>
        a.Byline.Reporter == p.Name || a.Byline.Photo == p.Name || a.Byline.Editors.Contains(p.Name);

    /// <summary>An article mentions a person when it quotes them or names them (full name or an alias) as a whole word.</summary>
    private static bool Mentions(Article a, Person p) =>
        a.Quotes.Any(q => q.Speaker.Slug == p.Slug)
        || new[] { p.Name }.Concat(p.Aliases).Any(name => name.Length > 2 && Regex.IsMatch(a.Body, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])"));

    private QuoteView QuoteViewOf(Article article, Quote quote, int index) =>
        new($"q-{article.Slug}-{index}", quote.Text, quote.Partial, PersonLinkOf(quote.Speaker.Slug), SourceLinkOf(quote.Source));

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
        _markdown.Render(e.Body),
        _urls.Event(e.Slug));

    private PersonLink PersonLinkOf(string slug) => new(slug, _people[slug].Name, _urls.Person(slug));

    private SourceLink SourceLinkOf(SourceRef source)
    {
        var article = _articles[source.Article.Slug];
        return new SourceLink(article.Title, article.Outlet, source.Paragraph, _urls.Paragraph(article.Slug, source.Paragraph));
    }

    private PersonSummary PersonSummaryOf(Person p) => new(p.Slug, p.Name, p.Role, p.Affiliation, p.Kind, _urls.Person(p.Slug));

    private ArticleSummary ArticleSummaryOf(Article a) => new(a.Slug, a.Title, a.Date?.Iso, a.Date?.Display, a.Outlet, _urls.Article(a.Slug));

    private AnalysisSummary AnalysisSummaryOf(Analysis a) => new(a.Slug, a.Title, a.Summary, [.. a.Experts.Select(r => PersonLinkOf(r.Slug))], _urls.Analysis(a.Slug));

    private PageView PageOf(string title, string description, string url, string section, IReadOnlyList<LinkView> crumbs) =>
        new(title, description, url, _urls.Absolute(url), section, crumbs.Count == 0 ? [] : [Crumb("Explainer", _urls.Home), .. crumbs]);

    private static LinkView Crumb(string title, string url) => new(title, url);
}
