using System.Text.Json;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class LiveRebuildTests
{
    private const string Person = "content/people/jon-berg.md";

    [Fact]
    public async Task AnEditReloadsPagesWithTheChange()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var before = serve.Server.Snapshot.Version;

        serve.Site.Replace(Person, "role: Mayor", "role: Harbour master");
        var reload = JsonDocument.Parse(await events.NextAsync("reload")).RootElement;

        Assert.Equal(before + 1, reload.GetProperty("version").GetInt64());
        Assert.Contains("people/jon-berg/index.html", reload.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Harbour master", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }

    [Fact]
    public async Task AnEditReachesTheSearchIndexRightAfterItsPages()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var before = await SearchIndexAsync(serve);
        Assert.DoesNotContain("lighthouse tender", before.Documents);

        serve.Site.Replace("content/articles/harbour-talks-end.md", "met on Tuesday for six hours", "met on Tuesday for six hours aboard a lighthouse tender");
        await events.NextAsync("reload");

        // The pages are served first; the merged index follows without another reload.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var after = await SearchIndexAsync(serve);
        while (after.Stamp == before.Stamp && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            after = await SearchIndexAsync(serve);
        }
        Assert.Contains("lighthouse tender", after.Documents);
        Assert.Equal(serve.Server.Snapshot.Version, before.Version + 1);
    }

    private static async Task<(string Stamp, string Documents, long Version)> SearchIndexAsync(ServeHarness serve)
    {
        var version = serve.Server.Snapshot.Version;
        var manifest = JsonDocument.Parse(await serve.Http.GetStringAsync("/harbour/search/manifest.json")).RootElement;
        var files = (manifest.GetProperty("documents").GetInt32() + manifest.GetProperty("per_file").GetInt32() - 1) / manifest.GetProperty("per_file").GetInt32();
        var documents = new System.Text.StringBuilder();
        for (var i = 0; i < files; i++) documents.Append(await serve.Http.GetStringAsync($"/harbour/search/d/{i}.json"));
        return (manifest.GetProperty("stamp").GetString()!, documents.ToString(), version);
    }

    [Fact]
    public async Task ABrokenFileShowsItsPlaceAndKeepsTheLastGoodSite()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var good = await serve.Http.GetStringAsync("/harbour/people/jon-berg/");

        serve.Site.Replace(Person, "kind: leader", "kind: [leader");
        var problems = JsonDocument.Parse(await events.NextAsync("problems", where: d => d.Contains("SG1001"))).RootElement;
        var first = problems.GetProperty("diagnostics")[0];
        Assert.Matches(@"^content/people/jon-berg\.md:\d+:\d+$", first.GetProperty("location").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("sourceLine").GetString()));
        Assert.Equal(good, await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));

        serve.Site.Replace(Person, "kind: [leader", "kind: leader");
        var cleared = JsonDocument.Parse(await events.NextAsync("problems")).RootElement;
        Assert.DoesNotContain(cleared.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task ATemplateEditRebuildsWithoutReloadingContent()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var report = new TaskCompletionSource<SiteGen.Serving.RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        serve.Server.Rebuilt += r => report.TrySetResult(r);

        var layout = serve.Site.Read("templates/layout.scriban-html");
        serve.Site.Write("templates/layout.scriban-html", layout.Replace("</body>", "<p>template-edit-marker</p></body>", StringComparison.Ordinal));
        await events.NextAsync("reload");

        Assert.Contains("template-edit-marker", await serve.Http.GetStringAsync("/harbour/"));
        // The report is raised after the check pass that follows the reload.
        // A template change reaches every page, so none may be reused from the render cache.
        Assert.Matches(@"^templates \+ pages \(\d+ rendered, 0 reused\)$", (await report.Task.WaitAsync(TimeSpan.FromSeconds(15))).Work);
    }

    [Fact]
    public async Task ASaveByTempFileAndRenameIsPickedUp()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);

        var text = serve.Site.Read(Person).Replace("role: Mayor", "role: Renamed-in mayor", StringComparison.Ordinal);
        var temp = serve.Site.Path("content/people/.jon-berg.md.swp-save");
        await File.WriteAllTextAsync(temp, text);
        File.Move(temp, serve.Site.Path(Person), overwrite: true);

        await events.NextAsync("reload");
        Assert.Contains("Renamed-in mayor", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }

    [Fact]
    public async Task AFileWrittenInPiecesIsNeverBuiltHalfWritten()
    {
        await using var serve = await ServeHarness.StartAsync(configure: o => o with { Quiet = TimeSpan.FromMilliseconds(300) });
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);

        // The first half alone is malformed YAML (an unclosed front matter); a build from it would show an error.
        var text = serve.Site.Read(Person).Replace("role: Mayor", "role: Written slowly", StringComparison.Ordinal);
        await using (var stream = new FileStream(serve.Site.Path(Person), FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            for (var i = 0; i < bytes.Length; i += 8)
            {
                await stream.WriteAsync(bytes.AsMemory(i, Math.Min(8, bytes.Length - i)));
                await stream.FlushAsync();
                await Task.Delay(5);
            }
        }

        await events.NextAsync("reload");
        Assert.DoesNotContain(events.Drain(), e => e.Event == "problems" && e.Data.Contains("\"error\"", StringComparison.Ordinal));
        Assert.Contains("Written slowly", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }

    [Fact]
    public async Task ASaveThatChangesNoByteDoesNotRebuild()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var reports = new System.Collections.Concurrent.ConcurrentQueue<SiteGen.Serving.RebuildReport>();
        var edited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        serve.Server.Rebuilt += report =>
        {
            reports.Enqueue(report);
            if (report.ChangedFiles > 0) edited.TrySetResult();
        };

        serve.Site.Write(Person, serve.Site.Read(Person));
        File.SetLastWriteTimeUtc(serve.Site.Path(Person), DateTime.UtcNow);
        await Task.Delay(500);
        serve.Site.Replace(Person, "role: Mayor", "role: Mayor again");
        await events.NextAsync("reload");
        // Wait for the report of the real edit itself (it follows the check pass): reports come one at a time in order, so
        // a rebuild the identical save caused would be in the queue before it, never after.
        await edited.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // Only the real edit was built; the byte-identical save before it cost a hash, not a rebuild.
        Assert.Single(reports);
    }

    [Fact]
    public async Task ANewPageConnectingDuringAnErrorSeesTheOverlayAtOnce()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using (var events = await SseClient.ConnectAsync(serve.Server.Address))
        {
            serve.Site.Replace(Person, "name: Jon Berg", "name: [Jon Berg");
            await events.NextAsync("problems", where: d => d.Contains("SG1001"));
        }
        await using var late = await SseClient.ConnectAsync(serve.Server.Address);
        // ConnectAsync consumed hello; the problems frame follows it immediately.
        Assert.Contains("jon-berg.md", await late.NextAsync("problems", TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task ANewSeedIsIngestedAndItsArticleServed()
    {
        await using var serve = await ServeHarness.StartAsync(
            site => Directory.CreateDirectory(site.Path("seeds")),
            o => o with { SeedsDir = Path.Combine(Path.GetDirectoryName(o.Build.ContentDir)!, "seeds") });
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);

        File.Copy(Path.Combine(Support.Repository.Seeds, "000_1df865b11904da75.txt"), serve.Site.Path("seeds/000_1df865b11904da75.txt"));

        // Ingest writes content/; the watcher sees those files and the site rebuilds with the new article.
        await events.NextAsync("reload", TimeSpan.FromSeconds(30), d => d.Contains("articles/000-1df865b11904da75/index.html", StringComparison.Ordinal));
        Assert.True(File.Exists(serve.Site.Path("content/articles/000-1df865b11904da75.md")));
        var page = await serve.Http.GetStringAsync("/harbour/articles/000-1df865b11904da75/");
        Assert.Contains("Anchorage", page);
    }

    [Fact]
    public async Task TheCheckReportShowsInTheOverlayOverTheNewSite()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);

        serve.Site.Replace("content/pages/about.md", "About the fixture.", "About the [fixture](/nowhere/).");
        await events.NextAsync("reload");
        var problems = await events.NextAsync("problems", where: d => d.Contains("SG4001", StringComparison.Ordinal));

        // The site built, so it is served with the broken link; the overlay names where to fix it.
        Assert.Contains("content/pages/about.md:5:21", problems);
        Assert.Contains("/harbour/nowhere/", await serve.Http.GetStringAsync("/harbour/about/"));
    }

    [Fact]
    public async Task TheTerminalShowsASummaryAndTheFirstFindingsWhileTheOverlayListsThemAll()
    {
        var log = new StringWriter();
        await using var serve = await ServeHarness.StartAsync(configure: o => o with { Log = TextWriter.Synchronized(log) });
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var reported = new TaskCompletionSource<RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        serve.Server.Rebuilt += r => { if (r.Diagnostics.Any(d => d.Message.Contains("/broken-12/", StringComparison.Ordinal))) reported.TrySetResult(r); };

        var links = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"[link {i}](/broken-{i}/)"));
        serve.Site.Replace("content/pages/about.md", "About the fixture.", "About the fixture. " + links);
        var problems = await events.NextAsync("problems", where: d => d.Contains("/broken-12/", StringComparison.Ordinal));
        var report = await reported.Task.WaitAsync(TimeSpan.FromSeconds(15));

        // The overlay gets every finding.
        foreach (var i in Enumerable.Range(1, 12)) Assert.Contains($"/broken-{i}/", problems);
        // The terminal gets the summary, the first few findings with their place, and how many more the overlay holds.
        var lines = log.ToString().Split('\n');
        var summary = Assert.Single(lines, l => l.Contains("built (", StringComparison.Ordinal) && l.Contains("check:", StringComparison.Ordinal));
        Assert.Contains($"{report.Diagnostics.Count(d => d.IsError)} error(s)", summary);
        Assert.Equal(RebuildLoop.TerminalFindings, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\S+:\d+:\d+: (error|warning) SG\d{4}: ")));
        Assert.Contains($"... and {report.Diagnostics.Length - RebuildLoop.TerminalFindings} more: the browser overlay lists all {report.Diagnostics.Length}", lines);
    }
}
