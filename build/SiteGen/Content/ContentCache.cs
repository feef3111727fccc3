using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Parsed content files kept between loads, for the preview server: a file whose size and modification time have not
/// changed is not read again, and its record and diagnostics are reused. A one-off build does not need it.
/// </summary>
public sealed class ContentCache
{
    internal sealed record Entry(long Length, DateTime Modified, string? Text, object? Item, string? Slug, SourceSpan SlugSpan, ImmutableArray<Diagnostic> Diagnostics, string? Body);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal bool TryGet(FileInfo file, out Entry entry) =>
        _entries.TryGetValue(file.FullName, out entry!) && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc;

    internal void Set(FileInfo file, Entry entry) => _entries[file.FullName] = entry;

    /// <summary>Drops files that no longer exist, so the cache never outgrows the content folder.</summary>
    internal void KeepOnly(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _entries.Keys)
        {
            if (!fullPaths.Contains(path)) _entries.TryRemove(path, out _);
        }
    }
}
