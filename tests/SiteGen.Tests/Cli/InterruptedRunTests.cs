using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using SiteGen.Ingest;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The real program killed with SIGKILL at many moments: output/ is always one whole site (the old one or the new one,
/// byte for byte), ingest leaves every file whole and a content set that builds, and the next run removes what the
/// killed one left. Kill delays are spread evenly over a measured run, from a fixed seed, so every run kills alike.
/// </summary>
public sealed class InterruptedRunTests(ITestOutputHelper log)
{
    private const int Kills = 50;
    private const string AboutTitle = "title: About\n";

    /// <summary>Temporary folders beside output/; the spare (the site a build replaced, kept for the next build to update) is not one.</summary>
    private static string[] LeftoversBeside(TempSite site) =>
        [.. Directory.GetFileSystemEntries(site.Root, ".output.*").Where(p => p != OutputFolder.SparePath(site.Output))];

    [Fact]
    public void ABuildKilledAtAnyMomentLeavesOneWholeSite()
    {
        using var site = TempSite.FromFixture();
        var about = site.Read("content/pages/about.md");
        var versions = new[] { about, about.Replace(AboutTitle, "title: About this site\n", StringComparison.Ordinal) };
        Assert.NotEqual(versions[0], versions[1]);
        var sites = versions.Select(v => { site.Write("content/pages/about.md", v); return ExpectedSite(site); }).ToArray();

        // The first build ever: killed, it leaves no output/ or a whole one.
        var typical = Measure(() => Assert.Equal(0, SiteGenProcess.Run(site.Root, "build").ExitCode));
        var published = Array.FindIndex(sites, s => FolderSnapshot.AreEqual(s, FolderSnapshot.Of(site.Output)));
        Assert.Equal(1, published);

        var midWrite = 0;
        var kills = KillRepeatedly(typical, "build", site.Root, iteration =>
        {
            var next = 1 - published;
            site.Write("content/pages/about.md", versions[next]);
            return () =>
            {
                if (LeftoversBeside(site).Length > 0) midWrite++;
                var found = FolderSnapshot.Of(site.Output);
                Assert.True(FolderSnapshot.AreEqual(found, sites[published]) || FolderSnapshot.AreEqual(found, sites[next]),
                    $"after kill {iteration} output/ is neither the old site nor the new one: {string.Join(", ", found.Keys)}");
                published = FolderSnapshot.AreEqual(found, sites[next]) ? next : published;
                if (iteration % 5 != 4) return;
                Assert.True(new Site(site.Options).Build().Succeeded);
                Assert.Empty(LeftoversBeside(site));
                published = next;
            };
        });

        log.WriteLine($"{kills} kills, {midWrite} of them while a staging folder existed");
        Assert.True(kills >= Kills, $"only {kills} runs were killed before they ended");
        // Kills that all landed before the staging folder or after the swap would test nothing about a half-written site.
        Assert.True(midWrite > 0, $"none of {kills} kills landed while a staging folder existed");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.Empty(LeftoversBeside(site));
    }

    [Fact]
    public void AnIngestKilledAtAnyMomentLeavesWholeFilesThatBuild()
    {
        using var site = TempSite.Empty();
        TempSite.CopyDirectory(Repository.Templates, site.Templates);
        foreach (var file in new[] { "site.yaml", "_index.md" })
            site.Write($"content/{file}", File.ReadAllText(Path.Combine(Repository.ValidSite, "content", file)));
        var seedVersions = new[] { Seeds, Seeds.SetItem("harbour.txt", Seeds["harbour.txt"] + UpdatedHarbourLine) };
        var generated = seedVersions.Select(Generate).ToArray();
        Assert.NotEqual(generated[0]["articles/harbour.md"], generated[1]["articles/harbour.md"]);

        WriteSeeds(site, seedVersions[0]);
        var typical = Measure(() => Assert.Equal(0, SiteGenProcess.Run(site.Root, "ingest").ExitCode));
        // Start from no generated files, so the first runs below create files rather than only replace them.
        foreach (var folder in new[] { "people", "articles", "timeline", "analysis" }) Directory.Delete(site.Path($"content/{folder}"), recursive: true);
        // As if ingest had never run: without its record, the files are not editors' deletions.
        File.Delete(site.Path("content/" + SiteGen.Content.SiteLoader.IngestStateFile));
        var before = ContentFiles(site);

        var (partial, leftTemporary) = (0, 0);
        var kills = KillRepeatedly(typical, "ingest", site.Root, iteration =>
        {
            var version = (iteration + 1) % 2;
            WriteSeeds(site, seedVersions[version]);
            return () =>
            {
                var found = ContentFiles(site);
                if (Directory.GetFiles(site.Content, "*.tmp", SearchOption.AllDirectories).Length > 0) leftTemporary++;
                if (!generated[version].All(kv => found.TryGetValue(kv.Key, out var b) && b.AsSpan().SequenceEqual(kv.Value))) partial++;
                foreach (var (path, bytes) in found)
                {
                    var whole = (before.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(bytes)) || (generated[version].TryGetValue(path, out var made) && made.AsSpan().SequenceEqual(bytes));
                    Assert.True(whole, $"after kill {iteration}, {path} is neither its old nor its new text");
                }
                var build = new Site(site.Options).Render();
                Assert.True(build.Succeeded, $"after kill {iteration} the content does not build:\n" + string.Join("\n", build.Diagnostics));
                if (iteration % 5 == 4)
                {
                    IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);
                    Assert.Empty(Directory.GetFiles(site.Content, "*.tmp", SearchOption.AllDirectories));
                    found = ContentFiles(site);
                    Assert.All(generated[version], kv => Assert.True(kv.Value.AsSpan().SequenceEqual(found[kv.Key]), kv.Key));
                }
                before = found;
            };
        });

        log.WriteLine($"{kills} kills; {partial} checks found a partly written set, {leftTemporary} a temporary file");
        Assert.True(kills >= Kills, $"only {kills} runs were killed before they ended");
        Assert.True(partial > 0, $"none of {kills} kills left a set between the old and the new");
        IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);
        Assert.Empty(Directory.GetFiles(site.Content, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void ABuildKilledBetweenTheTwoStepsOfTheSwapLeavesTheNewSite()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        site.Replace("content/pages/about.md", AboutTitle, "title: About this site\n");
        var expected = ExpectedSite(site);

        KillAt("swapped", site.Root);

        Assert.True(FolderSnapshot.AreEqual(expected, FolderSnapshot.Of(site.Output)), "output/ is not the new site");
        Assert.Single(Directory.GetFileSystemEntries(site.Root, ".output.staging-*")); // the old site, not yet deleted
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.Empty(LeftoversBeside(site));
    }

    [Fact]
    public void ABuildKilledRightAfterTheSwapLeavesNoStateToMisleadTheNextBuild()
    {
        // The last build's state describes the old output/ and spare; after the swap it would describe the wrong folders.
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(File.Exists(OutputFolder.BuildStatePath(site.Output)));
        site.Replace("content/pages/about.md", AboutTitle, "title: About this site\n");

        KillAt("swapped", site.Root);

        Assert.False(File.Exists(OutputFolder.BuildStatePath(site.Output)), "the old build state outlived the swap");
        site.Replace("content/pages/about.md", "title: About this site\n", "title: About the harbour site\n");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(FolderSnapshot.AreEqual(ExpectedSite(site), FolderSnapshot.Of(site.Output)), "the next build is not the clean build of its content");
    }

    [Fact]
    public void ABuildKilledBetweenTheTwoRenamesOfTheFallbackSwapIsRepairedToTheOldSite()
    {
        // Where the one-step exchange is unsupported, output/ is renamed away and the staged site renamed in: a kill
        // between the two leaves no output/, and the next run must put the retired (whole, old) site back first.
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var old = FolderSnapshot.Of(site.Output);
        site.Replace("content/pages/about.md", AboutTitle, "title: About this site\n");

        KillAt("swapped", site.Root, swapByRenames: true);

        Assert.False(Directory.Exists(site.Output), "the fallback's first rename had not moved output/ away");
        Assert.Single(Directory.GetDirectories(site.Root, ".output.retired-*"));
        OutputSwap.RemoveLeftovers(site.Output);
        Assert.True(FolderSnapshot.AreEqual(old, FolderSnapshot.Of(site.Output)), "output/ is not the old site");
        Assert.Equal(0, SiteGenProcess.Run(site.Root, "build").ExitCode);
        Assert.Empty(LeftoversBeside(site));
        Assert.True(FolderSnapshot.AreEqual(ExpectedSite(site), FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void ABuildKilledWithTheNewSiteStagedLeavesTheOldSite()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var old = FolderSnapshot.Of(site.Output);
        site.Replace("content/pages/about.md", AboutTitle, "title: About this site\n");

        KillAt("staged", site.Root);

        Assert.True(FolderSnapshot.AreEqual(old, FolderSnapshot.Of(site.Output)), "output/ is not the old site");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.Empty(LeftoversBeside(site));
        Assert.True(FolderSnapshot.AreEqual(ExpectedSite(site), FolderSnapshot.Of(site.Output)));
    }

    /// <summary>
    /// Runs <paramref name="verb"/> and kills it after delays spread over [0, a run's length), until <see cref="Kills"/>
    /// runs died before ending. A run that ends first shortens the length used from then on (shared machines speed up
    /// and slow down). <paramref name="prepare"/> sets up each run and returns the checks to make once it is dead.
    /// </summary>
    private static int KillRepeatedly(TimeSpan typical, string verb, string root, Func<int, Action> prepare)
    {
        var random = new Random(20251115);
        var kills = 0;
        for (var iteration = 0; kills < Kills && iteration < Kills * 2; iteration++)
        {
            var check = prepare(iteration);
            var delay = typical * ((iteration % Kills + random.NextDouble()) / Kills);
            var clock = Stopwatch.StartNew();
            using (var process = Process.Start(SiteGenProcess.StartInfo(root, verb))!)
            {
                if (process.WaitForExit(delay))
                {
                    typical = clock.Elapsed;
                }
                else
                {
                    process.Kill();
                    kills++;
                }
                process.WaitForExit();
            }
            check();
        }
        return kills;
    }

    /// <summary>Starts a build that stops at <paramref name="point"/> (see SiteGen.FileSystem.PauseHook) and kills it there.</summary>
    private static void KillAt(string point, string root, bool swapByRenames = false)
    {
        var start = SiteGenProcess.StartInfo(root, "build");
        start.Environment["SITEGEN_TEST_PAUSE_AT"] = point;
        if (swapByRenames) start.Environment["SITEGEN_TEST_SWAP"] = "renames";
        using var process = Process.Start(start)!;
        var paused = Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                if (line == $"sitegen: paused at {point}") return true;
            }
            return false;
        });
        var reached = paused.Wait(TimeSpan.FromMinutes(2)) && paused.Result;
        process.Kill();
        process.WaitForExit();
        Assert.True(reached, $"the build never paused at {point}");
    }

    private static TimeSpan Measure(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed;
    }

    private static Dictionary<string, byte[]> ExpectedSite(TempSite site)
    {
        var files = new Site(site.Options).Render().Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        files[OutputFolder.MarkerFileName] = Encoding.UTF8.GetBytes(OutputFolder.MarkerText);
        return files;
    }

    /// <summary>The Markdown files ingest wrote, without its temporary files.</summary>
    private static SortedDictionary<string, byte[]> ContentFiles(TempSite site) =>
        new(FolderSnapshot.Of(site.Content).Where(kv => kv.Key.Contains('/', StringComparison.Ordinal) && kv.Key.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);

    private static Dictionary<string, byte[]> Generate(ImmutableDictionary<string, string> seeds)
    {
        using var scratch = TempSite.Empty();
        WriteSeeds(scratch, seeds);
        IngestRunner.Run(new IngestOptions(scratch.Path("seeds"), scratch.Content), scratch.Root);
        return new(FolderSnapshot.Of(scratch.Content).Where(kv => kv.Key != SiteGen.Content.SiteLoader.IngestStateFile), StringComparer.Ordinal);
    }

    private static void WriteSeeds(TempSite site, ImmutableDictionary<string, string> seeds)
    {
        foreach (var (name, text) in seeds) site.Write($"seeds/{name}", text);
    }

    // Invented reporting about invented towns and people.
    private static readonly ImmutableDictionary<string, string> Seeds = new Dictionary<string, string>
    {
        ["harbour.txt"] = """
            Harbour towns agree to meet again
            PORT EXAMPLE (Fixture Wire) — Mayor Jon Berg of Port Example met Mayor Ilse Varga of Northtown in Port Example on Tuesday, June 3, 2025, to settle a fishing dispute.
            "We have a lot of work ahead of us," Berg told reporters after the meeting.
            Varga said the two towns would hold another round of talks on Oct. 3, 2025, in Northtown.
            "This is not the end of the road," said Tomas Reed, a senior fellow at the Coastal Institute. He added that both sides had shown "real flexibility."

            """,
        ["quota.txt"] = """
            Fishing quota plan draws doubts
            NORTHTOWN, June 5 (Fixture Wire) - Northtown's harbour master, Petra Lind, said on Thursday, June 5, 2025, that the towns will publish a joint quota plan on July 1.
            "We will not close the harbour to anyone," Lind said in a statement.
            Olga Brandt, chief economist at Harbour Analytics, said the plan "lacks detail".
            "Fishers want certainty. They are not getting it," Brandt told reporters.

            """,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private const string UpdatedHarbourLine = "\"Nobody expected a deal this week,\" Reed said.\n";
}
