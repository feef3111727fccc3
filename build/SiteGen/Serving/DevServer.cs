using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Serving;

/// <summary>What one rebuild did, for the console, the tests and the benchmark.</summary>
public sealed record RebuildReport(long Version, bool Succeeded, int ChangedFiles, TimeSpan Elapsed, string Work, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The preview server: builds the site in memory, serves the last good build on Kestrel under the site's base path,
/// rebuilds when sources change and tells open pages to reload (or to show what is wrong) over server-sent events.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly byte[] Script = LoadScript();

    private readonly ServeOptions _options;
    private readonly Func<ChangeSet, BuildResult> _build;
    private readonly Func<BuildResult, ImmutableArray<Diagnostic>> _check;
    private readonly ChangeDebouncer _debouncer;
    private readonly ChangeClassifier _classifier;
    private readonly CancellationTokenSource _stopping = new();
    private SourceWatcher? _watcher;
    private SourceFingerprints? _fingerprints;
    private WebApplication? _app;
    private Task _loop = Task.CompletedTask;
    private volatile SiteSnapshot _snapshot = SiteSnapshot.Empty("/");

    private DevServer(ServeOptions options, Func<ChangeSet, BuildResult>? build)
    {
        _options = options;
        var rebuilder = new SiteRebuilder(options.Build);
        _build = build ?? (changes =>
        {
            var result = rebuilder.Rebuild(changes);
            LastWork = rebuilder.LastWork;
            return result;
        });
        _check = result => SiteChecker.Check(result, options.Build);
        _debouncer = new ChangeDebouncer(options.Quiet, options.MaxWait);
        _classifier = new ChangeClassifier(options.Build.ContentDir, options.Build.TemplatesDir, options.SeedsDir);
    }

    /// <summary>The server's root address, such as http://127.0.0.1:8080/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's home page: <see cref="Address"/> plus base_url's sub-path.</summary>
    public Uri SiteAddress => new(Address, _snapshot.BasePath);

    public SiteSnapshot Snapshot => _snapshot;

    public LiveReloadChannel Live { get; } = new();

    /// <summary>Raised after every rebuild, good or bad.</summary>
    public event Action<RebuildReport>? Rebuilt;

    private string LastWork { get; set; } = "full";

    /// <summary>Builds once, binds the first free port from the requested one, and starts watching.</summary>
    /// <param name="options">Folders, address and timing.</param>
    /// <param name="cancellation">Cancels binding.</param>
    /// <param name="build">Replaces the real pipeline (tests serve a hand-made site with it).</param>
    public static async Task<DevServer> StartAsync(ServeOptions options, CancellationToken cancellation = default, Func<ChangeSet, BuildResult>? build = null)
    {
        var server = new DevServer(options, build);
        // Watch before the first build, so a save made while it runs is built next rather than lost.
        var folders = new[] { options.Build.ContentDir, options.Build.TemplatesDir, options.SeedsDir }.OfType<string>().ToList();
        server._fingerprints = new SourceFingerprints(folders);
        server._watcher = new SourceWatcher(folders, server._debouncer);
        server.Publish(server._build(ChangeSet.Everything), [], Stopwatch.StartNew());
        await server.BindAsync(cancellation).ConfigureAwait(false);
        server._loop = Task.Run(() => server.RebuildLoopAsync(server._stopping.Token), CancellationToken.None);
        return server;
    }

    /// <summary>Runs until <paramref name="cancellation"/> fires (Ctrl+C), then stops cleanly.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await StopAsync().ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _stopping.Cancel();
        _watcher?.Dispose();
        Live.CloseAll();
        try
        {
            // A rebuild cannot be interrupted half-way; on a big site it may take long, and Ctrl+C must not wait for it.
            await _loop.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
        }
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_loop.IsCompleted) _stopping.Dispose();
    }

    private async Task BindAsync(CancellationToken cancellation)
    {
        var attempts = _options.Port == 0 ? 1 : Math.Max(1, _options.PortAttempts);
        for (var i = 0; i < attempts; i++)
        {
            var port = _options.Port == 0 ? 0 : _options.Port + i;
            var app = CreateApp(port);
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException) when (i + 1 < attempts)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                _options.Log.WriteLine($"port {port} is taken; trying {port + 1}");
                continue;
            }
            _app = app;
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
            return;
        }
    }

    private WebApplication CreateApp(int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        // Ctrl+C belongs to the command line, which cancels RunAsync; the host must not install its own handler.
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (IPAddress.TryParse(_options.Host, out var ip)) kestrel.Listen(ip, port);
            else if (_options.Host == "localhost") kestrel.ListenLocalhost(port);
            else kestrel.Listen(Dns.GetHostAddresses(_options.Host).First(), port);
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        return app;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (!HostAllowed(request.Host.Host))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await SendAsync(context, "400 bad request: this preview answers only to localhost names\n"u8.ToArray(), "text/plain; charset=utf-8", null, head).ConfigureAwait(false);
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var rawPath = raw.Split('?', 2)[0];
        if (rawPath == ReloadScriptInjector.EventsPath)
        {
            await StreamEventsAsync(context, head).ConfigureAwait(false);
            return;
        }
        if (rawPath == ReloadScriptInjector.ScriptPath)
        {
            await SendAsync(context, Script, "text/javascript; charset=utf-8", etag: null, head).ConfigureAwait(false);
            return;
        }

        var snapshot = _snapshot;
        var resolution = RequestPathResolver.Resolve(raw, snapshot.BasePath, snapshot.Contains);
        switch (resolution.Outcome)
        {
            case PathOutcome.Redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = resolution.Location;
                return;
            case PathOutcome.BadRequest:
                response.StatusCode = StatusCodes.Status400BadRequest;
                await SendAsync(context, System.Text.Encoding.UTF8.GetBytes("400 bad request: " + resolution.Reason + "\n"), "text/plain; charset=utf-8", null, head).ConfigureAwait(false);
                return;
            case PathOutcome.NotFound:
                response.StatusCode = StatusCodes.Status404NotFound;
                if (snapshot.Get("404.html") is { } notFound)
                    await SendAsync(context, notFound.Body, notFound.ContentType, null, head).ConfigureAwait(false);
                else
                    await SendAsync(context, FallbackNotFound(snapshot.Version), "text/html; charset=utf-8", null, head).ConfigureAwait(false);
                return;
            default:
                var file = snapshot.Get(resolution.FilePath!)!;
                if (request.Headers.IfNoneMatch.Contains(file.ETag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.Headers.ETag = file.ETag;
                    return;
                }
                await SendAsync(context, file.Body, file.ContentType, file.ETag, head).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>
    /// On loopback, only loopback names may be in the Host header: otherwise a web page could point its own domain
    /// at 127.0.0.1 (DNS rebinding) and read the preview, drafts included.
    /// </summary>
    private bool HostAllowed(string host)
    {
        var loopback = _options.Host == "localhost" || (IPAddress.TryParse(_options.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback) return true;
        host = host.Trim('[', ']');
        return host == "localhost" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var asked) && IPAddress.IsLoopback(asked));
    }

    private static async Task SendAsync(HttpContext context, byte[] body, string contentType, string? etag, bool head)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (etag is not null) response.Headers.ETag = etag;
        if (!head) await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] FallbackNotFound(long version) => ReloadScriptInjector.Inject(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>404: not found</h1><p>The site has no page here (and no 404.html).</p></body></html>"u8,
        ReloadScriptInjector.Tag(version));

    private async Task StreamEventsAsync(HttpContext context, bool head)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        if (head) return;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var reader = Live.Subscribe(out var unsubscribe);
        try
        {
            await response.StartAsync(linked.Token).ConfigureAwait(false);
            while (await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
            {
                while (reader.TryRead(out var frame)) await response.WriteAsync(frame, linked.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: both end the stream normally.
        }
        catch (IOException)
        {
        }
        finally
        {
            unsubscribe();
        }
    }

    private async Task RebuildLoopAsync(CancellationToken cancellation)
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
            var changes = _classifier.Classify(_fingerprints!.Changed(batch.Where(p => !ChangeClassifier.IsScratchFile(p))));
            if (changes.IsEmpty) continue;
            try
            {
                Rebuild(changes, clock);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A crash in one rebuild must not end the preview: report it and keep serving the last good site.
                _options.Log.WriteLine("rebuild failed: " + ex);
                Live.Problems(_snapshot.Version, [InternalError.From(ex, "rebuilding the site")]);
            }
        }
    }

    private void Rebuild(ChangeSet changes, Stopwatch clock)
    {
        var extra = new List<Diagnostic>();
        if (changes.Seeds && _options.SeedsDir is { } seeds)
        {
            var displayRoot = _options.Build.DisplayRoot ?? Path.GetDirectoryName(Path.GetFullPath(_options.Build.ContentDir)) ?? ".";
            extra.AddRange(SeedIngestion.Run(seeds, _options.Build.ContentDir, displayRoot));
            foreach (var d in extra) _options.Log.WriteLine(d.ToDisplayString());
            _options.Log.WriteLine($"[{DateTime.Now:HH:mm:ss}] seeds changed: re-ingested into {Path.GetRelativePath(displayRoot, _options.Build.ContentDir)} (edited files kept)");
            // Ingest writes content/; the watcher sees those writes and they rebuild the site like any edit.
            if (!changes.Content && !changes.Templates)
            {
                Live.Problems(_snapshot.Version, extra);
                return;
            }
        }

        var before = Stamps(changes.Paths);
        var result = _build(changes);
        // Never publish a build of a half-written file: if a changed file moved on while we built, or the build
        // failed while more changes are queued, that build is stale. Queue the paths again and let the next one count.
        if (!before.SequenceEqual(Stamps(changes.Paths)) || (!result.Succeeded && _debouncer.HasPending))
        {
            _fingerprints?.Forget(changes.Paths);
            foreach (var path in changes.Paths) _debouncer.Add(path);
            return;
        }
        Publish(result, extra, clock);
    }

    private void Publish(BuildResult result, IReadOnlyList<Diagnostic> extra, Stopwatch clock)
    {
        var old = _snapshot;
        var changed = 0;
        if (result.Succeeded)
        {
            var basePath = result.Content?.Site.BasePath ?? "/";
            var paths = SiteSnapshot.ChangedPaths(old, result.Files);
            if (paths.Count > 0 || basePath != old.BasePath || old.Version == 0)
            {
                var version = old.Version + 1;
                _snapshot = SiteSnapshot.Create(version, basePath, result.Files);
                changed = paths.Count;
                Live.Reload(version, paths);
            }
        }
        else if (old.Version == 0 && result.Content is not null)
        {
            // No good build yet: still answer under the right base path, so the overlay shows where the site will be.
            _snapshot = SiteSnapshot.Empty(result.Content.Site.BasePath);
        }
        var elapsed = clock.Elapsed;

        var problems = result.Diagnostics.Concat(extra).ToList();
        if (result.Succeeded && _options.RunChecks)
        {
            // The check report (broken links, orphans...) follows the reload above: on a big site it takes longer
            // than the build, and the new pages should not wait for it.
            var known = problems.ToHashSet();
            problems.AddRange(_check(result).Where(known.Add));
        }
        Live.Problems(_snapshot.Version, problems);

        var report = new RebuildReport(_snapshot.Version, result.Succeeded, changed, elapsed, LastWork, [.. problems]);
        LogReport(report);
        Rebuilt?.Invoke(report);
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

    private static byte[] LoadScript()
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("SiteGen.Serving.live-reload.js")
            ?? throw new InvalidOperationException("the live-reload script is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>A host lifetime that leaves Ctrl+C to the command line.</summary>
    private sealed class CommandLineLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
