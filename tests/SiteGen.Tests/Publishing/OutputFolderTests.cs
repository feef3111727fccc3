using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>A build replaces output/ only when it succeeds, only when the folder is empty or SiteGen's own, and never touches a folder holding sources.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void AFailedBuildLeavesTheLastGoodOutputInPlace()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: [Jon Berg");
        var failed = new Site(site.Options).Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void ASuccessfulBuildRemovesPagesThatNoLongerExist()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        File.Delete(site.Path("content/pages/about.md"));
        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/people")]
    [InlineData("templates")]
    public void RefusesAnOutputFolderThatHoldsOrIsASourceFolder(string output)
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Path("seeds"));
        var options = site.Options with { OutputDir = site.Path(output) };
        var result = new Site(options).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, error.Code);
        Assert.True(File.Exists(site.Path("content/site.yaml")), "the content must survive");
        Assert.True(File.Exists(site.Path("templates/layout.scriban-html")), "the templates must survive");
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("build")]
    [InlineData("../someone-elses-folder")]
    public void RefusesAFolderOfSomeoneElsesFilesAndLeavesItUntouched(string output)
    {
        using var site = TempSite.FromFixture();
        var folder = site.Path(Path.Combine("work", output));
        site.Write(Path.Combine("work", output, "notes.txt"), "an editor's notes");
        site.Write(Path.Combine("work", output, "drafts", "a.txt"), "a draft");
        var options = site.Options with { OutputDir = folder };

        var result = new Site(options).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ForeignOutputFolder, error.Code);
        Assert.Contains($"refusing to replace '{Path.GetRelativePath(site.Root, Path.GetFullPath(folder))}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(["drafts/a.txt", "notes.txt"], FolderSnapshot.Of(folder).Keys);
        Assert.Equal("an editor's notes", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(folder))!, ".*"));
    }

    [Fact]
    public void ForceReplacesAFolderOfSomeoneElsesFiles()
    {
        using var site = TempSite.FromFixture();
        site.Write("output/notes.txt", "an editor's notes");

        var result = new Site(site.Options with { Force = true }).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    public void ForceNeverReplacesASourceFolder(string output)
    {
        using var site = TempSite.FromFixture();
        var result = new Site(site.Options with { OutputDir = site.Path(output), Force = true }).Build();

        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(site.Path("content/site.yaml")));
    }

    [Fact]
    public void BuildsIntoAnEmptyFolder()
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Output);

        Assert.True(new Site(site.Options).Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void RebuildsAFolderItBuiltBeforeAndMarksItTheSameWayEachTime()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var first = FolderSnapshot.Of(site.Output);
        site.Replace("content/pages/about.md", "title: About", "title: About this site");

        Assert.True(new Site(site.Options).Build().Succeeded);

        var second = FolderSnapshot.Of(site.Output);
        Assert.Equal(OutputFolder.MarkerText, Encoding.UTF8.GetString(second[OutputFolder.MarkerFileName]));
        Assert.Equal(first[OutputFolder.MarkerFileName], second[OutputFolder.MarkerFileName]);
        Assert.Contains("About this site", Encoding.UTF8.GetString(second["about/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAFileAsTheOutputFolder()
    {
        using var site = TempSite.FromFixture();
        site.Write("output", "a file, not a folder");

        var result = new Site(site.Options with { Force = true }).Build();

        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("a file, not a folder", site.Read("output"));
    }

    [Fact]
    public void RemovesWhatDeadRunsLeftButNotWhatLiveRunsAreWriting()
    {
        using var site = TempSite.FromFixture();
        var dead = SiteGenProcess.DeadProcessId();
        Directory.CreateDirectory(site.Path($".output.staging-{dead}-0123abcd/people"));
        Directory.CreateDirectory(site.Path($".output.retired-{dead}-4567abcd"));
        Directory.CreateDirectory(site.Path($".output.staging-{dead}"));
        var live = site.Path($".output.staging-{Environment.ProcessId}-89abcdef");
        Directory.CreateDirectory(live);
        site.Write(".output.notes", "not a leftover name");

        Assert.True(new Site(site.Options).Build().Succeeded);

        Assert.Equal([".output.notes", Path.GetFileName(live)], Directory.GetFileSystemEntries(site.Root, ".output.*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PutsBackTheRetiredSiteWhenAKillBetweenTwoRenamesLeftNoOutput()
    {
        // Where one-step exchange is missing (not Linux), a kill between the two renames leaves only the retired site.
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var built = FolderSnapshot.Of(site.Output);
        Directory.Move(site.Output, site.Path($".output.retired-{SiteGenProcess.DeadProcessId()}-0123abcd"));
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: [Jon Berg");

        Assert.False(new Site(site.Options).Build().Succeeded);

        Assert.Equal(built.Keys, FolderSnapshot.Of(site.Output).Keys);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, ".output.*"));
    }

    [Fact]
    public void LinksOutOfTheTemplatesFolderInAssetsAreRefusedAndNotPublished()
    {
        using var site = TempSite.FromFixture();
        var secret = site.Path("secret.txt");
        File.WriteAllText(secret, "not for the web");
        Directory.CreateDirectory(site.Path("outside"));
        File.WriteAllText(site.Path("outside/also-secret.txt"), "nor this");
        File.CreateSymbolicLink(site.Path("templates/assets/linked.txt"), secret);
        Directory.CreateSymbolicLink(site.Path("templates/assets/linked-folder"), site.Path("outside"));

        var result = new Site(site.Options).Render();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains($"templates/assets/linked.txt:1:1: error SG1305: the file is a link to '{secret}', outside the templates folder; SiteGen reads only files inside it: copy the file in instead",
            errors.Select(d => d.ToString()));
        Assert.All(errors, d => Assert.Equal(DiagnosticCodes.LinkLeavesSite, d.Code));
        Assert.Empty(result.Files);
        Assert.DoesNotContain(errors, d => d.ToDisplayString().Contains("not for the web", StringComparison.Ordinal) || d.ToDisplayString().Contains("nor this", StringComparison.Ordinal));
    }
}
