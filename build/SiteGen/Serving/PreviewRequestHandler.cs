using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SiteGen.Rendering;

namespace SiteGen.Serving;

/// <summary>
/// Answers one preview request from the last good build: pages and files under the base path, the live-reload script,
/// and the server-sent event stream that tells open pages to reload or to show what is wrong.
/// </summary>
/// <param name="options">Which address the server listens on (it decides which Host headers are accepted).</param>
/// <param name="snapshot">The build being served now; read on every request, so a rebuild swaps it under no lock.</param>
/// <param name="live">The reload channel open pages listen to.</param>
/// <param name="stopping">Ends open event streams when the server stops.</param>
public sealed class PreviewRequestHandler(ServeOptions options, Func<SiteSnapshot> snapshot, LiveReloadChannel live, CancellationToken stopping)
{
    private static readonly byte[] Script = LoadScript();

    public async Task HandleAsync(HttpContext context)
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

        var site = snapshot();
        response.Headers.ContentSecurityPolicy = SiteFeeds.ContentSecurityPolicyFor(site.Urls, rawPath);
        var resolution = RequestPathResolver.Resolve(raw, site.Urls, site.Contains);
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
                if (site.Get("404.html") is { } notFound)
                    await SendAsync(context, notFound.Body, notFound.ContentType, null, head).ConfigureAwait(false);
                else
                    await SendAsync(context, FallbackNotFound(site.Version), "text/html; charset=utf-8", null, head).ConfigureAwait(false);
                return;
            default:
                var file = site.Get(resolution.FilePath!)!;
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
        var loopback = options.Host == "localhost" || (IPAddress.TryParse(options.Host, out var ip) && IPAddress.IsLoopback(ip));
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
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var reader = live.Subscribe(out var unsubscribe);
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

    private static byte[] LoadScript()
    {
        using var stream = typeof(PreviewRequestHandler).Assembly.GetManifestResourceStream("SiteGen.Serving.live-reload.js")
            ?? throw new InvalidOperationException("the live-reload script is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
