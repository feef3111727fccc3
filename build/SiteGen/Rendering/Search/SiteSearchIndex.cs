using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Rendering.Search;

/// <summary>
/// The site's search index as one render fills it: ids in the order <see cref="SearchDocumentProjection.Paragraphs"/> describes, with
/// each article's paragraphs numbered from where that article's run starts, whichever thread renders its page.
/// </summary>
public sealed class SiteSearchIndex
{
    private readonly SearchDocumentProjection _documents;
    private readonly SearchIndexBuilder _builder;
    private readonly Dictionary<Article, int> _firstParagraph = new(ReferenceEqualityComparer.Instance);
    private readonly Func<SearchDocument, SearchDocument> _linked;
    private readonly List<OutputFile> _held = [];
    private readonly IRenderMemo? _memo;
    // Deferred: each article's prepared paragraphs, added to the index only when it is asked for.
    private readonly ConcurrentDictionary<Article, ImmutableArray<PreparedDocument>>? _pending;
    private readonly Action _addRecords;
    private readonly Task? _records;

    /// <param name="context">What the page models draw on, whose article order numbers the documents.</param>
    /// <param name="documents">The documents, made from the same records as the pages.</param>
    /// <param name="urls">The site's addresses.</param>
    /// <param name="relative">Whether results link relative to the search page.</param>
    /// <param name="write">Where document files go as they fill; without it they are held and returned by <see cref="Finish"/>.</param>
    /// <param name="memo">The preview's: an unchanged article's paragraphs are not prepared again.</param>
    /// <param name="deferred">Only prepare documents while the pages render; merge them when <see cref="Finish"/> is called.</param>
    public SiteSearchIndex(PageModelContext context, SearchDocumentProjection documents, SiteUrls urls, bool relative, Action<OutputFile>? write, IRenderMemo? memo, bool deferred)
    {
        _documents = documents;
        _memo = memo;
        // The search page turns each entry into a link, so in relative mode its addresses are relative to that page.
        var searchPage = urls.OutputPath(urls.Search);
        _linked = relative ? d => d with { Url = RelativeLinks.Relative(d.Url, searchPage, urls) } : d => d;
        var paragraphs = 0;
        foreach (var a in context.ArticlesInOrder)
        {
            _firstParagraph[a] = paragraphs;
            paragraphs += context.PublishedParagraphs(a).Count();
        }
        _builder = new SearchIndexBuilder(write ?? Hold);
        // Records' documents follow every paragraph; they need no page, so they are indexed while the pages render.
        _addRecords = () =>
        {
            var id = paragraphs;
            foreach (var d in documents.Records()) _builder.Add(id++, _linked(d));
        };
        if (deferred) _pending = new(ReferenceEqualityComparer.Instance);
        // The records' documents need no page: they are indexed while the pages render.
        else _records = Task.Run(_addRecords);
    }

    /// <param name="article">The article whose page is being rendered.</param>
    /// <param name="body">Its body, as the page reads it: asked for only when the memo does not hold the documents.</param>
    /// <param name="pageKey">What the article's page shows besides its own record (which paragraphs are published among
    /// it): under the same record and key, the documents are the same.</param>
    public void AddParagraphs(Article article, Func<string> body, string pageKey)
    {
        var id = _firstParagraph[article];
        ImmutableArray<PreparedDocument> Prepare() => [.. _documents.Paragraphs(article, body()).Select(d => _builder.Prepare(_linked(d)))];
        var documents = _memo is null ? Prepare() : _memo.SearchDocuments(article, pageKey, Prepare);
        if (_pending is not null) _pending[article] = documents;
        else foreach (var d in documents) _builder.Add(id++, d);
    }

    /// <summary>The manifest and term shards, then any held document files in number order.</summary>
    public ImmutableArray<OutputFile> Finish()
    {
        if (_pending is not null)
        {
            foreach (var (article, documents) in _pending)
            {
                var id = _firstParagraph[article];
                foreach (var d in documents) _builder.Add(id++, d);
            }
            _addRecords();
        }
        _records?.GetAwaiter().GetResult();
        return [.. _builder.Finish(), .. _held.OrderBy(f => f.Path.Length).ThenBy(f => f.Path, StringComparer.Ordinal)];
    }

    private void Hold(OutputFile file)
    {
        lock (_held) _held.Add(file);
    }
}
