using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Publishing;

/// <summary>
/// What each article page of the last published site was rendered from (a key over every input it shows) and a hash of
/// its bytes, kept beside output/ as <c>.sitegen-pages-output</c>. A later build that computes the same key for a page knows its
/// bytes without rendering them, and takes them from the spare site or from output/ once their hash proves them: a build
/// with one edited article renders one article page. Missing, stale or damaged, the index only costs renders, never a
/// wrong page, since nothing is taken on its word alone.
/// </summary>
public sealed class PageIndex
{
    /// <summary>A page's input key and the hash of the bytes those inputs render to.</summary>
    public readonly record struct Entry(UInt128 Key, UInt128 Hash);

    private const string Header = "sitegen page index 1";

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public bool TryGet(string page, out Entry entry) => _entries.TryGetValue(page, out entry);

    public void Set(string page, Entry entry) => _entries[page] = entry;

    /// <summary>The index at <paramref name="path"/>, or an empty one if it is missing or not one this SiteGen wrote.</summary>
    public static PageIndex Read(string path)
    {
        var index = new PageIndex();
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header) return index;
            while (reader.ReadLine() is { } line)
            {
                // key hash path: two 32-digit hex numbers, then the page's path (slugs hold no spaces or line breaks).
                if (line.Length < 67 || line[32] != ' ' || line[65] != ' '
                    || !UInt128.TryParse(line.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var key)
                    || !UInt128.TryParse(line.AsSpan(33, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
                    return new PageIndex();
                index._entries[line[66..]] = new Entry(key, hash);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PageIndex();
        }
        return index;
    }

    /// <summary>Writes the index whole to a temporary file and renames it over <paramref name="path"/>, so a reader never sees half of one.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (page, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{entry.Key:x32} {entry.Hash:x32} {page}\n");
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A 128-bit content hash (the first half of SHA-256): collisions are out of reach, and it is hardware-fast.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}
