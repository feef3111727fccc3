using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Builds published while serve runs and rebuilds: many `sitegen build` processes at once, beside a serve process that
/// rebuilds on every save, never leave output/ holding half a site, not even for a moment.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PublishingBesideServeTests
{
    private const int Builds = 6;

    [Fact]
    public async Task ManyBuildsBesideServeRebuildsNeverShowAHalfTree()
    {
        using var site = TempSite.FromFixture();
        // A draft: serve rebuilds on each save of it, and no build publishes it, so every build makes the same site.
        const string Draft = "content/pages/scratch.md";
        site.Write(Draft, "---\ntitle: Scratch\nlayout: page\ndraft: true\n---\nversion 0\n");
        var expected = new SiteGen.Pipeline.Site(site.Options).Render().Files.ToDictionary(f => f.Path, f => f.Content);
        expected[OutputFolder.MarkerFileName] = System.Text.Encoding.UTF8.GetBytes(OutputFolder.MarkerText);

        using var serve = Process.Start(SiteGenProcess.StartInfo(site.Root, "serve", "--port", "0"))!;
        var serveLines = new ConcurrentQueue<string>();
        serve.OutputDataReceived += (_, e) => { if (e.Data is not null) serveLines.Enqueue(e.Data); };
        serve.BeginOutputReadLine();
        _ = serve.StandardError.ReadToEndAsync();
        using var stop = new CancellationTokenSource();
        try
        {
            await WaitFor(() => serveLines.Any(l => l.StartsWith("serving ", StringComparison.Ordinal)), "serve to start");
            var rebuiltBefore = serveLines.Count(IsRebuild);

            // Saves that make serve rebuild all through the builds.
            var saves = Task.Run(async () =>
            {
                for (var i = 1; !stop.IsCancellationRequested; i++)
                {
                    // Saved whole (written aside, then renamed over), as editors save: a build never reads half a save.
                    var aside = site.Path("scratch.tmp");
                    await File.WriteAllTextAsync(aside, $"---\ntitle: Scratch\nlayout: page\ndraft: true\n---\nversion {i}\n");
                    File.Move(aside, site.Path(Draft), overwrite: true);
                    await Task.Delay(120);
                }
            });
            // A reader of output/ all the while: once a site is published, every file of it is there, whole, at every look.
            var failures = new ConcurrentQueue<string>();
            var looks = 0;
            var published = false;
            var reader = Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    // Before the first build publishes there is nothing to read; after it, output/ must never be missing.
                    if (!published && !(published = Directory.Exists(site.Output))) continue;
                    foreach (var (path, bytes) in expected)
                    {
                        var file = Path.Combine(site.Output, path);
                        try
                        {
                            if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes)) failures.Enqueue($"{path} differs");
                        }
                        catch (IOException ex)
                        {
                            failures.Enqueue($"{path}: {ex.Message}");
                        }
                    }
                    looks++;
                }
            });

            var runs = await Task.WhenAll(Enumerable.Range(0, Builds).Select(_ => Task.Run(() => SiteGenProcess.Run(site.Root, "build"))));
            await WaitFor(() => serveLines.Count(IsRebuild) > rebuiltBefore, "serve to rebuild");
            await stop.CancelAsync();
            await Task.WhenAll(saves, reader);

            Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
            Assert.True(looks > 0, "output/ was never looked at while the builds ran");
            Assert.True(failures.IsEmpty, $"{failures.Count} failed reads in {looks} looks, e.g. {string.Join("; ", failures.Take(5))}");
            Assert.True(FolderSnapshot.AreEqual(expected, FolderSnapshot.Of(site.Output)));
            // No staging or retired site left beside output/: only the spare, the build state and the two locks.
            Assert.Equal([".output.spare", ".sitegen-lock-output", ".sitegen-state-output", ".sitegen.lock"],
                Directory.GetFileSystemEntries(site.Root, ".*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            await stop.CancelAsync();
            serve.Kill();
            await serve.WaitForExitAsync();
        }
    }

    private static bool IsRebuild(string line) => line.StartsWith('[') && line.Contains("] built (", StringComparison.Ordinal);

    private static async Task WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
