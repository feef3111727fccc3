using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scriban.Runtime;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>
/// The words a reader sees, in the site's language, from one templates/i18n/ file: templates read them as <c>t.*</c>
/// (<c>t.nav.home</c>), and the page models read the few they put together themselves (dates, status labels, page
/// descriptions) through the keys of <see cref="StringKeys"/>. No reader-facing word lives in C#.
/// </summary>
public sealed class SiteStrings
{
    private readonly ImmutableDictionary<string, string> _text;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _lists;

    internal SiteStrings(string language, ImmutableDictionary<string, string> text, ImmutableDictionary<string, ImmutableArray<string>> lists)
    {
        Language = language;
        _text = text;
        _lists = lists;
        Script = ToScript(text, lists);
        var signature = new StringBuilder(language);
        foreach (var (key, value) in text.OrderBy(p => p.Key, StringComparer.Ordinal)) signature.Append('\n').Append(key).Append('=').Append(value);
        foreach (var (key, value) in lists.OrderBy(p => p.Key, StringComparer.Ordinal)) signature.Append('\n').Append(key).Append('=').AppendJoin('\t', value);
        Signature = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature.ToString())))[..16];
    }

    /// <summary>The language file's name without .yaml ("en", "fr").</summary>
    public string Language { get; }

    /// <summary>Changes whenever any string does: what a page or search document built from these strings depends on.</summary>
    public string Signature { get; }

    /// <summary>The strings as the templates' <c>t</c>: nested as the file nests them; a key ending in _html is written raw.</summary>
    public ScriptObject Script { get; }

    public string this[string key] => _text[key];

    /// <summary>Every key, lists included ("nav.home", "date.months").</summary>
    public IEnumerable<string> Keys => _text.Keys.Concat(_lists.Keys);

    /// <summary>A key's value as written: one string, or a list's items.</summary>
    public IEnumerable<string> Raw(string key) => _lists.TryGetValue(key, out var list) ? list : [_text[key]];

    /// <summary>The string at <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Fill(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values) lookup[name] = value;
        return Fill(_text[key], lookup.GetValueOrDefault);
    }

    /// <summary>
    /// Replaces each {name} of <paramref name="text"/> in one pass, so a value that itself holds "{name}" stays as written;
    /// a name <paramref name="lookup"/> does not know stays too, braces and all, where a reader (and a review) can see it.
    /// </summary>
    public static string Fill(string text, Func<string, string?> lookup)
    {
        if (!text.Contains('{', StringComparison.Ordinal)) return text;
        var result = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }
            result.Append(text, i, open - i);
            var name = text[(open + 1)..close];
            if (lookup(name) is { } value) result.Append(value);
            else result.Append(text, open, close - open + 1);
            i = close + 1;
        }
        return result.ToString();
    }

    /// <summary>A date as a reader of this language writes it: "2019", "August 2025", "15 August 2025", "1er août 2025".</summary>
    public string Date(PartialDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            DatePrecision.Day => Fill(StringKeys.DateDay, ("day", date.Day == 1 ? this[StringKeys.FirstDay] : date.Day.ToString(CultureInfo.InvariantCulture)), ("month", Month(date.Month)), ("year", year)),
            DatePrecision.Month => Fill(StringKeys.DateMonth, ("month", Month(date.Month)), ("year", year)),
            _ => Fill(StringKeys.DateYear, ("year", year)),
        };
    }

    public string Month(int month) => _lists[StringKeys.Months][month - 1];

    /// <summary>The label of an event's status ("Happened", "Planned", "Proposed").</summary>
    public string Status(EventStatus status) => this[status switch
    {
        EventStatus.Planned => StringKeys.StatusPlanned,
        EventStatus.Proposed => StringKeys.StatusProposed,
        _ => StringKeys.StatusHappened,
    }];

    private static ScriptObject ToScript(ImmutableDictionary<string, string> text, ImmutableDictionary<string, ImmutableArray<string>> lists)
    {
        var root = new ScriptObject();
        ScriptObject Parent(string key)
        {
            var obj = root;
            var parts = key.Split('.');
            foreach (var part in parts[..^1])
            {
                if (obj.TryGetValue(part, out var existing) && existing is ScriptObject child) obj = child;
                else
                {
                    var made = new ScriptObject();
                    obj.SetValue(part, made, readOnly: true);
                    obj = made;
                }
            }
            return obj;
        }
        static string Leaf(string key) => key[(key.LastIndexOf('.') + 1)..];
        foreach (var (key, value) in text.OrderBy(p => p.Key, StringComparer.Ordinal))
            Parent(key).SetValue(Leaf(key), key.EndsWith("_html", StringComparison.Ordinal) ? new RawHtml(value) : value, readOnly: true);
        foreach (var (key, value) in lists.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var array = new ScriptArray();
            foreach (var item in value) array.Add(item);
            Parent(key).SetValue(Leaf(key), array, readOnly: true);
        }
        return root;
    }
}

