using System.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The site's reader–writer lock: build, check and serve read side by side; ingest and new write alone, waiting (bounded)
/// for the readers and naming them; two builds into one output folder take turns; a killed holder never blocks.
/// </summary>
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
    public void ReadersShareTheLockAndAWriterWaitsForAll()
    {
        using var site = TempSite.FromFixture();
        var path = SiteLock.PathFor(site.Content);
        using var serve = SiteLock.TryAcquire(path, SiteVerb.Serve, TimeSpan.Zero, _ => { }, out _);
        using var check = SiteLock.TryAcquire(path, SiteVerb.Check, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(serve);
        Assert.NotNull(check);

        using var refused = SiteLock.TryAcquire(path, SiteVerb.Ingest, TimeSpan.Zero, _ => { }, out _);
        Assert.Null(refused);
        serve.Dispose();
        using var stillRefused = SiteLock.TryAcquire(path, SiteVerb.New, TimeSpan.Zero, _ => { }, out _);
        Assert.Null(stillRefused);
        check.Dispose();

        using var ingest = SiteLock.TryAcquire(path, SiteVerb.Ingest, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(ingest);
    }

    [Fact]
    public void ABuildRunsWhileServeHoldsItsReaderLock()
    {
        // The holder is this test process, as serve holds the lock while it rebuilds; the build is another process,
        // so the sharing is the kernel's flock, not .NET's.
        using var site = TempSite.FromFixture();
        using var serve = SiteLock.TryAcquire(SiteLock.PathFor(site.Content), SiteVerb.Serve, LockMode.Read, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(serve);

        var run = SiteGenProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("waiting", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, SiteGen.Publishing.OutputFolder.MarkerFileName)));
    }

    [Fact]
    public void BuildCheckAndIngestRunBesideARunningServe()
    {
        using var site = TempSite.FromFixture();
        site.Write("seeds/a.txt", "Mayor Ilse Varga arrived in Northtown on June 3, 2025.\n\"We are ready to talk,\" Varga said.\n");
        using var serve = Process.Start(SiteGenProcess.StartInfo(site.Root, "serve", "--port", "0"))!;
        try
        {
            _ = serve.StandardError.ReadToEndAsync();
            Assert.StartsWith("serving ", ReadLineStartingWith(serve.StandardOutput, "serving "), StringComparison.Ordinal);

            var build = SiteGenProcess.Run(site.Root, "build");
            var check = SiteGenProcess.Run(site.Root, "check");
            var ingest = SiteGenProcess.Run(site.Root, "ingest");

            Assert.True(build.ExitCode == 0, build.Stderr);
            Assert.StartsWith("built ", build.Stdout, StringComparison.Ordinal);
            Assert.Contains("checked ", check.Stdout + check.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SG5003", check.Stderr, StringComparison.Ordinal);
            Assert.True(ingest.ExitCode == 0, ingest.Stderr);
            Assert.Contains("ingested 1 seed", ingest.Stdout, StringComparison.Ordinal);
            // Serve sees ingest's writes in content/ like an editor's and rebuilds under its reader lock.
            Assert.StartsWith("[", ReadLineContaining(serve.StandardOutput, "] built ("), StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill();
            serve.WaitForExit();
        }
    }

    [Fact]
    public async Task IngestWaitsForAReaderAndSaysWhoItWaitsFor()
    {
        using var site = TempSite.FromFixture();
        site.Write("seeds/a.txt", "Mayor Ilse Varga arrived in Northtown on June 3, 2025.\n\"We are ready to talk,\" Varga said.\n");
        var reading = SiteLock.TryAcquire(SiteLock.PathFor(site.Content), SiteVerb.Serve, LockMode.Read, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(reading);
        using var ingest = Process.Start(SiteGenProcess.StartInfo(site.Root, "ingest"))!;
        var stdout = ingest.StandardOutput.ReadToEndAsync();

        var waiting = ReadLineStartingWith(ingest.StandardError, "waiting for ");
        Thread.Sleep(300);
        Assert.False(ingest.HasExited, "ingest did not wait for the reader");
        reading.Dispose();
        Assert.True(ingest.WaitForExit(120_000));

        Assert.Matches($@"^waiting for sitegen serve \(PID {Environment.ProcessId}, started [0-9: -]+ UTC\) to finish reading this site\.\.\.$", waiting);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("ingested 1 seed", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AWriterKeptOutTooLongIsRefusedNamingTheReader()
    {
        using var site = TempSite.FromFixture();
        using var reading = SiteLock.TryAcquire(SiteLock.PathFor(site.Content), SiteVerb.Serve, LockMode.Read, TimeSpan.Zero, _ => { }, out _);
        Assert.NotNull(reading);
        var log = new StringWriter();

        using var ingest = SiteLocking.Acquire(SiteLock.PathFor(site.Content), SiteVerb.Ingest, LockMode.Write, log, TimeSpan.FromMilliseconds(300), out var refusal);

        Assert.Null(ingest);
        Assert.NotNull(refusal);
        Assert.Equal("SG5003", refusal.Code);
        Assert.Matches($@"^cannot ingest: sitegen serve \(PID {Environment.ProcessId}, started [0-9: -]+ UTC\) was still reading this site after 0 s; run 'sitegen ingest' again when it has finished$", refusal.Message);
        Assert.StartsWith("waiting for sitegen serve (PID ", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AHolderKilledWithSigkillLeavesNoStaleLock()
    {
        // A build stopped with its site staged holds both locks: the sources' (reading) and its output folder's.
        using var site = TempSite.FromFixture();
        site.Write("seeds/a.txt", "Mayor Ilse Varga arrived in Northtown on June 3, 2025.\n\"We are ready to talk,\" Varga said.\n");
        var start = SiteGenProcess.StartInfo(site.Root, "build");
        start.Environment["SITEGEN_TEST_PAUSE_AT"] = "staged";
        using (var build = Process.Start(start)!)
        {
            _ = build.StandardOutput.ReadToEndAsync();
            ReadLineStartingWith(build.StandardError, "sitegen: paused at staged");
            build.Kill(); // SIGKILL: the process gets no chance to release anything itself
            build.WaitForExit();
        }
        Assert.Contains("build", File.ReadAllText(SiteLock.PathFor(site.Content)), StringComparison.Ordinal);

        var ingest = SiteGenProcess.Run(site.Root, "ingest");
        var rebuild = SiteGenProcess.Run(site.Root, "build");

        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.True(rebuild.ExitCode == 0, rebuild.Stderr);
        Assert.DoesNotContain("waiting", ingest.Stderr + rebuild.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ABuildWaitsForARunningBuildToFinish()
    {
        using var site = TempSite.FromFixture();
        // A build holds its output folder's lock alone: two builds into one folder take turns.
        var running = SiteLock.TryAcquire(SiteGen.Publishing.OutputFolder.LockPath(site.Output), SiteVerb.Build, LockMode.Write, TimeSpan.Zero, _ => { }, out _);
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
        // Beside output/: the spare site, the build state that describes output/ (see BuildState), and the two locks.
        Assert.Equal([".output.spare", ".sitegen-lock-output", ".sitegen-state-output", ".sitegen.lock"], Directory.GetFileSystemEntries(site.Root, ".*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string ReadLineContaining(StreamReader reader, string part)
    {
        var read = Task.Run(() =>
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains(part, StringComparison.Ordinal)) return line;
            }
            return "";
        });
        Assert.True(read.Wait(TimeSpan.FromMinutes(2)), $"no line containing '{part}'");
        return read.Result;
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
