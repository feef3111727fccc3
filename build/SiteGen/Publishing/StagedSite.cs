using System.Collections.Concurrent;
using SiteGen.FileSystem;
using SiteGen.Rendering;

namespace SiteGen.Publishing;

/// <summary>
/// A site being written beside output/. Safe to write from several threads. When it starts from the spare (an older
/// site), a file whose bytes are already there is left untouched, and files the new site lacks are removed on publish.
/// </summary>
public sealed class StagedSite : IOutputSink, IDisposable
{
    private readonly string _staging;
    private readonly string _output;
    private readonly string _retired;
    private readonly bool _reusing;
    private readonly PageIndex _publishedIndex;
    // What the spare held when it was output/, by the build state: a file there whose length still matches is taken at its word.
    private readonly PageIndex _spareIndex;
    private int _touched;
    // Every file of the new site, claimed once: also what says a file was written twice, and which spare files are stale.
    private readonly PageIndex _index;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private int _changed;
    private int _kept;
    private int _pages;
    private bool _published;

    internal StagedSite(string staging, string output, string retired, bool reusing, PageIndex published, PageIndex spare)
    {
        _spareIndex = spare;
        _staging = staging;
        _output = output;
        _retired = retired;
        _reusing = reusing;
        _publishedIndex = published;
        // Sized for the last site: at 10,000 pages its 26,000 files would otherwise regrow the table a dozen times.
        _index = new PageIndex(published.Count);
        _directories[staging] = true;
    }

    /// <summary>The index of every file of the site being written, for the build state written after <see cref="Publish"/>.</summary>
    public PageIndex Index => _index;

    /// <summary>
    /// Whether the spare was changed: if this site is then not published, the spare no longer matches the build state. A
    /// site seeded with links to output/ changes nothing the state describes (a changed file is a new file, never written
    /// through a link).
    /// </summary>
    public bool Touched => !Seeded && Volatile.Read(ref _touched) != 0;

    /// <summary>What was written: every file of the site, its pages, and how many files had to be (re)written.</summary>
    public WriteSummary Summary => new(_index.Count, _pages, _changed) { Kept = _kept };

    public void Write(OutputFile file) => Write(file, null);

    public void Write(OutputFile file, UInt128 inputKey) => Write(file, (UInt128?)inputKey);

