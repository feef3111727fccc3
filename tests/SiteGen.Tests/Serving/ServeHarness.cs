using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using SiteGen.Serving;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serving;

/// <summary>A running preview server over a temp copy of the fixture site, plus the clients tests talk to it with.</summary>
public sealed class ServeHarness : IAsyncDisposable
{
    private ServeHarness(TempSite site, DevServer server)
    {
        Site = site;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public TempSite Site { get; }

    public DevServer Server { get; }

    public HttpClient Http { get; }

    public string BasePath => Server.Snapshot.BasePath;

    public static async Task<ServeHarness> StartAsync(Action<TempSite>? prepare = null, Func<ServeOptions, ServeOptions>? configure = null)
    {
        var site = TempSite.FromFixture();
        prepare?.Invoke(site);
        var options = new ServeOptions(site.Options, Port: 0) { Quiet = TimeSpan.FromMilliseconds(40) };
        if (configure is not null) options = configure(options);
        var server = await DevServer.StartAsync(options);
        return new ServeHarness(site, server);
    }

    /// <summary>Sends a request line exactly as written, so no client library can tidy the path first.</summary>
    public async Task<(int Status, string Response)> RawAsync(string method, string target, string? host = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Server.Address.Host, Server.Address.Port);
        var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? Server.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var status = response.Length >= 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : -1;
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>Reads a server-sent event stream as (event, data) pairs.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private Task _pump = Task.CompletedTask;

    public static async Task<SseClient> ConnectAsync(Uri serverAddress)
    {
        var client = new SseClient();
        var response = await client._http.GetAsync(new Uri(serverAddress, ReloadScriptInjector.EventsPath), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType?.ToString());
        var stream = await response.Content.ReadAsStreamAsync();
        client._pump = Task.Run(() => client.PumpAsync(stream));
        // Every connection starts with hello and the current problems.
        await client.NextAsync("hello");
        return client;
    }

    private async Task PumpAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? name = null;
        var data = new StringBuilder();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
                else if (line.Length == 0 && name is not null)
                {
                    await _events.Writer.WriteAsync((name, data.ToString()));
                    name = null;
                    data.Clear();
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        _events.Writer.TryComplete();
    }

    /// <summary>The data of the next event with this name, skipping others; fails after the timeout.</summary>
    public async Task<string> NextAsync(string name, TimeSpan? timeout = null, Func<string, bool>? where = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var (eventName, data) = await _events.Reader.ReadAsync(cancel.Token);
                if (eventName == name && (where is null || where(data))) return data;
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"no '{name}' event arrived in time");
        }
    }

    /// <summary>Every event received so far, without waiting.</summary>
    public List<(string Event, string Data)> Drain()
    {
        var list = new List<(string, string)>();
        while (_events.Reader.TryRead(out var e)) list.Add(e);
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _http.Dispose();
        await _pump;
        _stop.Dispose();
    }
}
