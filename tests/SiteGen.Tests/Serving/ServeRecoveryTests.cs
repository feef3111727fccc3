using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serving;

/// <summary>The preview server survives hostile input and odd file operations, and picks the site up again once they are undone.</summary>
public sealed class ServeRecoveryTests
{
    private const string Person = "content/people/jon-berg.md";
    private const string PersonTemplate = "templates/person.scriban-html";

    private static bool HasErrors(string problems) => problems.Contains("\"error\"", StringComparison.Ordinal);

    [Fact]
    public async Task ATemplateThatNeverEndsIsReportedAndFixingItRecovers()
    {
        await using var serve = await ServeHarness.StartAsync(configure: o => o with { Build = o.Build with { PageRenderLimit = TimeSpan.FromMilliseconds(200) } });
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var good = serve.Site.Read(PersonTemplate);

        serve.Site.Write(PersonTemplate, "{{ while true; end }}\n" + good);
        var problems = await events.NextAsync("problems", where: d => d.Contains("SG2004", StringComparison.Ordinal));
        Assert.Contains("templates/person.scriban-html:1:4", problems);
        Assert.Contains("Mayor", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));

        serve.Site.Write(PersonTemplate, good.Replace("</h1>", "</h1><p>fixed-template-marker</p>", StringComparison.Ordinal));
        await events.NextAsync("reload", where: d => d.Contains("people/jon-berg/index.html", StringComparison.Ordinal));
        Assert.Contains("fixed-template-marker", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }

    [Fact]
    public async Task PathologicalNestingIsReportedAndFixingItRecovers()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var good = serve.Site.Read(Person);

        serve.Site.Write(Person, good + new string('>', 100_000) + " deep\n");
        var problems = await events.NextAsync("problems", where: d => d.Contains("SG1401", StringComparison.Ordinal));
        Assert.Contains("content/people/jon-berg.md:8:33", problems);

        serve.Site.Write(Person, good + "Back to one level.\n");
        await events.NextAsync("reload", where: d => d.Contains("people/jon-berg/index.html", StringComparison.Ordinal));
        Assert.Contains("Back to one level.", await serve.Http.GetStringAsync("/harbour/people/jon-berg/"));
    }

    [Fact]
    public async Task AContentFolderDeletedAndCopiedBackIsWatchedAgain()
    {
        await using var serve = await ServeHarness.StartAsync();
        await using var events = await SseClient.ConnectAsync(serve.Server.Address);
        var backup = serve.Site.Path("backup");
        TempSite.CopyDirectory(serve.Site.Content, backup);
        File.WriteAllText(Path.Combine(backup, "people", "jon-berg.md"), serve.Site.Read(Person).Replace("role: Mayor", "role: Restored mayor", StringComparison.Ordinal));

        // rm -rf content && cp -r backup content
        Directory.Delete(serve.Site.Content, recursive: true);
        TempSite.CopyDirectory(backup, serve.Site.Content);

        await WaitForPageAsync(serve, events, "Restored mayor");

        // The folder is watched again, not only read once: a later edit inside it rebuilds too.
        serve.Site.Replace(Person, "role: Restored mayor", "role: Edited after restore");
        await WaitForPageAsync(serve, events, "Edited after restore");
    }

    /// <summary>Waits through reloads (a folder copied file by file may build more than once) until the person page shows the text.</summary>
    private static async Task WaitForPageAsync(ServeHarness serve, SseClient events, string text)
    {
        using var give = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!(await serve.Http.GetStringAsync("/harbour/people/jon-berg/")).Contains(text, StringComparison.Ordinal))
        {
            give.Token.ThrowIfCancellationRequested();
            await events.NextAsync("reload", TimeSpan.FromSeconds(15));
        }
    }
}
