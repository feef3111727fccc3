using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Rendering;

namespace SiteGen.Publishing;

/// <summary>
/// The one rule for what a page is made from, which every cache keys its pages by: the preview's render cache (the
/// record by identity plus what the page borrows), its search documents (the same), and a build's page index (a hash
/// of the site-wide inputs, the article's file and what it borrows). A new input a page shows goes here, once.
/// </summary>
public sealed class PageKeys
{
    private readonly PageModelContext _context;
    private readonly Dictionary<string, string> _coCited;
    private readonly UInt128? _siteKey;

    /// <param name="content">The loaded content.</param>
    /// <param name="context">What its page models draw on (which paragraphs each article publishes, what each article page shows of other records).</param>
    /// <param name="siteModel">The site-wide values every page shows, as JSON.</param>
    /// <param name="sourcesKey">For a build: <see cref="SourcesKey"/>, taken before loading; without it there are no input keys.</param>
    public PageKeys(SiteContent content, PageModelContext context, byte[] siteModel, UInt128? sourcesKey)
    {
        _context = context;
        _coCited = CoCitedTitles(content);
        _siteKey = sourcesKey is { } sources ? SiteWideKey(content, siteModel, sources) : null;
        SiteValues = content.Site.BaseUrl + (content.Site.RelativeUrls ? " relative" : "") + (content.Site.Cards ? "" : " no-cards") + " " + content.Images.Signature + " " + context.Strings.Signature;
    }

    /// <summary>
    /// What every page shows besides the site model and templates: base_url (every link carries its sub-path, and its
    /// host decides which links are external), relative links, whether pages have share cards, the images (their
    /// fingerprinted names are in the HTML), and the strings (search documents and kept articles' pages hold words from them).
    /// </summary>
    public string SiteValues { get; }

    /// <summary>What an article page shows of other records: the titles of articles an event cites beside it, and in cited mode which of its paragraphs are cited.</summary>
    public string Borrowed(Article article) =>
        _coCited.GetValueOrDefault(article.Slug, "") + (_context.CitedOnly ? "\ncited:" + string.Join(',', _context.CitedIn(article.Slug)) : "");

    /// <summary>
    /// For a build: a key over every input an article page shows, given <see cref="Borrowed"/>; null for a render with no
    /// sources key. People and timeline entries are not in the site-wide key: the page shows of them only what its quotes,
    /// the people it names and the events citing it show, so those views are in its own key, and editing a person renders
    /// only the pages that show them.
    /// </summary>
    public UInt128? InputKey(Article article, string borrowed)
    {
        if (_siteKey is not { } site) return null;
        var key = new KeyBuilder().Add(site).Add(article.Slug).Add(article.SourceHash).Add(borrowed);
        var context = _context;
        foreach (var quote in context.QuotesByArticle[article.Slug]) key.Add(JsonSerializer.SerializeToUtf8Bytes(quote, SharedViewJsonContext.Default.QuoteView));
        foreach (var person in context.PeopleByArticle.GetValueOrDefault(article) ?? []) key.Add(JsonSerializer.SerializeToUtf8Bytes(person, SharedViewJsonContext.Default.PersonLink));
        foreach (var e in context.EventsByArticle.GetValueOrDefault(article.Slug) ?? []) key.Add(JsonSerializer.SerializeToUtf8Bytes(e, SharedViewJsonContext.Default.EventView));
        return key.Build();
    }

    /// <summary>
    /// For a build: a key over what any other page is rendered from, its template and its view model's JSON, so a page
    /// whose model did not change (a list whose members' listed fields are the same) is kept without running its template.
    /// </summary>
    public UInt128? ModelKey(PageJob job, byte[] model) =>
        _siteKey is { } site ? new KeyBuilder().Add(site).Add(job.Template).Add(job.Standalone ? "standalone" : "in layout").Add(model).Build() : null;

    /// <summary>
    /// A key over every source file but the articles, people and timeline entries (content/ and templates/), taken before
    /// loading: a file saved during the build then changes it, so the next build renders again. What an article page shows
    /// of people and events is in its own key (<see cref="InputKey"/>).
    /// </summary>
    /// <param name="contentDir">The content folder.</param>
    /// <param name="templatesKey">The templates folder's <see cref="FolderKey"/>.</param>
    public static UInt128 SourcesKey(string contentDir, UInt128 templatesKey)
    {
        string[] perPage = [Path.Combine(contentDir, SiteLoader.ArticlesFolder), Path.Combine(contentDir, SiteLoader.PeopleFolder), Path.Combine(contentDir, SiteLoader.TimelineFolder)];
        return new KeyBuilder()
            .Add(FolderKey(contentDir, f => f.EndsWith(".md", StringComparison.Ordinal) && perPage.Contains(Path.GetDirectoryName(f), StringComparer.Ordinal)))
            .Add(templatesKey)
            .Build();
    }

