using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;

namespace SiteGen.Publishing;

/// <summary>
/// What one render can lend the next, for the preview server: Markdown already turned into HTML, and each page's HTML
/// with the JSON of the view model it came from. A page whose model is byte-for-byte the same, under the same site
/// values and templates, is not rendered again. A one-off build does not need it.
/// </summary>
public sealed class RenderCache : IRenderMemo
{
    internal sealed record CachedPage(string Template, byte[]? Model, byte[] Html, PageSource? Key, PageView View);

    /// <summary>The record a page is drawn from (compared by identity) and the text it borrows from other records.</summary>
    internal sealed class PageSource(object record, string borrowed)
    {
        public bool Matches(PageSource other) => ReferenceEquals(record, other.Record) && borrowed == other.Borrowed;

        private object Record => record;

        private string Borrowed => borrowed;
    }

    private ConcurrentDictionary<(string Markdown, bool Numbered), string> _markdown = new();
    private ConcurrentDictionary<(string Markdown, bool Numbered), string> _previousMarkdown = new();
    private ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<(object Record, string Context), ImmutableArray<PreparedDocument>> _search = new(RecordKeyComparer.Instance);
    private ConcurrentDictionary<(object Record, string Context), ImmutableArray<PreparedDocument>> _previousSearch = new(RecordKeyComparer.Instance);
    private byte[]? _siteModel;
    private TemplateSet? _templates;
    private string? _siteValues;
    private object[] _dependencies = [];
    private bool _identityHolds;
    private IReadOnlyDictionary<UInt128, byte[]> _cards = new Dictionary<UInt128, byte[]>();
    // The build state's memo, for the first render after a restart only: its search documents and mentions by content.
    private ArticleMemo? _earlier;

    /// <summary>Pages rendered again by the last render, and pages reused; for the server's console line and the benchmark.</summary>
    public (int Rendered, int Reused) LastCounts { get; internal set; }

    /// <summary>Starts a render: anything every page depends on (site values, templates, base_url) invalidates every page.</summary>
    /// <param name="siteModel">The site-wide values every page shows, as JSON.</param>
    /// <param name="templates">The parsed templates (a new set means every page renders again).</param>
    /// <param name="siteValues">What every page shows besides (<see cref="PageKeys.SiteValues"/>).</param>
    /// <param name="dependencies">What every page known by identity also shows (people, events): if any of these is not
    /// the very same object as last time, identity alone no longer proves a page unchanged.</param>
    internal void Begin(byte[] siteModel, TemplateSet templates, string siteValues, object[] dependencies)
    {
        var everythingChanged = _siteModel is null || !_siteModel.AsSpan().SequenceEqual(siteModel) || !ReferenceEquals(_templates, templates) || _siteValues != siteValues;
        if (everythingChanged)
        {
            _pages = new(StringComparer.Ordinal);
        }
        _identityHolds = !everythingChanged && SameObjects(_dependencies, dependencies);
        _dependencies = dependencies;
        if (_siteValues != siteValues)
        {
            _markdown = new();
            _search = new(RecordKeyComparer.Instance);
        }
        // Keep only the Markdown and search documents the last render used, so edits do not pile up old bodies forever.
        _previousMarkdown = _markdown;
        _markdown = new();
        _previousSearch = _search;
        _search = new(RecordKeyComparer.Instance);
        _siteModel = siteModel;
        _templates = templates;
        _siteValues = siteValues;
    }

    /// <summary>Before a render plans its pages: the build state's memo on the first render after a restart, null on any other.</summary>
    internal void LendFrom(ArticleMemo? earlier) => _earlier = earlier;

    public string Markdown(string markdown, bool numbered, Func<string> render)
    {
        var key = (markdown, numbered);
        if (_markdown.TryGetValue(key, out var html)) return html;
        html = _previousMarkdown.TryGetValue(key, out var previous) ? previous : render();
        _markdown[key] = html;
        return html;
    }

    /// <summary>
    /// A record's search documents, prepared, while it is the very object they were made from (a content file the preview
    /// did not reload) under the same page key (<see cref="PageKeys.Borrowed"/>: which of its paragraphs are published among it): re-reading every paragraph of a
    /// 10,000-article site cost more than the rest of a rebuild.
    /// </summary>
    public ImmutableArray<PreparedDocument> SearchDocuments(object record, string pageKey, Func<ImmutableArray<PreparedDocument>> prepare)
    {
        var key = (record, pageKey);
        if (_search.TryGetValue(key, out var documents)) return documents;
        documents = _previousSearch.TryGetValue(key, out var previous) ? previous
            : _earlier is { } earlier ? earlier.SearchDocuments(record, pageKey, prepare)
            : prepare();
        _search[key] = documents;
        return documents;
    }

    /// <summary>Only the first render after a restart knows mentions without scanning: the build state's (by content, not identity).</summary>
    public bool[] Mentions(Content.Article article, string peopleKey, Func<bool[]> scan) =>
        _earlier is { } earlier ? earlier.Mentions(article, peopleKey, scan) : scan();

    /// <summary>Records by identity: a record's own equality would compare every field, a body read included.</summary>
    private sealed class RecordKeyComparer : IEqualityComparer<(object Record, string Context)>
    {
        public static readonly RecordKeyComparer Instance = new();

        public bool Equals((object Record, string Context) x, (object Record, string Context) y) =>
            ReferenceEquals(x.Record, y.Record) && x.Context == y.Context;

        public int GetHashCode((object Record, string Context) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Record), key.Context);
    }

    /// <summary>A page whose source record is the very object it was rendered from last time, with nothing else it shows changed.</summary>
    internal CachedPage? PageByIdentity(string outputPath, string template, PageSource key) =>
        _identityHolds && _pages.TryGetValue(outputPath, out var page) && page.Template == template && page.Key is { } known && known.Matches(key) ? page : null;

    /// <summary>A page whose view model serializes to the same bytes as last time (never one taken from output/, whose model is not known).</summary>
    internal byte[]? Page(string outputPath, string template, byte[] model) =>
        _pages.TryGetValue(outputPath, out var page) && page.Template == template && page.Model is { } known && known.AsSpan().SequenceEqual(model) ? page.Html : null;

    /// <summary>Keeps a page for the next render; its model is null when it was taken from the last build's output/ by its input key.</summary>
    internal void Remember(string outputPath, string template, byte[]? model, byte[] html, PageSource? key, PageView view) =>
        _pages[outputPath] = new CachedPage(template, model, html, key, view);

    /// <summary>A share card the last render drew, by its key (what it shows): a rebuild draws only changed cards.</summary>
    internal byte[]? Card(UInt128 key) => _cards.GetValueOrDefault(key);

    /// <summary>Keeps the cards this render used, and only those, for the next.</summary>
    internal void KeepCards(IReadOnlyDictionary<UInt128, byte[]> cards) => _cards = cards;

    private static bool SameObjects(object[] a, object[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }
        return true;
    }
}