    private void Write(OutputFile file, UInt128? inputKey)
    {
        var entry = new PageIndex.Entry(inputKey ?? UInt128.Zero, PageIndex.HashOf(file.Content), file.Content.Length);
        var path = Claim(file.Path, entry);
        if (_reusing && InSpareAsIndexed(file.Path, path, entry.Hash)) return;
        if (_reusing && NativeFileSystem.IsSoleRegularFile(path))
        {
            // A file of the spare with no other name: rewritten in place. Deleting it and making a new one cost the kernel
            // an inode each time, and at 10,000 pages one edit rewrites 6,000 search files (each later result moves up one):
            // measured here, 6,000 deletes and creates took 0.7 s of wall time against 0.1-0.3 s rewritten in place.
            if (!KnownToDiffer(file.Path, entry.Hash) && SameBytesAt(path, file.Content)) return;
            if (TryOverwriteInPlace(path, file.Content))
            {
                Interlocked.Increment(ref _changed);
                Volatile.Write(ref _touched, 1);
                return;
            }
            // A file this user may not write (a deploy tool's chmod of the published site): deleted and made new below.
        }
        if (_reusing && HoldsExactlyOrClear(path, file.Content)) return;
        Interlocked.Increment(ref _changed);
        Volatile.Write(ref _touched, 1);
        EnsureDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.Content);
    }

    /// <summary>
    /// Whether the build state says the spare's file holds other bytes: then they are not read to be compared. Wrong only
    /// if the file was changed by hand to these very bytes, which costs one needless write.
    /// </summary>
    private bool KnownToDiffer(string page, UInt128 hash) => _spareIndex.TryGet(page, out var there) && there.Hash != hash;

    /// <summary>
    /// Writes the bytes over the file's own and cuts what is left beyond them, never truncating it to nothing first: ext4
    /// takes a file emptied and written again for a replacement and writes it to disk as it is closed (its auto_da_alloc),
    /// which perf showed costing more than the delete and create it replaces.
    /// </summary>
    /// <returns>False, with nothing written, when the file may not be opened for writing.</returns>
    private static bool TryOverwriteInPlace(string path, byte[] content)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        using (handle)
        {
            RandomAccess.Write(handle, content, 0);
            if (RandomAccess.GetLength(handle) > content.Length) RandomAccess.SetLength(handle, content.Length);
        }
        return true;
    }

    private static bool SameBytesAt(string path, byte[] content)
    {
        try
        {
            return new FileInfo(path).Length == content.Length && SameBytes(path, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Keeps a page without rendering it when the published index says these inputs made it and its bytes, in the
    /// spare or else in output/, still hash as the index says; false when the page has to be rendered.
    /// </summary>
    public bool TryKeep(string page, UInt128 inputKey)
    {
        if (!_publishedIndex.TryGet(page, out var known) || known.Key != inputKey) return false;
        var relative = page.Replace('/', Path.DirectorySeparatorChar);
        if (_reusing && InSpareAsIndexed(page, Path.Combine(_staging, relative), known.Hash))
        {
            Claim(page, known);
            CountKept(page);
            return true;
        }
        if (_reusing && RegularFileBytes(Path.Combine(_staging, relative)) is { } here && PageIndex.HashOf(here) == known.Hash)
        {
            Claim(page, known);
            CountKept(page);
            return true;
        }
        // The spare holds an older version of the page; output/ holds the one these inputs make, unless someone changed it.
        if (RegularFileBytes(Path.Combine(_output, relative)) is not { } published || PageIndex.HashOf(published) != known.Hash) return false;
        Write(new OutputFile(page, published), inputKey);
        CountKept(page);
        return true;
    }

    // Pages, as Claim counts them: a kept share card is a kept file, not a page left unrendered.
    private void CountKept(string page)
    {
        if (page.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _kept);
    }

    /// <summary>
    /// Whether the spare holds these bytes by the build state's word: the state says the spare's file hashes so, and a
    /// regular file of that length is there. Saves reading every kept page; a file edited in the spare by hand to
    /// another length is read and compared as before.
    /// </summary>
    private bool InSpareAsIndexed(string page, string path, UInt128 hash)
    {
        if (!_spareIndex.TryGet(page, out var there) || there.Hash != hash) return false;
        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length == there.Length;
    }

    /// <summary>Counts a file of the new site, once, with what the index says of it, and gives where it goes in the staging folder.</summary>
    private string Claim(string page, PageIndex.Entry entry)
    {
        if (!_index.TryAdd(page, entry)) throw new InvalidOperationException($"'{page}' was written twice");
        if (page.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        return Path.Combine(_staging, page.Replace('/', Path.DirectorySeparatorChar));
    }

    private static byte[]? RegularFileBytes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0) return null;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Completes the staged site (stale files out, marker last) and swaps it in for output/ in one step.</summary>
    public void Publish()
    {
        if (_reusing) RemoveStale();
        // Written last: a staging folder with the marker is complete (a killed run's staging is deleted anyway).
        File.WriteAllText(Path.Combine(_staging, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
        _published = true;
        PauseHook.Reach(PausePoint.Staged);
        OutputSwap.Publish(_staging, _output, _retired);
    }

    /// <summary>
    /// Whether the site started as hard links to output/'s files rather than from the spare: not kept as the spare if it is
    /// not published, since the build state does not describe it as one.
    /// </summary>
    internal bool Seeded { get; init; }

    public void Dispose()
    {
        if (_published) return;
        if (_reusing && !Seeded && !Directory.Exists(OutputFolder.SparePath(_output)))
        {
            // A failed build keeps the spare for the next one: whatever mix of old and new files it now holds,
            // the next build compares every file's bytes and removes the ones it does not make.
            try
            {
                File.WriteAllText(Path.Combine(_staging, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
                Directory.Move(_staging, OutputFolder.SparePath(_output));
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        // A full disk or a denied folder may stop the clean-up too; what is left has this run's name and blocks no later run.
        RunLeftovers.TryDeleteTree(_staging);
    }

    /// <summary>
    /// Whether a regular file (not a link, whose target could lie anywhere) with these bytes is at the path; if not,
    /// whatever is there is removed, so the file is written new rather than over the old one (which may have other hard links).
    /// </summary>
    private static bool HoldsExactlyOrClear(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            // A folder or link where the file goes is the old site's; it makes way for the file.
            if (info.Attributes != (FileAttributes)(-1) && (info.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0) RunLeftovers.DeleteTree(path);
            return false;
        }
        if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            info.Delete();
            return false;
        }
        if (info.Length == content.Length && SameBytes(path, content)) return true;
        info.Delete();
        return false;
    }

    private static bool SameBytes(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path);
        var existing = System.Buffers.ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            var read = 0;
            while (read < content.Length && RandomAccess.Read(handle, existing.AsSpan(read, content.Length - read), read) is var n and > 0) read += n;
            return read == content.Length && existing.AsSpan(0, read).SequenceEqual(content);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(existing);
        }
    }

    /// <summary>
    /// With the spare's file list from the build state: deletes the files it lists that this site lacks, then the folders
    /// they leave empty, without walking the whole site (ten thousand folders for ten thousand pages).
    /// </summary>
    private void RemoveStaleByIndex()
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, _) in _spareIndex.Entries)
        {
            if (_index.TryGet(page, out _)) continue;
            var path = Path.GetFullPath(Path.Combine(_staging, page.Replace('/', Path.DirectorySeparatorChar)));
            // The state names files under the site only; anything else is not this site's to delete.
            if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var info = new FileInfo(path);
            if (!info.Exists) continue;
            info.Delete();
            emptied.Add(Path.GetDirectoryName(path)!);
        }
        foreach (var dir in emptied.OrderByDescending(d => d.Length))
        {
            for (var d = dir; d.Length > _staging.Length && Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any(); d = Path.GetDirectoryName(d)!)
                Directory.Delete(d);
        }
    }

    private void EnsureDirectory(string dir)
    {
        if (_directories.ContainsKey(dir)) return;
        // In an older site a file may stand where this build needs a folder.
        if (_reusing && File.Exists(dir)) File.Delete(dir);
        if (_reusing && Path.GetDirectoryName(dir) is { } up && up.Length > _staging.Length) EnsureDirectory(up);
        Directory.CreateDirectory(dir);
        _directories[dir] = true;
    }

    /// <summary>Deletes what the older site had and this one does not: files, then folders left empty.</summary>
    private void RemoveStale()
    {
        if (_spareIndex.Count > 0)
        {
            RemoveStaleByIndex();
            return;
        }
        foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
        {
            if (!_index.TryGet(Path.GetRelativePath(_staging, file).Replace(Path.DirectorySeparatorChar, '/'), out _)) File.Delete(file);
        }
        foreach (var dir in Directory.EnumerateDirectories(_staging, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
    }
}
