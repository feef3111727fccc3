using SiteGen.Pipeline;

namespace SiteGen.Serving;

/// <summary>
/// The preview server: builds the site in memory, serves the last good build under the site's base path, rebuilds
/// when sources change and tells open pages to reload (or to show what is wrong). It joins three parts: the
/// <see cref="RebuildLoop"/>, the <see cref="PreviewRequestHandler"/> and the <see cref="PreviewHost"/>.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly RebuildLoop _rebuilds;
    private readonly SourceWatcher _watcher;
    private PreviewHost? _host;
    private Task _loop = Task.CompletedTask;

    private DevServer(RebuildLoop rebuilds, SourceWatcher watcher)
    {
        _rebuilds = rebuilds;
        _watcher = watcher;
    }

    /// <summary>The server's root address, such as http://127.0.0.1:8080/.</summary>
    public Uri Address => _host?.Address ?? new("http://127.0.0.1/");

    /// <summary>The site's home page: <see cref="Address"/> plus base_url's sub-path.</summary>
    public Uri SiteAddress => new(Address, Snapshot.BasePath);

    public SiteSnapshot Snapshot => _rebuilds.Snapshot;

    public LiveReloadChannel Live => _rebuilds.Live;

    /// <summary>Raised after every rebuild, good or bad.</summary>
    public event Action<RebuildReport>? Rebuilt
    {
        add => _rebuilds.Rebuilt += value;
        remove => _rebuilds.Rebuilt -= value;
    }

    /// <summary>Builds once, binds the first free port from the requested one, and starts watching.</summary>
    /// <param name="options">Folders, address and timing.</param>
    /// <param name="cancellation">Cancels binding.</param>
    /// <param name="build">Replaces the real pipeline (tests serve a hand-made site with it).</param>
    /// <param name="listening">Told the site's address as soon as the first build is served, before its check report.</param>
    public static async Task<DevServer> StartAsync(ServeOptions options, CancellationToken cancellation = default, Func<ChangeSet, BuildResult>? build = null, Action<DevServer>? listening = null)
    {
        var debouncer = new ChangeDebouncer(options.Quiet, options.MaxWait);
        var folders = new[] { options.Build.ContentDir, options.Build.TemplatesDir, options.SeedsDir }.OfType<string>().ToList();
        var rebuilds = new RebuildLoop(options, debouncer, folders, build);
        // Watch before the first build, so a save made while it runs is built next rather than lost.
        var server = new DevServer(rebuilds, new SourceWatcher(folders, debouncer));
        rebuilds.BuildFirst();
        var handler = new PreviewRequestHandler(options, () => rebuilds.Snapshot, rebuilds.Live, server._stopping.Token);
        try
        {
            server._host = await PreviewHost.StartAsync(options, handler.HandleAsync, cancellation).ConfigureAwait(false);
        }
        catch
        {
            server._watcher.Dispose();
            throw;
        }
        listening?.Invoke(server);
        // Pages are served from here on; the first build's check report follows, as after every rebuild.
        rebuilds.ReportFirst();
        server._loop = Task.Run(() => rebuilds.RunAsync(server._stopping.Token), CancellationToken.None);
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
        _watcher.Dispose();
        Live.CloseAll();
        try
        {
            // A rebuild cannot be interrupted half-way; on a big site it may take long, and Ctrl+C must not wait for it.
            await _loop.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
        }
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
            _host = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_loop.IsCompleted) _stopping.Dispose();
    }
}
