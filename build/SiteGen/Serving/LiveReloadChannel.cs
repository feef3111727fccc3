using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>One problem as the browser overlay shows it.</summary>
public sealed record OverlayDiagnostic(string Location, string Severity, string Code, string Message, string? SourceLine, int Column)
{
    public static OverlayDiagnostic From(Diagnostic d) =>
        new(d.Span.ToString(), d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.SourceLine, d.Span.Column);
}

/// <summary>The overlay's whole state: an empty list clears it.</summary>
public sealed record ProblemsMessage(long Version, IReadOnlyList<OverlayDiagnostic> Diagnostics);

/// <summary>Tells pages a new build is being served; <see cref="Changed"/> lists the files that differ.</summary>
public sealed record ReloadMessage(long Version, IReadOnlyList<string> Changed);

/// <summary>The first message on every connection, so a page served by an older build reloads.</summary>
public sealed record HelloMessage(long Version);

/// <summary>Source-generated JSON (no reflection) for the live-reload messages.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProblemsMessage))]
[JsonSerializable(typeof(ReloadMessage))]
[JsonSerializable(typeof(HelloMessage))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;

/// <summary>Fans server-sent events out to every open page; a slow page drops old events rather than slowing the rest.</summary>
public sealed class LiveReloadChannel
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private readonly Lock _gate = new();
    private ProblemsMessage _problems = new(0, []);
    private long _version;

    public int ClientCount => _clients.Count;

    /// <summary>Raised after each event is handed to the clients (the benchmark and tests use it as the reload instant).</summary>
    public event Action<string>? Sent;

    public void Reload(long version, IReadOnlyList<string> changed)
    {
        lock (_gate) _version = version;
        Send(Format("reload", JsonSerializer.Serialize(new ReloadMessage(version, changed), LiveReloadJson.Default.ReloadMessage)));
    }

    public void Problems(long version, IEnumerable<Diagnostic> diagnostics)
    {
        var message = new ProblemsMessage(version, [.. diagnostics.Select(OverlayDiagnostic.From)]);
        lock (_gate)
        {
            // Nothing to say twice: an unchanged overlay would only flicker.
            if (message.Diagnostics.SequenceEqual(_problems.Diagnostics)) return;
            _problems = message;
        }
        Send(Format("problems", JsonSerializer.Serialize(message, LiveReloadJson.Default.ProblemsMessage)));
    }

    public ProblemsMessage CurrentProblems
    {
        get
        {
            lock (_gate) return _problems;
        }
    }

    /// <summary>Registers a page; it first receives a hello with the served version and the current problems.</summary>
    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        long version;
        ProblemsMessage problems;
        lock (_gate)
        {
            version = _version;
            problems = _problems;
            channel.Writer.TryWrite("retry: 500\n\n");
            channel.Writer.TryWrite(Format("hello", JsonSerializer.Serialize(new HelloMessage(version), LiveReloadJson.Default.HelloMessage)));
            channel.Writer.TryWrite(Format("problems", JsonSerializer.Serialize(problems, LiveReloadJson.Default.ProblemsMessage)));
            _clients[channel] = 0;
        }
        unsubscribe = () =>
        {
            _clients.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    /// <summary>Ends every open stream, so the server can stop without waiting on them.</summary>
    public void CloseAll()
    {
        foreach (var client in _clients.Keys) client.Writer.TryComplete();
        _clients.Clear();
    }

    internal void SetVersion(long version)
    {
        lock (_gate) _version = version;
    }

    private void Send(string frame)
    {
        lock (_gate)
        {
            foreach (var client in _clients.Keys) client.Writer.TryWrite(frame);
        }
        Sent?.Invoke(frame);
    }

    private static string Format(string name, string json)
    {
        var sb = new StringBuilder();
        sb.Append("event: ").Append(name).Append('\n');
        foreach (var line in json.Split('\n')) sb.Append("data: ").Append(line).Append('\n');
        return sb.Append('\n').ToString();
    }
}