/// <summary>The keys C# reads; every strings file must have these (and every key en.yaml has, which the templates read).</summary>
public static class StringKeys
{
    public const string Months = "date.months";
    public const string CardHome = "card.home";
    public const string CardTimeline = "card.timeline";
    public const string CardPeople = "card.people";
    public const string CardPerson = "card.person";
    public const string CardAnalyses = "card.analyses";
    public const string CardAnalysis = "card.analysis";
    public const string CardArticles = "card.articles";
    public const string CardArticle = "card.article";
    public const string CardPage = "card.page";
    public const string CardPeopleCountOne = "card.people_count_one";
    public const string CardPeopleCount = "card.people_count";
    public const string CardAnalysesCountOne = "card.analyses_count_one";
    public const string CardAnalysesCount = "card.analyses_count";
    public const string CardArticlesCountOne = "card.articles_count_one";
    public const string CardArticlesCount = "card.articles_count";
    public const string CardTimelineStatus = "card.timeline_status";
    public const string CardTimelineStatusAsOf = "card.timeline_status_as_of";
    public const string DateDay = "date.day";
    public const string DateMonth = "date.month";
    public const string DateYear = "date.year";
    public const string FirstDay = "date.first_day";
    public const string DateNotSet = "date.not_set";
    public const string StatusHappened = "status.happened";
    public const string StatusPlanned = "status.planned";
    public const string StatusProposed = "status.proposed";
    public const string NavHome = "nav.home";
    public const string NavTimeline = "nav.timeline";
    public const string NavPeople = "nav.people";
    public const string NavAnalysis = "nav.analysis";
    public const string NavSources = "nav.sources";
    public const string TimelineDescription = "pages.timeline";
    public const string PeopleDescription = "pages.people";
    public const string AnalysisDescription = "pages.analysis";
    public const string SourcesDescription = "pages.sources";
    public const string SearchDescription = "pages.search";
    public const string SearchTitle = "search.title";
    public const string ParagraphOf = "source.paragraph_of";
    public const string ParagraphLabel = "article.paragraph_label";
    public const string NowAsOf = "timeline.now_as_of";
    public const string NowLatest = "timeline.now_latest";
    public const string TimelineHappened = "timeline.happened";
    public const string TimelineAhead = "timeline.ahead";
    public const string EmbedTitle = "timeline.embed_title";
    public const string EmbedDescription = "timeline.embed_description";
    public const string IframeTitle = "timeline.iframe_title";
    public const string FeedEventTitle = "timeline.feed_title";
    public const string NotFoundTitle = "not_found.title";
    public const string NotFoundDescription = "not_found.description";

    /// <summary>A person kind's plural label (a list heading) and singular (a person page's kicker).</summary>
    public static (string Plural, string Singular) Kind(string kindName) => ("people." + kindName, "people." + kindName + "_one");

    /// <summary>A search result kind's label ("person" → "People").</summary>
    public static string SearchKind(string kindName) => "search." + kindName;

    /// <summary>Keys that hold a list, and how many items each must have.</summary>
    public static readonly ImmutableDictionary<string, int> Lists = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, int>(Months, 12)]);

    public static readonly ImmutableArray<string> All =
    [
        Months, DateDay, DateMonth, DateYear, FirstDay, DateNotSet, StatusHappened, StatusPlanned, StatusProposed,
        NavHome, NavTimeline, NavPeople, NavAnalysis, NavSources,
        TimelineDescription, PeopleDescription, AnalysisDescription, SourcesDescription, SearchDescription, SearchTitle,
        ParagraphOf, ParagraphLabel, NowAsOf, NowLatest, TimelineHappened, TimelineAhead, EmbedTitle, EmbedDescription, IframeTitle, FeedEventTitle,
        NotFoundTitle, NotFoundDescription,
        .. PersonKindNames.All.SelectMany(k => new[] { Kind(k).Plural, Kind(k).Singular }),
        .. new[] { "paragraph", "quote", "event", "person", "analysis", "article" }.Select(SearchKind),
    ];
}
