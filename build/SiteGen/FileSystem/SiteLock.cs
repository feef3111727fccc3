using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.FileSystem;

/// <summary>The verbs that write a site, or (serve) rebuild and re-ingest it, and so must not run twice at once.</summary>
public enum SiteVerb
{
    Build,
    Ingest,
    Serve,
}

/// <summary>Who holds a site's lock, as its lock file says.</summary>
public sealed record LockHolder(SiteVerb Verb, int ProcessId, DateTimeOffset Started)
{
    public override string ToString() =>
        $"sitegen {Verb.ToString().ToLowerInvariant()} (PID {ProcessId}, started {Started.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)";

    public string ToLine() => $"{Verb.ToString().ToLowerInvariant()} {ProcessId} {Started.ToString("O", CultureInfo.InvariantCulture)}\n";

    public static LockHolder? Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        return parts.Length == 3
            && Enum.TryParse<SiteVerb>(parts[0], ignoreCase: true, out var verb)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && DateTimeOffset.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
            ? new LockHolder(verb, pid, started.ToUniversalTime())
            : null;
    }
}

/// <summary>
/// One sitegen at a time per site: build, ingest and serve each hold an exclusive lock on <c>.sitegen.lock</c> in the
/// site folder (the parent of content/) while they run. The lock is the kernel's (flock on Unix, a sharing mode on
/// Windows), so a holder that dies, even by kill -9, releases it: a stale file never blocks. The file itself stays
/// and names the last holder, for the message a second run prints.
/// </summary>
public sealed class SiteLock : IDisposable
{
    public const string FileName = ".sitegen.lock";

    private readonly FileStream? _stream;

    private SiteLock(FileStream? stream)
    {
        _stream = stream;
    }

    /// <summary>Where the lock of the site whose content folder is <paramref name="contentDir"/> lives.</summary>
    public static string PathFor(string contentDir) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDir))) ?? ".", FileName);

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="patience"/> for a build or ingest to finish (never for a serve,
    /// which runs until stopped). Returns null with the holder when it stays taken; <paramref name="waiting"/> hears once
    /// that a wait began.
    /// </summary>
    public static SiteLock? TryAcquire(string lockPath, SiteVerb verb, TimeSpan patience, Action<LockHolder?> waiting, out LockHolder? holder)
    {
        holder = null;
        var clock = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            var (stream, outcome) = TryOpenLocked(lockPath);
            if (outcome == LockOutcome.Unsupported) return new SiteLock(stream);
            if (outcome == LockOutcome.Locked)
            {
                var me = new LockHolder(verb, Environment.ProcessId, DateTimeOffset.UtcNow);
                stream!.SetLength(0);
                stream.Write(Encoding.UTF8.GetBytes(me.ToLine()));
                stream.Flush();
                return new SiteLock(stream);
            }
            holder = ReadHolder(lockPath);
            if (holder?.Verb == SiteVerb.Serve || clock.Elapsed >= patience) return null;
            if (!announced)
            {
                waiting(holder);
                announced = true;
            }
            Thread.Sleep(100);
        }
    }

    private static (FileStream? Stream, LockOutcome Outcome) TryOpenLocked(string lockPath)
    {
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            // Windows enforces sharing modes itself, so opening is locking there; readers of the holder line share.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsWindows() ? FileShare.Read : FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException)
        {
            // A read-only site folder can still be built elsewhere; with no place for a lock, go on without one.
            return (null, LockOutcome.Unsupported);
        }
        catch (IOException) when (OperatingSystem.IsWindows() || File.Exists(lockPath))
        {
            // A sharing violation: on Windows always, on Unix where .NET's own file locks are on (not in sitegen
            // itself, see the csproj, but in a host such as the test runner).
            return (null, LockOutcome.HeldByAnother);
        }
        catch (IOException)
        {
            return (null, LockOutcome.Unsupported);
        }
        if (OperatingSystem.IsWindows()) return (stream, LockOutcome.Locked);
        var outcome = NativeFileSystem.TryLock(stream.SafeFileHandle);
        if (outcome == LockOutcome.HeldByAnother)
        {
            stream.Dispose();
            return (null, outcome);
        }
        return (stream, outcome);
    }

    /// <summary>The holder line, or null while the holder is still writing it (or the file names no one).</summary>
    private static LockHolder? ReadHolder(string lockPath)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                using var reader = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var text = new StreamReader(reader, Encoding.UTF8);
                if (LockHolder.Parse(text.ReadToEnd()) is { } holder) return holder;
            }
            catch (IOException)
            {
            }
            Thread.Sleep(20);
        }
        return null;
    }

    public void Dispose() => _stream?.Dispose();
}
