using System.Net;
using System.Net.Sockets;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class DevServerHttpTests
{
    [Fact]
    public async Task RedirectsTheRootToTheBasePath()
    {
        await using var serve = await ServeHarness.StartAsync();
        var response = await serve.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/harbour/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ServesPagesAsUtf8HtmlWithTheReloadScript()
    {
        await using var serve = await ServeHarness.StartAsync();
        var response = await serve.Http.GetAsync("/harbour/people/jon-berg/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Jon Berg", html);
        Assert.Matches("<script src=\"/__sitegen/live-reload.js\" data-sitegen-version=\"\\d+\" defer></script></body>", html);
    }

    [Theory]
    [InlineData("/harbour/people/jon-berg/")]
    [InlineData("/harbour/people/nobody/")]
    [InlineData("/harbour/timeline/embed/")]
    public async Task SendsTheSameContentSecurityPolicyAsTheHeadersFile(string path)
    {
        await using var serve = await ServeHarness.StartAsync();
        var response = await serve.Http.GetAsync(path);
        // What _headers gives this address on a host that reads it: the preview must refuse what the host refuses.
        var headers = System.Text.Encoding.UTF8.GetString(serve.Server.Snapshot.Get("_headers")!.Source.Content).Split('\n');
        var rule = Array.IndexOf(headers, path.EndsWith("/embed/", StringComparison.Ordinal) ? path : "/harbour/*");
        Assert.True(rule >= 0, "no _headers rule for " + path);
        var expected = headers[rule + 1].Trim()["Content-Security-Policy: ".Length..];
        Assert.Equal(expected, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task ServesAssetsWithTheirTypeAndUntouched()
    {
        await using var serve = await ServeHarness.StartAsync();
        // Asset names carry a content hash; whatever the name, the bytes served are the build's bytes.
        var css = serve.Server.Snapshot.Paths.First(p => p.StartsWith("assets/", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
        var response = await serve.Http.GetAsync("/harbour/" + css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(serve.Server.Snapshot.Get(css)!.Source.Content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ServesTheReloadScriptItself()
    {
        await using var serve = await ServeHarness.StartAsync();
        var response = await serve.Http.GetAsync(ReloadScriptInjector.ScriptPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnswersMissingPathsWithTheSites404Page()
    {
        await using var serve = await ServeHarness.StartAsync();
        var expected = System.Text.Encoding.UTF8.GetString(serve.Server.Snapshot.Get("404.html")!.Source.Content);
        var response = await serve.Http.GetAsync("/harbour/people/nobody/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        var title = System.Text.RegularExpressions.Regex.Match(expected, "<title>[^<]*</title>").Value;
        Assert.Contains(title, html);
        Assert.Contains(ReloadScriptInjector.ScriptPath, html);
    }

    [Fact]
    public async Task AnswersHeadWithTheHeadersOfGetAndNoBody()
    {
        await using var serve = await ServeHarness.StartAsync();
        var get = await serve.Http.GetAsync("/harbour/people/");
        var head = await serve.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/harbour/people/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        var missing = await serve.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/harbour/nope/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task RefusesEveryMethodButGetAndHead(string method)
    {
        await using var serve = await ServeHarness.StartAsync();
        var response = await serve.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/harbour/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task RevalidatesEveryTimeSoAnEditedPageIsNeverStale()
    {
        await using var serve = await ServeHarness.StartAsync();
        var first = await serve.Http.GetAsync("/harbour/people/jon-berg/");
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, "/harbour/people/jon-berg/");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await serve.Http.SendAsync(again)).StatusCode);

        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        serve.Site.Replace("content/people/jon-berg.md", "role: Mayor", "role: Former mayor");
        await events.NextAsync("reload");

        var afterEdit = new HttpRequestMessage(HttpMethod.Get, "/harbour/people/jon-berg/");
        afterEdit.Headers.IfNoneMatch.Add(etag);
        var response = await serve.Http.SendAsync(afterEdit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Contains("Former mayor", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/harbour/../../../../etc/passwd")]
    [InlineData("/harbour/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/harbour/..%2f..%2f..%2fsecret.txt")]
    [InlineData("/harbour/%2e%2e%2fsecret.txt")]
    [InlineData("/harbour/..\\..\\secret.txt")]
    [InlineData("/harbour/..%5csecret.txt")]
    [InlineData("/harbour/%252e%252e/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/harbour//etc/passwd")]
    [InlineData("/harbour/%2fetc%2fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("/harbour/content/site.yaml")]
    [InlineData("/harbour/escape/secret.txt")]
    [InlineData("/harbour/linked-out/secret.txt")]
    public async Task NothingOutsideTheBuiltSiteIsReachable(string target)
    {
        await using var serve = await ServeHarness.StartAsync(site =>
        {
            site.Write("secret.txt", "TOP-SECRET");
            // Symlinks pointing out of the site, where a file server reading output/ from disk could follow them.
            Directory.CreateDirectory(site.Output);
            File.CreateSymbolicLink(Path.Combine(site.Output, "escape"), site.Root);
            Directory.CreateSymbolicLink(Path.Combine(site.Content, "linked-out"), site.Root);
        });
        var (status, response) = await serve.RawAsync("GET", target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("TOP-SECRET", response);
        Assert.DoesNotContain("root:x:0", response);
        Assert.DoesNotContain("base_url", response);
    }

    [Fact]
    public async Task TriesTheNextPortWhenTheRequestedOneIsTaken()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var taken = ((IPEndPoint)blocker.LocalEndpoint).Port;
        await using var serve = await ServeHarness.StartAsync(configure: o => o with { Port = taken });
        Assert.NotEqual(taken, serve.Server.Address.Port);
        Assert.InRange(serve.Server.Address.Port, taken + 1, taken + 20);
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.GetAsync("/harbour/")).StatusCode);
    }

    [Fact]
    public async Task ShowsDraftsOnlyWhenAskedTo()
    {
        static void AddDraft(Support.TempSite site) =>
            site.Write("content/people/dana-draft.md", "---\nname: Dana Draft\nkind: other\ndraft: true\n---\n");

        await using (var plain = await ServeHarness.StartAsync(AddDraft))
            Assert.Equal(HttpStatusCode.NotFound, (await plain.Http.GetAsync("/harbour/people/dana-draft/")).StatusCode);
        await using var drafts = await ServeHarness.StartAsync(AddDraft, o => o with { Build = o.Build with { IncludeDrafts = true } });
        Assert.Equal(HttpStatusCode.OK, (await drafts.Http.GetAsync("/harbour/people/dana-draft/")).StatusCode);
    }

    [Theory]
    [InlineData("evil.example", 400)]
    [InlineData("evil.example:8080", 400)]
    [InlineData("localhost", 302)]
    [InlineData("127.0.0.1", 302)]
    [InlineData("[::1]", 302)]
    public async Task AnswersOnlyToLoopbackNamesSoNoRebindingPageCanReadIt(string host, int expected)
    {
        await using var serve = await ServeHarness.StartAsync();
        var (status, _) = await serve.RawAsync("GET", "/", host);
        Assert.Equal(expected, status);
    }
}
