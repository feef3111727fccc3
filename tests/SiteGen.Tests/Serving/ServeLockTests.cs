using System.Text.Json;
using SiteGen.FileSystem;

namespace SiteGen.Tests.Serving;

/// <summary>
/// Serve's side of the site lock: a rebuild reads under it, so while a writer (ingest) keeps it the rebuild waits,
/// shows the holder in the overlay once its patience runs out, and builds the change once the writer is done.
/// </summary>
public sealed class ServeLockTests
{
    private const string Person = "content/people/jon-berg.md";

    [Fact]
    public async Task ARebuildWaitsForAWriterSaysWhoAndBuildsOnceItIsDone()
    {
        await using var serve = await ServeHarness.StartAsync(configure: options => options with
        {
            LockPath = SiteLock.PathFor(options.Build.ContentDir),
            LockPatience = TimeSpan.FromMilliseconds(300),
        });
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var before = serve.Server.Snapshot.Version;
        var ingest = SiteLock.TryAcquire(SiteLock.PathFor(serve.Site.Content), SiteVerb.Ingest, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(ingest);

        serve.Site.Replace(Person, "role: Mayor", "role: Harbour master");
        var refused = await events.NextAsync("problems", where: data => data.Contains("SG5003", StringComparison.Ordinal));
        Assert.Equal(before, serve.Server.Snapshot.Version);
        ingest.Dispose();
        var reload = JsonDocument.Parse(await events.NextAsync("reload")).RootElement;

        var message = JsonDocument.Parse(refused).RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString();
        // The holder is named across processes (SiteLockTests); here writer and reader share the test host, whose own
        // .NET file locks keep the reader from opening the file to read the holder line while a writer holds it.
        Assert.Matches(@"^cannot rebuild the preview: another sitegen process was still using this site after 0 s; serve tries again by itself$", message);
        Assert.Equal(before + 1, reload.GetProperty("version").GetInt64());
        Assert.Contains("Harbour master", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }
}
