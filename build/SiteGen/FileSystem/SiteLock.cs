using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.FileSystem;

/// <summary>The verbs that read or write a site's sources (content/ and templates/) or its output folder.</summary>
public enum SiteVerb
{
    Build,
    Ingest,
    Serve,
    Check,
    New,
}

/// <summary>How a lock is held: by any number of readers at once, or by one writer alone.</summary>
public enum LockMode
{
    Read,
    Write,
}

/// <summary>Who holds a site's lock, as its lock file says (with several readers, the last one to take it).</summary>
public sealed record LockHolder(SiteVerb Verb, int ProcessId, DateTimeOffset Started, LockMode Mode = LockMode.Write)
{
    /// <summary>The holder line's fixed length: every holder writes it whole at the start, so readers never mix two.</summary>
    private const int LineLength = 100;

    public override string ToString() =>
        $"sitegen {Verb.ToString().ToLowerInvariant()} (PID {ProcessId}, started {Started.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)";

    /// <summary>What the holder is doing, for messages: reading or writing.</summary>
    public string Doing => Mode == LockMode.Read ? "reading" : "writing";

    public string ToLine()
    {
        var line = $"{Verb.ToString().ToLowerInvariant()} {ProcessId} {Started.ToString("O", CultureInfo.InvariantCulture)} {Mode.ToString().ToLowerInvariant()}";
        return line.PadRight(LineLength - 1) + "\n";
    }

    public static LockHolder? Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        var mode = LockMode.Write;
        return parts.Length is 3 or 4
            && Enum.TryParse<SiteVerb>(parts[0], ignoreCase: true, out var verb)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && DateTimeOffset.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
            && (parts.Length == 3 || Enum.TryParse(parts[3], ignoreCase: true, out mode))
            ? new LockHolder(verb, pid, started.ToUniversalTime(), mode)
            : null;
    }
}

/// <summary>
/// A reader–writer lock on a lock file: readers (build, check, serve while it rebuilds) share it, a writer (ingest,
/// new, serve while it re-ingests; a build for its output folder) holds it alone. The lock is the kernel's (flock on
/// Unix, sharing modes on Windows), so a holder that dies, even by kill -9, releases it: a stale file never blocks.
/// The file itself stays and names the last holder, for the message a waiting run prints. Every wait is bounded.
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

    /// <summary>The verb's usual mode: ingest and new write the sources, the others read them.</summary>
    public static LockMode ModeOf(SiteVerb verb) => verb is SiteVerb.Ingest or SiteVerb.New ? LockMode.Write : LockMode.Read;

    /// <inheritdoc cref="TryAcquire(string, SiteVerb, LockMode, TimeSpan, Action{LockHolder?}, out LockHolder?)"/>
    public static SiteLock? TryAcquire(string lockPath, SiteVerb verb, TimeSpan patience, Action<LockHolder?> waiting, out LockHolder? holder) =>
        TryAcquire(lockPath, verb, ModeOf(verb), patience, waiting, out holder);

    /// <summary>
    /// Takes the lock in <paramref name="mode"/>, waiting up to <paramref name="patience"/> for the runs that keep it
    /// to finish. Returns null with the holder when it stays taken; <paramref name="waiting"/> hears once that a wait began.
    /// </summary>
    public static SiteLock? TryAcquire(string lockPath, SiteVerb verb, LockMode mode, TimeSpan patience, Action<LockHolder?> waiting, out LockHolder? holder)
    {
        holder = null;
        var clock = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            var (stream, outcome) = TryOpenLocked(lockPath, mode);
            if (outcome == LockOutcome.Unsupported) return new SiteLock(stream);
            if (outcome == LockOutcome.Locked)
            {
                WriteHolder(stream!, new LockHolder(verb, Environment.ProcessId, DateTimeOffset.UtcNow, mode));
                return new SiteLock(stream);
            }
            holder = ReadHolder(lockPath);
            if (clock.Elapsed >= patience) return null;
            if (!announced)
            {
                waiting(holder);
                announced = true;
            }
            Thread.Sleep(50);
        }
    }

    private static void WriteHolder(FileStream stream, LockHolder me)
    {
        // Windows readers open the file to read only (see TryOpenLocked): the line names the last writer there.
        if (!stream.CanWrite) return;
        try
        {
            // One write at the start, never a truncation: readers sharing the lock each put their line whole.
            RandomAccess.Write(stream.SafeFileHandle, Encoding.UTF8.GetBytes(me.ToLine()), 0);
        }
        catch (IOException)
        {
            // The line is a courtesy for messages; the lock is what counts.
        }
    }

    private static (FileStream? Stream, LockOutcome Outcome) TryOpenLocked(string lockPath, LockMode mode)
    {
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            // Windows enforces sharing modes itself, so opening is locking there: readers open to read and let others
            // read, a writer opens to write and lets others only read (the holder line).
            stream = !OperatingSystem.IsWindows()
                ? new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite)
                : mode == LockMode.Read
                    ? new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.Read)
                    : new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
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
        var outcome = NativeFileSystem.TryLock(stream.SafeFileHandle, shared: mode == LockMode.Read);
        if (outcome == LockOutcome.HeldByAnother)
        {
            stream.Dispose();
            return (null, outcome);
        }
        return (stream, outcome);
    }

    /// <summary>
    /// The holder line, or null while the holder is still writing it, when the file names no one, or when the process
    /// it names has ended (another reader that came earlier still holds the lock, unnamed).
    /// </summary>
    private static LockHolder? ReadHolder(string lockPath)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                using var reader = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var text = new StreamReader(reader, Encoding.UTF8);
                if (LockHolder.Parse(text.ReadToEnd()) is { } holder) return RunLeftovers.IsDead(holder.ProcessId) ? null : holder;
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
