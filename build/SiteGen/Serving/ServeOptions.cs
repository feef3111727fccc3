using SiteGen.Pipeline;

namespace SiteGen.Serving;

/// <summary>Everything the preview server needs to know; the CLI fills it from its options.</summary>
public sealed record ServeOptions(BuildOptions Build, string Host = "127.0.0.1", int Port = 8080)
{
    /// <summary>seeds/; a change there re-runs ingest. Null when there is none to watch.</summary>
    public string? SeedsDir { get; init; }

    /// <summary>How many ports after <see cref="Port"/> to try when it is taken (0 asks the system for any free port).</summary>
    public int PortAttempts { get; init; } = 20;

    /// <summary>How long the folders must be quiet before a rebuild starts: an editor's save arrives as a burst of events.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>The longest a change waits for quiet before it is built anyway.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether each good build is followed by the 'check' rules, whose report shows in the overlay.</summary>
    public bool RunChecks { get; init; } = true;

    /// <summary>
    /// The site's sources lock (see <see cref="SiteLocking"/>): each rebuild reads under it, shared with builds and
    /// checks, and a re-ingest of changed seeds writes under it alone. Null (tests' hand-made sites): no locking.
    /// </summary>
    public string? LockPath { get; init; }

    /// <summary>How long a rebuild or re-ingest waits for the lock before it reports the holder and tries again later.</summary>
    public TimeSpan LockPatience { get; init; } = SiteLocking.Patience;

    /// <summary>Where progress lines go (the console by default).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
