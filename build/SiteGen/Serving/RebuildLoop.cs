using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Rendering.Search;

namespace SiteGen.Serving;

/// <summary>What one rebuild did, for the console, the tests and the benchmark.</summary>
public sealed record RebuildReport(long Version, bool Succeeded, int ChangedFiles, TimeSpan Elapsed, string Work, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The preview's rebuild side: waits for a batch of saved files, rebuilds what they touch through the one
/// <see cref="Site"/>, and swaps in the new snapshot only when the build is good and still current.
/// </summary>
public sealed class RebuildLoop
{
    private readonly ServeOptions _options;
    private readonly Site _site;
    private readonly Func<ChangeSet, BuildResult> _build;
    private readonly ChangeDebouncer _debouncer;
    private readonly ChangeClassifier _classifier;
    private readonly SourceFingerprints _fingerprints;
    private volatile SiteSnapshot _snapshot = SiteSnapshot.Empty();
    private Action? _firstReport;

    /// <param name="options">Folders, timing and where progress lines go.</param>
    /// <param name="debouncer">Where the watcher's notices gather.</param>
    /// <param name="folders">The watched folders, whose files' bytes decide whether a notice is a change.</param>
    /// <param name="build">Replaces the real pipeline (tests and the benchmark serve a hand-made site with it).</param>
    public RebuildLoop(ServeOptions options, ChangeDebouncer debouncer, IReadOnlyList<string> folders, Func<ChangeSet, BuildResult>? build)
    {
        _options = options;
        _site = new Site(options.Build, keepCaches: true);
        _build = build ?? (changes => _site.Render((changes.Content ? SourceChanges.Content : 0) | (changes.Templates ? SourceChanges.Templates : 0), searchIndexLater: true));
        _debouncer = debouncer;
        _classifier = new ChangeClassifier(_site.Folders.Content, _site.Folders.Templates, options.SeedsDir);
        _fingerprints = new SourceFingerprints(folders);
    }

    public SiteSnapshot Snapshot => _snapshot;

    public LiveReloadChannel Live { get; } = new();

    /// <summary>Raised after every rebuild, good or bad.</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>The first build, before the server answers; its check and report follow with <see cref="ReportFirst"/>.</summary>
    public void BuildFirst()
    {
        var clock = Stopwatch.StartNew();
        using var reading = Lock(LockMode.Read, out var refusal);
        // The preview must show something: past the wait, the first build reads anyway and says why it may be stale.
        _firstReport = Publish(_build(ChangeSet.Everything), refusal is null ? [] : [refusal], clock, deferReport: true);
    }

    /// <summary>
    /// The first build's check report, once the server answers: as after every rebuild, the pages do not wait for the
    /// check, which on a big site takes seconds.
    /// </summary>
    public void ReportFirst() => Interlocked.Exchange(ref _firstReport, null)?.Invoke();

    public async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            IReadOnlyList<string> batch;
            try
            {
                batch = await _debouncer.NextBatchAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var clock = Stopwatch.StartNew();
            // Only files whose bytes changed count: a save of an unchanged file costs a hash, not a rebuild.
            var changes = _classifier.Classify(_fingerprints.Changed(batch.Where(p => !ChangeClassifier.IsScratchFile(p))));
            if (changes.IsEmpty) continue;
            try
            {
                Rebuild(changes, clock);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A crash in one rebuild must not end the preview: report it and keep serving the last good site.
                _options.Log.WriteLine("rebuild failed: " + ex);
                Live.Problems(_snapshot.Version, [WorldFailure.From(ex, "rebuilding the site") ?? InternalError.From(ex, "rebuilding the site")]);
            }
        }
    }

    private void Rebuild(ChangeSet changes, Stopwatch clock)
    {
        var extra = new List<Diagnostic>();
        if (changes.Seeds && _options.SeedsDir is { } seeds)
        {
            var displayRoot = _site.Folders.DisplayRoot;
            using (var writing = Lock(LockMode.Write, out var busy))
            {
                if (busy is not null)
                {
                    Retry(changes, busy);
                    return;
                }
                extra.AddRange(SeedIngestion.Run(seeds, _site.Folders.Content, displayRoot));
            }
            foreach (var d in extra) _options.Log.WriteLine(d.ToDisplayString());
            _options.Log.WriteLine($"[{DateTime.Now:HH:mm:ss}] seeds changed: re-ingested into {Path.GetRelativePath(displayRoot, _site.Folders.Content)} (edited files kept)");
            // Ingest writes content/; the watcher sees those writes and they rebuild the site like any edit.
            if (!changes.Content && !changes.Templates)
            {
                Live.Problems(_snapshot.Version, extra);
                return;
            }
        }

        using var reading = Lock(LockMode.Read, out var refusal);
        if (refusal is not null)
        {
            Retry(changes, refusal);
            return;
        }
        var before = Stamps(changes.Paths);
        var result = _build(changes);
        // Never publish a build of a half-written file: if a changed file moved on while we built, or the build
        // failed while more changes are queued, that build is stale. Queue the paths again and let the next one count.
        if (!before.SequenceEqual(Stamps(changes.Paths)) || (!result.Succeeded && _debouncer.HasPending))
        {
            _fingerprints.Forget(changes.Paths);
            foreach (var path in changes.Paths) _debouncer.Add(path);
            return;
        }
        Publish(result, extra, clock);
    }

    /// <summary>The sources lock in <paramref name="mode"/>, or null (no lock path, or a refusal to show).</summary>
    private SiteLock? Lock(LockMode mode, out Diagnostic? refusal)
    {
        refusal = null;
        return _options.LockPath is { } path ? SiteLocking.Acquire(path, SiteVerb.Serve, mode, _options.Log, _options.LockPatience, out refusal) : null;
    }

    /// <summary>Shows why the changes could not be built yet and queues them again, to be built once the lock is free.</summary>
    private void Retry(ChangeSet changes, Diagnostic refusal)
    {
        _options.Log.WriteLine(refusal.ToDisplayString());
        Live.Problems(_snapshot.Version, [refusal]);
        _fingerprints.Forget(changes.Paths);
        foreach (var path in changes.Paths) _debouncer.Add(path);
    }

    /// <returns>With <paramref name="deferReport"/>, the check and report still to run; else null (they ran).</returns>
    private Action? Publish(BuildResult result, IReadOnlyList<Diagnostic> extra, Stopwatch clock, bool deferReport = false)
    {
        var old = _snapshot;
        var changed = 0;
        TimeSpan? reloaded = null;
        if (result.Succeeded)
        {
            var urls = result.Content?.Site.Urls ?? old.Urls;
            // The pages first, with the last search index; the new index follows once merged (the first build waits for it).
            var later = result.SearchIndexLater;
            ImmutableArray<OutputFile> files = later is null ? result.Files
                : old.Version == 0 ? [.. result.Files, .. later()]
                : [.. result.Files, .. old.Files(SearchIndexBuilder.IsIndexFile)];
            var paths = SiteSnapshot.ChangedPaths(old, files);
            if (paths.Count > 0 || urls.BasePath != old.BasePath || old.Version == 0)
            {
                var version = old.Version + 1;
                _snapshot = SiteSnapshot.Create(version, urls, files);
                changed = paths.Count;
                Live.Reload(version, paths);
            }
            reloaded = clock.Elapsed;
            if (later is not null && old.Version != 0)
            {
                // Search results are fetched, not shown on the page itself: swapping the index in needs no reload.
                files = [.. result.Files, .. later()];
                if (SiteSnapshot.ChangedPaths(_snapshot, files).Count > 0) _snapshot = SiteSnapshot.Create(_snapshot.Version, urls, files);
            }
            result = result with { Files = files, SearchIndexLater = null };
        }
        else if (old.Version == 0 && result.Content is not null)
        {
            // No good build yet: still answer under the right base path, so the overlay shows where the site will be.
            _snapshot = SiteSnapshot.Empty(result.Content.Site.Urls);
        }
        var elapsed = reloaded ?? clock.Elapsed;
        var work = _site.LastWork.Length > 0 ? _site.LastWork : "full";

        void Report()
        {
            var problems = result.Diagnostics.Concat(extra).ToList();
            if (result.Succeeded && _options.RunChecks)
            {
                // The check report (broken links, orphans...) follows the reload above: on a big site it takes longer
                // than the build, and the new pages should not wait for it.
                var known = problems.ToHashSet();
                problems.AddRange(_site.Check(result).Where(known.Add));
            }
            Live.Problems(_snapshot.Version, problems);

            var report = new RebuildReport(_snapshot.Version, result.Succeeded, changed, elapsed, work, [.. problems]);
            LogReport(report);
            Rebuilt?.Invoke(report);
        }
        if (deferReport) return Report;
        Report();
        return null;
    }

    /// <summary>How many diagnostics the terminal shows after each rebuild; the overlay lists every one.</summary>
    internal const int TerminalFindings = 5;

    /// <summary>
    /// A summary line, then the first few problems, errors first. A thousand findings, each with its source line and
    /// caret, took seconds to print; the overlay is where the whole list is read.
    /// </summary>
    private void LogReport(RebuildReport report)
    {
        var log = _options.Log;
        var warnings = report.Diagnostics.Count(d => !d.IsError);
        var errors = report.Diagnostics.Length - warnings;
        log.WriteLine(report.Succeeded
            ? $"[{DateTime.Now:HH:mm:ss}] built ({report.Work}) in {report.Elapsed.TotalMilliseconds:F0} ms: {report.ChangedFiles} file{(report.ChangedFiles == 1 ? "" : "s")} changed, {_snapshot.Count} served{(errors + warnings > 0 ? $"; check: {errors} error(s), {warnings} warning(s)" : "")}"
            : $"[{DateTime.Now:HH:mm:ss}] build failed with {errors} error(s); still serving the last good site (version {report.Version})");
        var shown = report.Diagnostics.OrderBy(d => d.IsError ? 0 : 1).Take(TerminalFindings).ToList();
        foreach (var d in shown) log.WriteLine(d.ToDisplayString());
        if (report.Diagnostics.Length > shown.Count)
            log.WriteLine($"... and {report.Diagnostics.Length - shown.Count} more: the browser overlay lists all {report.Diagnostics.Length}");
        log.Flush();
    }

    /// <summary>Length and write time of each changed file, to notice a file still being written during the build.</summary>
    private static List<(long, DateTime)> Stamps(IReadOnlyList<string> paths) =>
        [.. paths.Select(p =>
        {
            var info = new FileInfo(p);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
        })];
}
