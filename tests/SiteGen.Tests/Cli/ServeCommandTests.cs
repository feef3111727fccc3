using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>'sitegen serve' as a separate process, the way an editor runs it from a terminal.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServesUntilCtrlCThenStopsCleanly()
    {
        using var site = TempSite.FromFixture();
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var taken = ((IPEndPoint)blocker.LocalEndpoint).Port;

        using var process = Start(site.Root, "serve", "--port", taken.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var cleanup = new KillOnDispose(process);
        var lines = new List<string>();
        string? address = null;
        while (address is null && await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
        {
            lines.Add(line);
            address = Regex.Match(line, @"^serving (http://\S+)").Groups[1].Value is { Length: > 0 } a ? a : null;
        }
        Assert.NotNull(address);
        Assert.Contains(lines, l => l.StartsWith($"port {taken} is taken; using ", StringComparison.Ordinal));

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var html = await http.GetStringAsync(address + "people/jon-berg/");
        Assert.Contains("/__sitegen/live-reload.js", html);
        // An open page keeps its reload stream open: stopping must end it, not wait for the page to go away.
        var origin = new Uri(address!).GetLeftPart(UriPartial.Authority);
        using var stream = await http.GetStreamAsync(origin + "/__sitegen/events");

        // Ctrl+C in a terminal sends SIGINT to the process.
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        // The process's own exit and the stream's end are the events waited for (the bound only keeps a hang from
        // holding the suite); how soon they come depends on the machine's load, so no duration is asserted.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await new StreamReader(stream).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("stopped", await process.StandardOutput.ReadToEndAsync());
        Assert.False(Directory.Exists(site.Output), "serve keeps the site in memory and must not write output/");
    }

    [Fact]
    public void BuildOutputNeverCarriesTheReloadScriptOrDrafts()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/people/dana-draft.md", "---\nname: Dana Draft\nkind: other\ndraft: true\n---\n");
        var outcome = SiteGenProcess.Run(site.Root, "build");
        Assert.Equal(0, outcome.ExitCode);
        foreach (var file in Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("__sitegen", text);
            Assert.DoesNotContain("Dana Draft", text);
        }
    }

    /// <summary>Ends the server if an assertion fails before it was stopped, so no test leaves a process behind.</summary>
    private sealed class KillOnDispose(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var process = Process.Start(SiteGenProcess.StartInfo(workingDirectory, args))!;
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }
}