    /// <summary>
    /// Everything every page shows besides its own record and what it borrows from others: the sources but the articles,
    /// people and timeline entries, the site-wide values (base_url, assets, the footer's latest sources), and the SiteGen
    /// that renders. Other articles' titles reach an article page only through its quotes, the events citing it and the
    /// articles cited beside it, which are in its own key.
    /// </summary>
    private static UInt128 SiteWideKey(SiteContent content, byte[] siteModel, UInt128 sourcesKey)
    {
        var key = new KeyBuilder()
            .Add(sourcesKey)
            .Add(siteModel)
            .Add(ProgramIdentity)
            .Add(content.Site.BaseUrl)
            .Add(content.Site.RelativeUrls ? "relative" : "absolute")
            .Add(RepublishNames.All[(int)content.Site.Republish])
            .Add(content.Site.Cards ? "cards" : "no cards");
        return key.Build();
    }

    /// <summary>For each article, the titles of the articles cited beside it by an event: the only other articles its page shows.</summary>
    private static Dictionary<string, string> CoCitedTitles(SiteContent content)
    {
        var articles = content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var borrowed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in content.Events)
        {
            var cited = e.Sources.Select(s => s.Article.Slug).Distinct(StringComparer.Ordinal).ToList();
            if (cited.Count < 2) continue;
            var titles = cited.Select(slug => $"{slug}\t{articles[slug].Title}\t{articles[slug].Outlet}").ToList();
            foreach (var slug in cited) (borrowed.TryGetValue(slug, out var list) ? list : borrowed[slug] = []).AddRange(titles);
        }
        return borrowed.ToDictionary(kv => kv.Key, kv => string.Join('\n', kv.Value), StringComparer.Ordinal);
    }

    /// <summary>Builds a key from parts in order; each part is length-prefixed, so ("ab","c") and ("a","bc") differ.</summary>
    /// <remarks>
    /// The parts are gathered and hashed once as they stand (the same digest as feeding them to the hash one by one): a
    /// build makes some 40,000 keys at 10,000 pages, and an incremental hash for each was an OpenSSL context made and freed.
    /// </remarks>
    public sealed class KeyBuilder
    {
        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(512);
        private int _length;

        public KeyBuilder Add(ReadOnlySpan<byte> bytes)
        {
            var buffer = Room(sizeof(long) + bytes.Length);
            MemoryMarshal.Write(buffer.AsSpan(_length), (long)bytes.Length);
            bytes.CopyTo(buffer.AsSpan(_length + sizeof(long)));
            _length += sizeof(long) + bytes.Length;
            return this;
        }

        public KeyBuilder Add(string? text) => text is null ? Add([0xff]) : Add(MemoryMarshal.AsBytes(text.AsSpan()));

        public KeyBuilder Add(UInt128 value)
        {
            Span<byte> bytes = stackalloc byte[16];
            MemoryMarshal.Write(bytes, value);
            return Add(bytes);
        }

        public UInt128 Build()
        {
            var buffer = _buffer ?? throw new InvalidOperationException("the key was built already");
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, _length), digest);
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
            return MemoryMarshal.Read<UInt128>(digest);
        }

        private byte[] Room(int more)
        {
            var buffer = _buffer ?? throw new InvalidOperationException("the key was built already");
            if (_length + more <= buffer.Length) return buffer;
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, _length + more));
            buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            return _buffer = bigger;
        }
    }

    /// <summary>A file's content hash, read in blocks: an image or a large asset is never held whole.</summary>
    private static UInt128 HashOfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(stream, digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>
    /// A key over every file under <paramref name="folder"/> (names and bytes) that <paramref name="skip"/> does not
    /// exclude: whatever a page may draw from it. Symlinked folders are not followed, as the loaders do not follow them.
    /// </summary>
    public static UInt128 FolderKey(string folder, Func<string, bool> skip)
    {
        var key = new KeyBuilder().Add(folder);
        if (!Directory.Exists(folder)) return key.Build();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (skip(file)) continue;
            key.Add(Path.GetRelativePath(folder, file));
            // A pipe or device would block the read for ever; the loader reports it, and the build then fails anyway.
            if (SiteFileReader.Refusal(file, folder) is not null)
            {
                key.Add("(refused)");
                continue;
            }
            try
            {
                key.Add(HashOfFile(file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                key.Add("(unreadable)");
            }
        }
        return key.Build();
    }

    /// <summary>
    /// Which SiteGen made a page: another build of the program may render the same inputs differently, so its pages are
    /// never taken for this one's. The program file's size and time stand for it (the assembly under the JIT, the
    /// executable under Native AOT, where the assembly has no file).
    /// </summary>
    public static readonly string ProgramIdentity = IdentifyProgram();

    private static string IdentifyProgram()
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, typeof(PageKeys).Assembly.GetName().Name + ".dll");
        var file = File.Exists(assembly) ? assembly : Environment.ProcessPath ?? "";
        var info = new FileInfo(file);
        return info.Exists ? $"{info.FullName} {info.Length} {info.LastWriteTimeUtc.Ticks}" : "unknown " + Guid.NewGuid();
    }
}
