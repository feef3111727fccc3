using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serving;

/// <summary>The HTTP side of the preview: Kestrel on the first free port from the one asked for, passing every request to one handler.</summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root address, such as http://127.0.0.1:8080/.</summary>
    public Uri Address { get; }

    /// <summary>Binds the first free port from <see cref="ServeOptions.Port"/>, trying <see cref="ServeOptions.PortAttempts"/> in turn.</summary>
    /// <exception cref="IOException">No port could be bound.</exception>
    public static async Task<PreviewHost> StartAsync(ServeOptions options, RequestDelegate handle, CancellationToken cancellation)
    {
        var attempts = options.Port == 0 ? 1 : Math.Max(1, options.PortAttempts);
        for (var i = 0; ; i++)
        {
            var port = options.Port == 0 ? 0 : options.Port + i;
            var app = CreateApp(options.Host, port, handle);
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException) when (i + 1 < attempts)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                options.Log.WriteLine($"port {port} is taken; trying {port + 1}");
                continue;
            }
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var address = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
            return new PreviewHost(app, address);
        }
    }

    private static WebApplication CreateApp(string host, int port, RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        // Ctrl+C belongs to the command line, which cancels RunAsync; the host must not install its own handler.
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (IPAddress.TryParse(host, out var ip)) kestrel.Listen(ip, port);
            else if (host == "localhost") kestrel.ListenLocalhost(port);
            else kestrel.Listen(Dns.GetHostAddresses(host).First(), port);
        });
        var app = builder.Build();
        app.Run(handle);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A host lifetime that leaves Ctrl+C to the command line.</summary>
    private sealed class CommandLineLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
