using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;

namespace SiteGen.Publishing;

/// <summary>
/// What a build keeps for the next one, as one file beside output/ (<c>.sitegen-state-output</c>): per article file its
/// size, modification time and parsed record (with its diagnostics and content hash), each article's prepared search
/// documents and the people its body names, and the page index (each page's input key and the hash of its bytes). The next build stats every file and
/// re-reads only those whose size or time changed, renders only pages whose inputs changed, and merges the kept search
/// documents with the new ones. Another SiteGen or another template set drops the whole state; a damaged or foreign
/// file is ignored with a warning (SG5008), and the build is then a clean one. Nothing in it is ever needed for a
/// correct site: it only saves work.
/// </summary>
public sealed class BuildState
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "SGSTATE\n"u8.ToArray();

    private BuildState(ContentCache content, PageIndex pages, PageIndex sparePages, ArticleMemo articles)
    {
        SparePages = sparePages;
        Content = content;
        Pages = pages;
        Articles = articles;
    }

    /// <summary>The article files parsed by the last build, for the loader (files it does not find there it reads).</summary>
    public ContentCache Content { get; }

    /// <summary>The files of the site in output/: the hash and length of their bytes, and what each page was made from.</summary>
    public PageIndex Pages { get; }

    /// <summary>The same of the site before it, now the spare (empty when not known).</summary>
    public PageIndex SparePages { get; }

    /// <summary>What was made from each article's body (search documents, people named), kept and handed to the next state.</summary>
    public ArticleMemo Articles { get; }

    /// <summary>A state with nothing in it: the build is a clean one.</summary>
    public static BuildState Empty() => new(new ContentCache(), new PageIndex(), new PageIndex(), new ArticleMemo([], []));

    /// <summary>
    /// The state at <paramref name="path"/> when this SiteGen wrote it for the same templates; an empty one when there is
    /// none or it is stale, and also when it is damaged or not a state file, with <paramref name="warning"/> saying so.
    /// </summary>
    public static BuildState Read(string path, UInt128 templatesKey, string displayPath, out Diagnostic? warning)
    {
        warning = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0) return Empty();
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Empty();
        }
        try
        {
            var body = bytes.Length - 32;
            if (body < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) throw new InvalidDataException("not a SiteGen build state");
            if (!SHA256.HashData(bytes.AsSpan(0, body)).AsSpan().SequenceEqual(bytes.AsSpan(body))) throw new InvalidDataException("its checksum does not match: the file is damaged or was cut short");
            using var stream = new MemoryStream(bytes, Magic.Length, body - Magic.Length, writable: false);
            var reader = new StateReader(stream);
            // A newer format, another SiteGen or changed templates: not damaged, only out of date. The whole state goes.
            if (reader.Int() != FormatVersion || reader.String() != PageKeys.ProgramIdentity || reader.Hash() != templatesKey) return Empty();
            return ReadSections(reader);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or OverflowException or ArgumentException)
        {
            warning = new Diagnostic(Severity.Warning, DiagnosticCodes.BuildStateIgnored, SourceSpan.StartOf(displayPath),
                $"the build state was ignored ({ex.Message}), so this build reads and renders everything; it is written again afterwards");
            return Empty();
        }
    }

    private static BuildState ReadSections(StateReader reader)
    {
        var pages = ReadIndex(reader);
        var sparePages = ReadIndex(reader);

        var content = new ContentCache();
        for (var i = reader.Count(); i > 0; i--)
        {
            var fullPath = reader.Text();
            var length = reader.Long();
            var modified = new DateTime(reader.Long(), DateTimeKind.Utc);
            var slug = reader.String();
            var slugSpan = reader.Span();
            var diagnostics = reader.List(reader.Diagnostic);
            var textHash = reader.Hash();
            var article = reader.Article();
            content.Set(fullPath, new ContentCache.Entry(length, modified, null, article, slug, slugSpan, diagnostics, null)
            {
                Streamed = new StreamedArticleBodies.Loaded(fullPath, textHash),
            });
        }

        var terms = reader.List(reader.Text);
        var search = new Dictionary<UInt128, ImmutableArray<PreparedDocument>>();
        for (var i = reader.Count(); i > 0; i--)
        {
            var key = reader.Hash();
            search[key] = reader.List(() =>
            {
                var json = reader.Bytes();
                var termCount = reader.Count();
                var weighed = new (string, int)[termCount];
                for (var t = 0; t < termCount; t++)
                {
                    var number = reader.Int();
                    weighed[t] = ((uint)number < (uint)terms.Length ? terms[number] : throw new InvalidDataException("a term number out of range"), reader.Int());
                }
                return new PreparedDocument(weighed, json, SearchIndexLimits.Default);
            });
        }
        var mentions = new Dictionary<UInt128, bool[]>();
        for (var i = reader.Count(); i > 0; i--)
        {
            var key = reader.Hash();
            mentions[key] = [.. reader.List(reader.Bool)];
        }
        return new BuildState(content, pages, sparePages, new ArticleMemo(search, mentions));
    }

    private static PageIndex ReadIndex(StateReader reader)
    {
        var count = reader.Count();
        var index = new PageIndex(Math.Min(count, 1 << 20));
        for (var i = count; i > 0; i--) index.Set(reader.Text(), new PageIndex.Entry(reader.Hash(), reader.Hash(), reader.Long()));
        return index;
    }

    private static void WriteIndex(StateWriter writer, PageIndex index) =>
        writer.List(index.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), e =>
        {
            writer.String(e.Key);
            writer.Hash(e.Value.Key);
            writer.Hash(e.Value.Hash);
            writer.Long(e.Value.Length);
        });

    /// <summary>
    /// Writes the state of the site just published whole to a temporary file and renames it over <paramref name="path"/>:
    /// a reader never sees half of one. When it cannot be written the old one is deleted, so it never describes another site.
    /// </summary>
    /// <param name="path">Where the state goes.</param>
    /// <param name="templatesKey">The template set it was made with.</param>
    /// <param name="pages">The index of the site just published.</param>
    /// <param name="sparePages">The index of the site it replaced, which is now the spare.</param>
    /// <param name="content">The article files as parsed.</param>
    /// <param name="search">What was made from the articles' bodies.</param>
    public static void Write(string path, UInt128 templatesKey, PageIndex pages, PageIndex sparePages, ContentCache content, ArticleMemo search)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                file.Write(Magic);
                var writer = new StateWriter(file);
                writer.Int(FormatVersion);
                writer.String(PageKeys.ProgramIdentity);
                writer.Hash(templatesKey);
                WriteSections(writer, pages, sparePages, content, search);
                writer.Flush();
                file.Position = 0;
                var checksum = SHA256.HashData(file);
                file.Write(checksum);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The site is published; without a state the next build is a clean one.
            TryDelete(temporary);
            TryDelete(path);
        }
    }

    private static void WriteSections(StateWriter writer, PageIndex pages, PageIndex sparePages, ContentCache content, ArticleMemo search)
    {
        WriteIndex(writer, pages);
        WriteIndex(writer, sparePages);

        // Only articles are kept: they are the many; the few people, events, analyses and pages are read every time.
        var articles = content.Entries.Where(e => e.Value is { Item: Article, Streamed: not null, Text: null }).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.List(articles, e =>
        {
            var entry = e.Value;
            writer.String(e.Key);
            writer.Long(entry.Length);
            writer.Long(entry.Modified.Ticks);
            writer.String(entry.Slug);
            writer.Span(entry.SlugSpan);
            writer.List(entry.Diagnostics, writer.Diagnostic);
            writer.Hash(entry.Streamed!.TextHash);
            writer.Article((Article)entry.Item!);
        });

        // Terms once, then each document's as numbers into that list.
        var kept = search.Search.OrderBy(e => e.Key).ToList();
        var termNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var (_, documents) in kept)
        {
            foreach (var document in documents)
            {
                foreach (var (term, _) in document.Terms)
                {
                    if (termNumbers.TryAdd(term, terms.Count)) terms.Add(term);
                }
            }
        }
        writer.List(terms, writer.String);
        writer.List(kept, e =>
        {
            writer.Hash(e.Key);
            writer.List(e.Value, document =>
            {
                writer.Bytes(document.Json);
                writer.List(document.Terms, t =>
                {
                    writer.Int(termNumbers[t.Term]);
                    writer.Int(t.Weight);
                });
            });
        });
        writer.List(search.MentionsFound.OrderBy(e => e.Key).ToList(), e =>
        {
            writer.Hash(e.Key);
            writer.List(e.Value, writer.Bool);
        });
    }

    /// <summary>Deletes the state: a failed build that changed the spare leaves it matching no index.</summary>
    public static void Delete(string path) => TryDelete(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>
/// A build's memo of what it made from each article's body, keyed by what that was made from, so a kept article's body is
/// not read again: its prepared search documents (by the site values, its slug, content hash and what its page
/// borrows: not tokenised and stemmed again) and which people it names (by its content hash and every person's names).
/// Only what this build used is handed on.
/// </summary>
public sealed class ArticleMemo(Dictionary<UInt128, ImmutableArray<PreparedDocument>> previousSearch, Dictionary<UInt128, bool[]> previousMentions) : IRenderMemo
{
    private readonly ConcurrentDictionary<UInt128, ImmutableArray<PreparedDocument>> _search = new();
    private readonly ConcurrentDictionary<UInt128, bool[]> _mentions = new();
    private string _siteValues = "";

    /// <summary>The search documents this build used, for the next state.</summary>
    internal IEnumerable<KeyValuePair<UInt128, ImmutableArray<PreparedDocument>>> Search => _search;

    /// <summary>The mentions this build used, for the next state.</summary>
    internal IEnumerable<KeyValuePair<UInt128, bool[]>> MentionsFound => _mentions;

    /// <summary>What every search document shows besides its article (<see cref="PageKeys.SiteValues"/>: base_url, relative links).</summary>
    internal void Begin(string siteValues) => _siteValues = siteValues;

    public string Markdown(string markdown, bool numbered, Func<string> render) => render();

    public ImmutableArray<PreparedDocument> SearchDocuments(object record, string pageKey, Func<ImmutableArray<PreparedDocument>> prepare)
    {
        if (record is not Article article) return prepare();
        var key = new PageKeys.KeyBuilder().Add(_siteValues).Add(article.Slug).Add(article.SourceHash).Add(pageKey).Build();
        var documents = previousSearch.TryGetValue(key, out var known) ? known : prepare();
        _search[key] = documents;
        return documents;
    }

    public bool[] Mentions(Article article, string peopleKey, Func<bool[]> scan)
    {
        var key = new PageKeys.KeyBuilder().Add(peopleKey).Add(article.SourceHash).Build();
        var found = previousMentions.TryGetValue(key, out var known) ? known : scan();
        _mentions[key] = found;
        return found;
    }
}
