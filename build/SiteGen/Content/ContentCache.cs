using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Parsed content files kept between loads: a file whose size and modification time have not changed is not read again,
/// and its record and diagnostics are reused. The preview server keeps one in memory; a build gets one from the build
/// state beside output/ (its articles only, with bodies streamed).
/// </summary>
public sealed class ContentCache
{
    internal sealed record Entry(long Length, DateTime Modified, string? Text, object? Item, string? Slug, SourceSpan SlugSpan, ImmutableArray<Diagnostic> Diagnostics, string? Body)
    {
        /// <summary>For a build's cache (bodies streamed): what a re-read of the body must find.</summary>
        public StreamedArticleBodies.Loaded? Streamed { get; init; }
    }

    /// <summary>Every entry by full path, for the build state that keeps a build's cache between runs.</summary>
    internal IEnumerable<KeyValuePair<string, Entry>> Entries => _entries;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal bool TryGet(FileInfo file, out Entry entry) =>
        _entries.TryGetValue(file.FullName, out entry!) && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc;

    internal void Set(FileInfo file, Entry entry) => _entries[file.FullName] = entry;

    internal void Set(string fullPath, Entry entry) => _entries[fullPath] = entry;

    /// <summary>Drops files that no longer exist, so the cache never outgrows the content folder.</summary>
    internal void KeepOnly(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _entries.Keys)
        {
            if (!fullPaths.Contains(path)) _entries.TryRemove(path, out _);
        }
    }
}
