using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// 'build' into an output folder it wrote before updates the site it replaced last time (the spare) in place, writing
/// only files whose bytes changed, and still publishes with one swap: the result is the clean build, byte for byte.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Two builds, so that the second one's replaced site becomes the spare the next build updates.</summary>
    private static void BuildTwice(TempSite site)
    {
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(Directory.Exists(OutputFolder.SparePath(site.Output)), "the replaced site should be kept as the spare");
    }

    private static SortedDictionary<string, byte[]> CleanBuild(TempSite site)
    {
        var clean = site.Options with { OutputDir = site.Path("clean") };
        Assert.True(new Site(clean).Build().Succeeded);
        return FolderSnapshot.Of(clean.OutputDir);
    }

    [Fact]
    public void ABuildOverAnEarlierSiteIsByteIdenticalToACleanBuild()
    {
        using var site = TempSite.FromFixture();
        BuildTwice(site);
        site.Replace("content/pages/about.md", "title: About", "title: About this site");
        site.Write("content/pages/colophon.md", "---\ntitle: Colophon\n---\nSet in an invented typeface.\n");
        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // The page removed again must go: the spare still holds the site from before the colophon existed, then one with it.
        File.Delete(site.Path("content/pages/colophon.md"));
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: Jon A. Berg");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(new Site(site.Options).Build().Succeeded);

        var incremental = FolderSnapshot.Of(site.Output);
        Assert.DoesNotContain("colophon/index.html", incremental.Keys);
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), incremental), "the incremental build differs from a clean build");
    }

    [Fact]
    public void OnlyFilesWhoseBytesChangedAreWritten()
    {
        using var site = TempSite.FromFixture();
        BuildTwice(site);
        var spare = OutputFolder.SparePath(site.Output);
        var before = FolderSnapshot.Of(spare);
        foreach (var file in Directory.GetFiles(spare, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
        site.Replace("content/pages/about.md", "About the fixture.", "About the invented fixture.");

        var result = new Site(site.Options).Build();

        Assert.True(result.Succeeded);
        var after = FolderSnapshot.Of(site.Output);
        var changed = after.Keys.Where(p => !before.TryGetValue(p, out var old) || !old.AsSpan().SequenceEqual(after[p])).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count < after.Count / 2, $"an edit to one page changed {changed.Count} of {after.Count} files");
        // The marker is written afresh on every publish; every other file is written exactly when its bytes changed.
        Assert.Equal(changed.Count, result.Written!.Changed);
        foreach (var path in after.Keys.Where(p => p != OutputFolder.MarkerFileName))
        {
            var untouched = File.GetLastWriteTimeUtc(Path.Combine(site.Output, path)) == LongAgo;
            Assert.True(untouched != changed.Contains(path), $"{path}: {(untouched ? "changed but not written" : "written although unchanged")}");
        }
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), after));
    }

    [Fact]
    public void ALinkInTheSpareIsReplacedNotWrittenThrough()
    {
        using var site = TempSite.FromFixture();
        BuildTwice(site);
        var outside = site.Path("outside.html");
        File.WriteAllText(outside, "someone else's file");
        var planted = Path.Combine(OutputFolder.SparePath(site.Output), "about", "index.html");
        File.Delete(planted);
        File.CreateSymbolicLink(planted, outside);
        site.Replace("content/pages/about.md", "title: About", "title: About this site");

        Assert.True(new Site(site.Options).Build().Succeeded);

        Assert.Equal("someone else's file", File.ReadAllText(outside));
        Assert.Null(new FileInfo(Path.Combine(site.Output, "about", "index.html")).LinkTarget);
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void AFailedBuildKeepsTheLastGoodSiteAndTheSpare()
    {
        using var site = TempSite.FromFixture();
        BuildTwice(site);
        var published = FolderSnapshot.Of(site.Output);
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: [Jon Berg");

        Assert.False(new Site(site.Options).Build().Succeeded);

        Assert.True(FolderSnapshot.AreEqual(published, FolderSnapshot.Of(site.Output)));
        Assert.True(Directory.Exists(OutputFolder.SparePath(site.Output)));
        site.Replace("content/people/jon-berg.md", "name: [Jon Berg", "name: Jon Berg");
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void TheFirstBuildAfterACleanOneWritesOnlyWhatChanged()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.False(Directory.Exists(OutputFolder.SparePath(site.Output)));
        site.Replace("content/pages/about.md", "About the fixture.", "About the invented fixture.");

        var result = new Site(site.Options).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Without a spare, the kept files are linked from output/ rather than written again.
        Assert.InRange(result.Written!.Changed, 1, result.Written.Files / 2);
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
        // The replaced site, now the spare, is still the one before the edit: no file was written through a link.
        Assert.DoesNotContain("invented fixture", File.ReadAllText(Path.Combine(OutputFolder.SparePath(site.Output), "about", "index.html")));
    }

    [Fact]
    public void AFileTheSpareSharesWithOutputIsReplacedNotRewrittenInPlace()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        // Without a spare this build links output/'s files: the replaced site, now the spare, shares them with output/.
        site.Replace("content/pages/about.md", "About the fixture.", "About the invented fixture.");
        Assert.True(new Site(site.Options).Build().Succeeded);
        var person = Path.Combine("people", "jon-berg", "index.html");
        var published = File.ReadAllBytes(Path.Combine(site.Output, person));
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: Jon A. Berg");

        Assert.True(new Site(site.Options).Build().Succeeded);

        // The site just replaced is the spare now: its copy of the page, one inode with the spare's before, kept its bytes.
        Assert.Equal(published, File.ReadAllBytes(Path.Combine(OutputFolder.SparePath(site.Output), person)));
        Assert.Contains("Jon A. Berg", File.ReadAllText(Path.Combine(site.Output, person)));
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
    }

    [Theory]
    [InlineData("About the invented fixture, at more length than before.")]
    [InlineData("About.")] // shorter: what the old page had beyond the new one's end must go
    public void AFileOnlyTheSpareHoldsIsRewrittenInPlace(string edited)
    {
        using var site = TempSite.FromFixture();
        BuildTwice(site);
        // The spare's copy made a file of its own (BuildTwice's second build linked it to output/'s).
        var about = Path.Combine(OutputFolder.SparePath(site.Output), "about", "index.html");
        var bytes = File.ReadAllBytes(about);
        File.Delete(about);
        File.WriteAllBytes(about, bytes);
        var inode = InodeOf(about);
        site.Replace("content/pages/about.md", "About the fixture.", edited);

        Assert.True(new Site(site.Options).Build().Succeeded);

        var published = Path.Combine(site.Output, "about", "index.html");
        Assert.Contains(edited, File.ReadAllText(published));
        Assert.Equal(inode, InodeOf(published));
        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
    }

    private static string InodeOf(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }

    [Fact]
    public void AFileChangedInOutputIsNotLinkedIntoTheNextSite()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        // Same length, other bytes: only its hash tells it from the page the build state indexes.
        var tampered = Path.Combine(site.Output, "people", "jon-berg", "index.html");
        var text = File.ReadAllText(tampered);
        File.Delete(tampered);
        File.WriteAllText(tampered, text.Replace("<html", "<HTML"));
        site.Replace("content/pages/about.md", "About the fixture.", "About the invented fixture.");

        Assert.True(new Site(site.Options).Build().Succeeded);

        Assert.True(FolderSnapshot.AreEqual(CleanBuild(site), FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void AFailedFirstBuildAfterACleanOneLeavesOutputAndItsStateAsTheyWere()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var published = FolderSnapshot.Of(site.Output);
        var state = File.ReadAllBytes(OutputFolder.BuildStatePath(site.Output));
        // The lists and the about page are written into the linked site; then its new share card cannot be drawn.
        site.Replace("content/pages/about.md", "title: About", "title: About this site");

        Assert.False(new Site(site.Options with { CardPainter = new NoCards() }).Build().Succeeded);

        Assert.True(FolderSnapshot.AreEqual(published, FolderSnapshot.Of(site.Output)));
        Assert.Equal(state, File.ReadAllBytes(OutputFolder.BuildStatePath(site.Output)));
        Assert.False(Directory.Exists(OutputFolder.SparePath(site.Output)));
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, ".output.*"));
    }

    private sealed class NoCards : SiteGen.Rendering.Cards.IShareCardPainter
    {
        public byte[] Paint(SiteGen.Rendering.Cards.ShareCard card) => throw new DllNotFoundException("libSkiaSharp");
    }
}
