using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// A full disk, a denied folder and a read-only output are the machine's doing: each is a stable code and a plain
/// message at the path the system named, never SiteGen's internal error, and none leaves anything that blocks the next run.
/// </summary>
public sealed class WorldFailureTests
{
    [Fact]
    public void AFullDiskDuringBuildIsSaidPlainlyAndLeavesNoStagingFolder()
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Path("small"));

        var run = SiteGenProcess.RunOnSmallDisk(site.Root, "small", 48, "build", "--output", "small/site");

        AssertSaidPlainly(run, DiagnosticCodes.DiskFull, "the disk is full");
        Assert.Matches(@"(?m)^small/site/\S+:1:1: error SG5005", run.Stderr);
        Assert.DoesNotContain("staging", run.Stdout);
    }

    [Fact]
    public void AFullDiskDuringIngestIsSaidPlainly()
    {
        using var site = TempSite.Empty();
        var words = string.Join(' ', Enumerable.Range(0, 4000).Select(i => $"word{i}"));
        site.Write("seeds/long.txt", $"Foreign Minister Anna Berg arrived in Geneva on June 3, 2025.\n\n{words}.\n\n\"We are ready to talk,\" Berg said.\n");
        Directory.CreateDirectory(site.Content);

        var run = SiteGenProcess.RunOnSmallDisk(site.Root, "content", 16, "ingest", "--seeds", "seeds", "--content", "content");

        AssertSaidPlainly(run, DiagnosticCodes.DiskFull, "the disk is full");
    }

    /// <summary>A failed run that names the world's failure with its code, not SiteGen's internal error.</summary>
    private static void AssertSaidPlainly(SiteGenProcess.Outcome run, string code, string words)
    {
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error {code}: {words}", run.Stderr);
        Assert.DoesNotContain(DiagnosticCodes.InternalError, run.Stderr);
    }

    [Fact]
    public void AnUnreadableTemplatesFolderIsAPermissionErrorAtItsPath()
    {
        using var site = TempSite.FromFixture();
        File.SetUnixFileMode(site.Templates, UnixFileMode.None);

        var run = SiteGenProcess.RunUnprivileged(site.Root, "build");

        File.SetUnixFileMode(site.Templates, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AssertSaidPlainly(run, DiagnosticCodes.PermissionDenied, "permission denied");
        Assert.StartsWith($"templates:1:1: error {DiagnosticCodes.PermissionDenied}", run.Stderr);
    }

    [Fact]
    public void AReadOnlyOutputNeverBlocksTheNextBuild()
    {
        using var site = TempSite.FromFixture();
        Assert.Equal(0, SiteGenProcess.RunUnprivileged(site.Root, "build").ExitCode);
        // A deploy tool or a mounted volume leaves the published site without write permission, folders and files.
        foreach (var path in Directory.GetFileSystemEntries(site.Output, "*", SearchOption.AllDirectories).Append(site.Output))
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        site.Replace("content/people/jon-berg.md", "role: Mayor", "role: Mayor of Northtown");

        for (var build = 1; build <= 3; build++)
        {
            var run = SiteGenProcess.RunUnprivileged(site.Root, "build");
            Assert.True(run.ExitCode == 0, $"build {build}: {run.Stderr}");
            Assert.Empty(Directory.GetDirectories(site.Root, ".output.staging-*"));
        }
        Assert.Contains("Mayor of Northtown", File.ReadAllText(Path.Combine(site.Output, "people", "jon-berg", "index.html")));
    }

    [Fact]
    public void TheSystemsOwnFailuresAreToldFromSiteGensBugs()
    {
        var full = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", new byte[4096]));
        Assert.Equal(DiagnosticCodes.DiskFull, WorldFailure.From(full, "writing")?.Code);
        Assert.Equal("/dev/full", WorldFailure.From(full, "writing")?.Span.Path);
        Assert.Equal(DiagnosticCodes.DiskFull, WorldFailure.From(new AggregateException(full, full), "writing")?.Code);
        var denied = new UnauthorizedAccessException("Access to the path '/site/.output.staging-12-0a1b/x.html' is denied.");
        Assert.Equal(("output/x.html", DiagnosticCodes.PermissionDenied), (WorldFailure.From(denied, "writing", "/site")?.Span.Path, WorldFailure.From(denied, "writing")?.Code));
        Assert.Null(WorldFailure.From(new InvalidOperationException("a bug"), "writing"));
        Assert.Null(WorldFailure.From(new AggregateException(full, new NullReferenceException()), "writing"));
        Assert.Null(WorldFailure.From(new FileNotFoundException("gone", "/x"), "writing"));
    }
}
