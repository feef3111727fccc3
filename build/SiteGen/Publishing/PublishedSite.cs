namespace SiteGen.Publishing;

/// <summary>
/// The site the last build published in output/, as its build state indexes it, for the preview's first render after a
/// restart: a page or share card whose input key the index holds for it is read back from output/ instead of being
/// rendered or drawn again. Only read, never written (serve never writes output/), and nothing is taken on the index's
/// word alone: the bytes must hash as the index says, so a build that replaced output/ meanwhile only costs renders.
/// </summary>
public sealed class PublishedSite(string outputDir, PageIndex index)
{
    private int _taken;

    /// <summary>How many files were taken from output/ (for the server's console line and the benchmark).</summary>
    public int Taken => Volatile.Read(ref _taken);

    /// <summary>The bytes of <paramref name="path"/> in output/ when the last build made them from inputs with this key; else null.</summary>
    public byte[]? Read(string path, UInt128 key)
    {
        if (!index.TryGet(path, out var known) || known.Key != key || known.Key == UInt128.Zero) return null;
        var full = Path.Combine(outputDir, path.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            var info = new FileInfo(full);
            // A link could point anywhere; SiteGen never writes one into output/.
            if (!info.Exists || info.Length != known.Length || (info.Attributes & FileAttributes.ReparsePoint) != 0) return null;
            var bytes = File.ReadAllBytes(full);
            if (PageIndex.HashOf(bytes) != known.Hash) return null;
            Interlocked.Increment(ref _taken);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
