using System.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>One sitegen at a time per site: a second build, ingest or serve waits or refuses, naming the holder; a killed holder never blocks.</summary>
public sealed class SiteLockTests
{
    [Fact]
    public void ASecondHolderIsRefused()
    {
        using var site = TempSite.FromFixture();
        var path = SiteLock.PathFor(site.Content);
        using var first = SiteLock.TryAcquire(path, SiteVerb.Ingest, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(first);

        using var second = SiteLock.TryAcquire(path, SiteVerb.Build, TimeSpan.Zero, _ => { }, out _);

        Assert.Null(second);
        first.Dispose();
        using var third = SiteLock.TryAcquire(path, SiteVerb.Build, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(third);
    }

    [Fact]
    public void ABuildRefusesWhileServeHoldsTheSiteAndNamesIt()
    {
        // The holder is this test process; the refusal comes from another process, so the lock is the kernel's, not .NET's.
        using var site = TempSite.FromFixture();
        using var serve = SiteLock.TryAcquire(SiteLock.PathFor(site.Content), SiteVerb.Serve, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(serve);

        var run = SiteGenProcess.Run(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^\.sitegen\.lock:1:1: error SG5003: cannot build: sitegen serve \(PID {Environment.ProcessId}, started \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) is working on this site; stop it", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void IngestRefusesWhileServeRuns()
    {
        using var site = TempSite.FromFixture();
        site.Write("seeds/a.txt", "Mayor Ilse Varga arrived in Northtown on June 3, 2025.\n\"We are ready to talk,\" Varga said.\n");
        using var serve = Process.Start(SiteGenProcess.StartInfo(site.Root, "serve", "--port", "0"))!;
        try
        {
            _ = serve.StandardError.ReadToEndAsync();
            Assert.StartsWith("serving ", ReadLineStartingWith(serve.StandardOutput, "serving "), StringComparison.Ordinal);

            var run = SiteGenProcess.Run(site.Root, "ingest");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"error SG5003: cannot ingest: sitegen serve (PID {serve.Id}, started ", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("ingested", run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill();
            serve.WaitForExit();
        }
    }

    [Fact]
    public void AHolderKilledWithSigkillLeavesNoStaleLock()
    {
        using var site = TempSite.FromFixture();
        using (var serve = Process.Start(SiteGenProcess.StartInfo(site.Root, "serve", "--port", "0"))!)
        {
            _ = serve.StandardError.ReadToEndAsync();
            ReadLineStartingWith(serve.StandardOutput, "serving ");
            serve.Kill(); // SIGKILL: the process gets no chance to release anything itself
            serve.WaitForExit();
        }
        Assert.Contains("serve", File.ReadAllText(SiteLock.PathFor(site.Content)), StringComparison.Ordinal);

        var run = SiteGenProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    [Fact]
    public void ABuildWaitsForARunningBuildToFinish()
    {
        using var site = TempSite.FromFixture();
        var running = SiteLock.TryAcquire(SiteLock.PathFor(site.Content), SiteVerb.Build, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(running);
        using var second = Process.Start(SiteGenProcess.StartInfo(site.Root, "build"))!;
        var stdout = second.StandardOutput.ReadToEndAsync();

        var waiting = ReadLineStartingWith(second.StandardError, "waiting for ");
        running.Dispose();
        Assert.True(second.WaitForExit(120_000));

        Assert.Equal($"waiting for sitegen build (PID {Environment.ProcessId}, started ", waiting[..(waiting.IndexOf("started ", StringComparison.Ordinal) + 8)]);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("built ", stdout.Result, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBuildsAtOnceBothSucceedAndLeaveOneWholeSite()
    {
        using var site = TempSite.FromFixture();
        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(() => SiteGenProcess.Run(site.Root, "build"))).ToArray();
        var runs = Task.WhenAll(starts).Result;

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
        Assert.All(runs, run => Assert.DoesNotContain("Directory not empty", run.Stderr, StringComparison.Ordinal));
        var expected = new SiteGen.Pipeline.Site(site.Options).Render().Files.ToDictionary(f => f.Path, f => f.Content);
        expected[SiteGen.Publishing.OutputFolder.MarkerFileName] = System.Text.Encoding.UTF8.GetBytes(SiteGen.Publishing.OutputFolder.MarkerText);
        Assert.True(FolderSnapshot.AreEqual(expected, FolderSnapshot.Of(site.Output)));
        // Beside output/: the spare site, the build state that describes output/ (see BuildState), and the lock.
        Assert.Equal([".output.spare", ".sitegen-state-output", ".sitegen.lock"], Directory.GetFileSystemEntries(site.Root, ".*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string ReadLineStartingWith(StreamReader reader, string prefix)
    {
        var read = Task.Run(() =>
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
            }
            return "";
        });
        Assert.True(read.Wait(TimeSpan.FromMinutes(2)), $"no line starting with '{prefix}'");
        return read.Result;
    }
}
