using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Publishing;

/// <summary>
/// Every file of a published site: the hash and length of its bytes and, for a page, what it was rendered from (a key
/// over every input it shows), kept in the <see cref="BuildState"/> beside output/. A later build that computes the same key for a page
/// knows its bytes without rendering them, and takes them from the spare site or from output/ once their hash proves
/// them: a build with one edited article renders one article page. Missing, stale or damaged, the index only costs
/// renders, never a wrong page, since nothing is taken on its word alone.
/// </summary>
public sealed class PageIndex
{
    /// <summary>A file's input key (0 for a file made without one), and the hash and length of its bytes.</summary>
    public readonly record struct Entry(UInt128 Key, UInt128 Hash, long Length);

    private readonly ConcurrentDictionary<string, Entry> _entries;

    public PageIndex() => _entries = new(StringComparer.Ordinal);

    /// <summary>An index sized for about <paramref name="capacity"/> files, so filling it never regrows the table.</summary>
    public PageIndex(int capacity) => _entries = new(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    public int Count => _entries.Count;

    internal IEnumerable<KeyValuePair<string, Entry>> Entries => _entries;

    public bool TryGet(string page, out Entry entry) => _entries.TryGetValue(page, out entry);

    public void Set(string page, Entry entry) => _entries[page] = entry;

    /// <summary>Adds a file not yet in the index; false when it is there already.</summary>
    public bool TryAdd(string page, Entry entry) => _entries.TryAdd(page, entry);

    /// <summary>A 128-bit content hash (the first half of SHA-256): collisions are out of reach, and it is hardware-fast.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}
