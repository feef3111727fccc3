using SiteGen.Diagnostics;
using SiteGen.FileSystem;

namespace SiteGen.Pipeline;

/// <summary>
/// How the verbs take a site's locks, and the error when another sitegen keeps one too long. The sources lock
/// (<c>.sitegen.lock</c> beside content/) is a reader–writer lock: build, check and serve's rebuilds read, so they run
/// side by side; ingest and new write, and wait for the readers (and readers for them). A build also holds its output
/// folder's lock alone, so two builds into one folder take turns rather than share its spare and build state.
/// </summary>
public static class SiteLocking
{
    /// <summary>How long a run waits for the lock's holders to finish: longer than a 10,000-page build takes.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The sources lock in the verb's usual mode, or null and the error to print when it stays taken.</summary>
    public static SiteLock? AcquireSources(string contentDir, SiteVerb verb, TextWriter log, out Diagnostic? refusal) =>
        Acquire(SiteLock.PathFor(contentDir), verb, SiteLock.ModeOf(verb), log, Patience, out refusal);

    /// <summary>
    /// The lock at <paramref name="lockPath"/>, or null and the error to print when its holders keep it beyond
    /// <paramref name="patience"/>; <paramref name="log"/> hears once that a wait began.
    /// </summary>
    public static SiteLock? Acquire(string lockPath, SiteVerb verb, LockMode mode, TextWriter log, TimeSpan patience, out Diagnostic? refusal)
    {
        var held = SiteLock.TryAcquire(lockPath, verb, mode, patience,
            holder => log.WriteLine($"waiting for {Describe(holder)} to finish{(holder is null ? "" : $" {holder.Doing} this site")}..."), out var holder);
        refusal = held is null ? Refusal(lockPath, verb, holder, patience) : null;
        return held;
    }

    private static Diagnostic Refusal(string lockPath, SiteVerb verb, LockHolder? holder, TimeSpan patience)
    {
        var name = verb.ToString().ToLowerInvariant();
        var what = verb == SiteVerb.Serve ? "rebuild the preview" : name;
        var advice = verb == SiteVerb.Serve ? "serve tries again by itself" : $"run 'sitegen {name}' again when it has finished";
        return new Diagnostic(Severity.Error, DiagnosticCodes.SiteInUse, SourceSpan.StartOf(Path.GetRelativePath(Directory.GetCurrentDirectory(), lockPath)),
            $"cannot {what}: {Describe(holder)} was still {holder?.Doing ?? "using"} this site after {patience.TotalSeconds:0} s; {advice}");
    }

    private static string Describe(LockHolder? holder) => holder?.ToString() ?? "another sitegen process";
}
