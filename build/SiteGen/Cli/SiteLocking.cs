using SiteGen.Diagnostics;
using SiteGen.FileSystem;

namespace SiteGen.Cli;

/// <summary>How build, ingest and serve take their site's lock, and the error when another sitegen keeps it.</summary>
public static class SiteLocking
{
    /// <summary>How long a second run waits for a build or ingest to end: longer than a 10,000-page build takes.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The lock, or null and the error to print when another run holds it.</summary>
    public static SiteLock? Acquire(string contentDir, SiteVerb verb, out Diagnostic? refusal)
    {
        var path = SiteLock.PathFor(contentDir);
        var held = SiteLock.TryAcquire(path, verb, Patience,
            holder => Console.Error.WriteLine($"waiting for {Describe(holder)} to finish..."), out var holder);
        refusal = held is null ? Refusal(path, verb, holder) : null;
        return held;
    }

    private static Diagnostic Refusal(string lockPath, SiteVerb verb, LockHolder? holder)
    {
        var name = verb.ToString().ToLowerInvariant();
        var advice = holder?.Verb == SiteVerb.Serve
            ? $"stop it (Ctrl+C in its terminal) and run 'sitegen {name}' again"
            : $"it was still running after {Patience.TotalSeconds:0} s; run 'sitegen {name}' again when it has finished";
        return new Diagnostic(Severity.Error, DiagnosticCodes.SiteInUse, SourceSpan.StartOf(Path.GetRelativePath(Directory.GetCurrentDirectory(), lockPath)),
            $"cannot {name}: {Describe(holder)} is working on this site; {advice}");
    }

    private static string Describe(LockHolder? holder) => holder?.ToString() ?? "another sitegen process";
}
