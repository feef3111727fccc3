using System.Collections.Frozen;
using System.Security.Cryptography;
using SiteGen.Content;
using SiteGen.Rendering;

namespace SiteGen.Serving;

/// <summary>One file as the preview server sends it: the built bytes plus, for pages, the reload script.</summary>
public sealed class ServedFile
{
    private readonly Lazy<byte[]> _body;
    private readonly Lazy<string> _etag;

    public ServedFile(OutputFile file, long version)
    {
        Source = file;
        ContentType = ContentTypes.For(file.Path);
        // Injected on first request, not at build time: a 10,000-page rebuild should not pay for pages nobody opens.
        _body = new Lazy<byte[]>(() => ContentTypes.IsHtml(file.Path)
            ? ReloadScriptInjector.Inject(file.Content, ReloadScriptInjector.Tag(version))
            : file.Content);
        _etag = new Lazy<string>(() => "\"" + Convert.ToHexStringLower(SHA256.HashData(_body.Value).AsSpan(0, 12)) + "\"");
    }

    public OutputFile Source { get; }

    public string ContentType { get; }

    public byte[] Body => _body.Value;

    /// <summary>A strong validator of exactly these bytes, so a revalidating browser never keeps a stale page.</summary>
    public string ETag => _etag.Value;
}

/// <summary>The last good build as served: immutable, swapped whole when a rebuild succeeds.</summary>
public sealed class SiteSnapshot
{
    private readonly FrozenDictionary<string, ServedFile> _files;

    private SiteSnapshot(long version, SiteUrls urls, FrozenDictionary<string, ServedFile> files)
    {
        Version = version;
        Urls = urls;
        _files = files;
    }

    /// <summary>Counts successful builds that changed something; pages carry it so a stale tab reloads itself.</summary>
    public long Version { get; }

    /// <summary>The site's address scheme, whose sub-path ("/" or "/story/") the site is served under.</summary>
    public SiteUrls Urls { get; }

    public string BasePath => Urls.BasePath;

    public int Count => _files.Count;

    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Before any site is loaded the preview answers at the root.</summary>
    public static SiteSnapshot Empty(SiteUrls? urls = null) => new(0, urls ?? SiteUrls.From("http://localhost/"), FrozenDictionary<string, ServedFile>.Empty);

    public static SiteSnapshot Create(long version, SiteUrls urls, IEnumerable<OutputFile> files) =>
        new(version, urls, files.ToFrozenDictionary(f => f.Path, f => new ServedFile(f, version), StringComparer.Ordinal));

    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The served files, as built, whose paths pass <paramref name="keep"/>.</summary>
    public IEnumerable<OutputFile> Files(Func<string, bool> keep) => _files.Values.Select(f => f.Source).Where(f => keep(f.Path));

    public ServedFile? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>The paths whose bytes differ between two builds (added, removed or edited), in ordinal order.</summary>
    public static IReadOnlyList<string> ChangedPaths(SiteSnapshot before, IReadOnlyCollection<OutputFile> after)
    {
        var changed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in after)
        {
            seen.Add(file.Path);
            if (before.Get(file.Path) is not { } old || !old.Source.Content.AsSpan().SequenceEqual(file.Content)) changed.Add(file.Path);
        }
        changed.AddRange(before.Paths.Where(p => !seen.Contains(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }
}
