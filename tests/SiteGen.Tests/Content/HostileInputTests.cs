using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Pipeline;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Inputs too big, too deep or too strange to commit as a case folder under Sites/invalid/ (links, FIFOs, megabytes of
/// YAML): each is made here, and the build must fail with exactly the diagnostics given, never crash, hang or leak.
/// </summary>
public sealed class HostileInputTests
{
    private static List<string> BuildErrors(TempSite site)
    {
        var result = new Site(site.Options).Build();
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())];
    }

    [Fact]
    public void FortyThousandNestedBracketsAreAnErrorNotAStackOverflow()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md", "---\ntitle: About\nnote: " + new string('[', 40_000) + "\n---\nAbout.\n");

        Assert.Equal(["content/pages/about.md:3:70: error SG1302: the front matter nests lists and mappings more than 64 levels deep; SiteGen reads at most 64"], BuildErrors(site));
    }

    [Fact]
    public void DeepBlockNestingIsCappedLikeFlowNesting()
    {
        using var site = TempSite.FromFixture();
        var yaml = new StringBuilder("---\ntitle: About\n");
        for (var level = 0; level < 100; level++) yaml.Append(new string(' ', level * 2)).Append($"k{level}:\n");
        site.Write("content/pages/about.md", yaml + "---\n");

        var error = Assert.Single(BuildErrors(site));
        Assert.StartsWith("content/pages/about.md:", error, StringComparison.Ordinal);
        Assert.Contains("error SG1302:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentFileOverFiveMegabytesIsRefusedUnread()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md", "---\ntitle: About\n---\n" + new string('a', 6_000_000));

        Assert.Equal(["content/pages/about.md:1:1: error SG1303: the file is too large (6,000,021 bytes; the limit is 5 MB)"], BuildErrors(site));
    }

    [Fact]
    public void LinkOutOfTheContentFolderIsRefusedWithoutEchoingTheTarget()
    {
        using var site = TempSite.FromFixture();
        var secret = site.Path("secret.md");
        File.WriteAllText(secret, "---\ntitle: TOP-SECRET\n---\nroot:x:0:0\n");
        File.CreateSymbolicLink(site.Path("content/pages/leak.md"), secret);

        var errors = BuildErrors(site);
        Assert.Equal([$"content/pages/leak.md:1:1: error SG1305: the file is a link to '{secret}', outside the content folder; SiteGen reads only files inside it: copy the file in instead"], errors);
        Assert.DoesNotContain("TOP-SECRET", string.Join("\n", errors), StringComparison.Ordinal);
    }

    [Fact]
    public void LinkedFolderOutOfContentIsRefusedForEveryFileInIt()
    {
        using var site = TempSite.FromFixture();
        Directory.CreateDirectory(site.Path("elsewhere"));
        File.WriteAllText(site.Path("elsewhere/x.md"), "---\ntitle: X\n---\n");
        Directory.Delete(site.Path("content/pages"), recursive: true);
        Directory.CreateSymbolicLink(site.Path("content/pages"), site.Path("elsewhere"));

        Assert.Equal([$"content/pages/x.md:1:1: error SG1305: the file is a link to '{site.Path("elsewhere/x.md")}', outside the content folder; SiteGen reads only files inside it: copy the file in instead"], BuildErrors(site));
    }

    [Fact]
    public void LinkThatStaysInsideContentIsRead()
    {
        using var site = TempSite.FromFixture();
        File.Move(site.Path("content/pages/about.md"), site.Path("content/pages/about.txt"));
        File.CreateSymbolicLink(site.Path("content/pages/about.md"), "about.txt");

        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }

    [Fact]
    public void LinkToDevZeroIsRefusedInsteadOfReadForever()
    {
        if (OperatingSystem.IsWindows()) return; // no /dev/zero
        using var site = TempSite.FromFixture();
        File.CreateSymbolicLink(site.Path("content/pages/zero.md"), "/dev/zero");

        Assert.Equal(["content/pages/zero.md:1:1: error SG1305: the file is a link to '/dev/zero', outside the content folder; SiteGen reads only files inside it: copy the file in instead"], BuildErrors(site));
    }

    [Fact]
    public void FifoNamedLikeAPageIsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs
        using var site = TempSite.FromFixture();
        Assert.Equal(0, MakeFifo(site.Path("content/pages/x.md"), 0b110_100_100));

        Assert.Equal(["content/pages/x.md:1:1: error SG1304: this is not a regular file (a pipe, socket or device); SiteGen reads only regular files"], BuildErrors(site));
    }

    [Fact]
    public void TemplateLinkedOutOfTheTemplatesFolderIsRefused()
    {
        using var site = TempSite.FromFixture();
        var outside = site.Path("outside.scriban-html");
        File.WriteAllText(outside, "TOP-SECRET");
        var partial = site.Path("templates/partials/quote.scriban-html");
        File.Delete(partial);
        File.CreateSymbolicLink(partial, outside);

        var errors = BuildErrors(site);
        Assert.Equal($"templates/partials/quote.scriban-html:1:1: error SG1305: the file is a link to '{outside}', outside the templates folder; SiteGen reads only files inside it: copy the file in instead", errors[0]);
        Assert.DoesNotContain("TOP-SECRET", string.Join("\n", errors), StringComparison.Ordinal);
    }

    [Fact]
    public void FileNamedAfterAWindowsDeviceIsAnError()
    {
        if (OperatingSystem.IsWindows()) return; // Windows cannot even create it
        using var site = TempSite.FromFixture();
        site.Write("content/people/con.md", "---\nname: Con Man\nslug: con-man\n---\n");
        site.Write("content/people/NUL.backup.md", "---\nname: Nul\nslug: nul-person\n---\n");

        Assert.Equal(
        [
            "content/people/NUL.backup.md:1:1: error SG1107: the file name 'NUL.backup.md' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension), so the site cannot be checked out there; rename the file",
            "content/people/con.md:1:1: error SG1107: the file name 'con.md' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension), so the site cannot be checked out there; rename the file",
        ], BuildErrors(site));
    }

    [Fact]
    public void PageNamedLikeASectionFailsCheckWithoutCrashing()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/timeline.md", "---\ntitle: Timeline\n---\nMine.\n");

        var result = new Site(site.Options).Render();
        var all = result.Diagnostics.Concat(new Site(site.Options).Check(result)).Select(d => d.ToString());
        Assert.Equal(["content/pages/timeline.md:1:1: error SG1204: the slug 'timeline' is taken by the timeline page (timeline/index.html), which SiteGen generates; give this page another file name or 'slug'"], all);
    }

    [Fact]
    public async Task PageNamedLikeASectionDoesNotStopServeFromStarting()
    {
        await using var serve = await Serving.ServeHarness.StartAsync(site => site.Write("content/pages/people.md", "---\ntitle: People\n---\nMine.\n"));
        var (status, _) = await serve.RawAsync("GET", serve.BasePath);
        Assert.True(status is 200 or 404 or 500, $"serve answered {status}");
    }

    [Fact]
    public void YamlErrorAtTheEndOfAHugeLineShowsOnlyAWindowOfIt()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md", "---\ntitle: " + new string('a', 4_000_000) + " x: y\n---\n");

        var result = new Site(site.Options).Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        var shown = error.ToDisplayString();
        Assert.InRange(shown.Length, 100, 1000);
        Assert.EndsWith("^", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedExceptionIsAnInternalErrorNotATemplateError()
    {
        var result = new Site(new BuildOptions("con\0tent", "templates", "output")).Render();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        Assert.StartsWith("(sitegen):1:1: error SG9001: internal error while building the site: ArgumentException:", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.ToDisplayString());
        Assert.Contains("\n    at ", error.ToDisplayString(verbose: true), StringComparison.Ordinal);
    }

    private static int MakeFifo(string path, uint mode) => MakeFifo(Encoding.UTF8.GetBytes(path + "\0"), mode);

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(byte[] path, uint mode);
}
