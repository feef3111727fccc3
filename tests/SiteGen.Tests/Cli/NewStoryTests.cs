using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// A newsroom's next story, as the README tells it: get the program, <c>init</c> a folder beside the clone, put seeds
/// in (with header lines saying what the editor knows), <c>ingest</c>, <c>build</c>. Invented reporting only.
/// </summary>
public sealed partial class NewStoryTests
{
    // The README's install line: the slow test runs it (in a scratch place), so the two stay in step.
    private const string InstallLine = "dotnet restore build/SiteGen && dotnet pack build/SiteGen --no-restore -c Release -o artifacts && dotnet tool install --global --add-source artifacts sitegen";

    private static readonly (string Name, string Text)[] Seeds =
    [
        ("ferry.txt", """
            URL: https://www.harbour-news.example/2025/07/01/ferry
            Outlet: Harbour News
            Date: 1 July 2025, 18:05
            Byline: Mia Sandvik

            Ferry line reopens after a winter of repairs

            The ferry line between Port Example and Northtown reopened on Tuesday after a winter of repairs.

            "The sea was kind to us today," Captain Oskar Lindqvaam said.

            Mayor Anna Berg said the line would run twice a day from August 1, 2025.
            """),
        ("quota.txt", """
            URL: https://northtown-post.example/quota-deal
            Date: 06/20/2025

            Harbour towns sign a quota deal

            Mayor Ilse Varga of Northtown and Mayor Anna Berg of Port Example signed a quota deal on Friday in Northtown.

            "We have a lot of work ahead of us," Varga told reporters.
            """),
    ];

    [Fact]
    public void InitIngestAndBuildMakeASiteFromSeedsWithHeaderLines()
    {
        using var temp = TempSite.Empty();
        Directory.CreateDirectory(temp.Path("clone"));
        var init = SiteGenProcess.Run(temp.Path("clone"), "init", "../story", "--title", "The harbour deal, explained");
        Assert.True(init.ExitCode == 0, init.Stderr);
        var story = temp.Path("story");
        foreach (var (name, text) in Seeds) File.WriteAllText(Path.Combine(story, "seeds", name), text + "\n");

        var ingest = SiteGenProcess.Run(story, "ingest");
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
        var build = SiteGenProcess.Run(story, "build");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);

        var ferry = File.ReadAllText(Path.Combine(story, "content", "articles", "ferry.md"));
        Assert.Contains("date: 2025-07-01\noutlet: Harbour News\nurl: \"https://www.harbour-news.example/2025/07/01/ferry\"\n", ferry);
        Assert.Contains("reporter: Mia Sandvik", ferry);
        Assert.DoesNotContain("URL:", ferry);
        var page = File.ReadAllText(Path.Combine(story, "output", "articles", "ferry", "index.html"));
        Assert.Contains("<p class=\"provenance\">Original: <a href=\"https://www.harbour-news.example/2025/07/01/ferry\" rel=\"noopener noreferrer\">Harbour News</a>, <time datetime=\"2025-07-01\">1 July 2025</time></p>", page);
        // No outlet in the header: the link is named by the address's host; the month-first date is read as June 20.
        var quota = File.ReadAllText(Path.Combine(story, "output", "articles", "quota", "index.html"));
        Assert.Contains("Original: <a href=\"https://northtown-post.example/quota-deal\" rel=\"noopener noreferrer\">northtown-post.example</a>, <time datetime=\"2025-06-20\">", quota);
    }

    [Fact]
    public void ANewSitesHomeIsACleanStartWithNoEmptySectionOrPlaceholder()
    {
        using var temp = TempSite.Empty();
        Assert.Equal(0, SiteGenProcess.Run(temp.Root, "init", "story", "--title", "The harbour deal, explained").ExitCode);
        var build = SiteGenProcess.Run(temp.Path("story"), "build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        var home = File.ReadAllText(temp.Path("story/output/index.html"));
        Assert.Contains("<h1>The harbour deal, explained</h1>", home);
        foreach (var empty in new[] { "class=\"facts\"", "id=\"what-happened\"", "id=\"whos-who\"", "id=\"at-a-glance\"", "id=\"sources\"", "<dt>" })
            Assert.DoesNotContain(empty, home);
        Assert.DoesNotContain("One or two sentences", home);
        Assert.DoesNotContain("Say here", home);
    }

    [Fact]
    public void TheReadmeGivesTheInstallLineFirst()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var setUp = readme[readme.IndexOf("## Set up", StringComparison.Ordinal)..];
        var firstBlock = CodeBlock().Match(setUp).Groups["code"].Value;
        Assert.Contains(InstallLine, firstBlock);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void TheInstallLineGivesASitegenCommandThatStartsAStory()
    {
        using var temp = TempSite.Empty();
        // The README's line, run in a scratch place: its own build folders and a tool path instead of the user's ~/.dotnet/tools.
        var project = Path.Combine(Repository.Root, "build", "SiteGen");
        var (artifacts, tools) = (temp.Path("artifacts"), temp.Path("tools"));
        Run("dotnet", ["restore", project, "--artifacts-path", temp.Path("build")]);
        Run("dotnet", ["pack", project, "--no-restore", "-c", "Release", "-o", artifacts, "--artifacts-path", temp.Path("build")]);
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", artifacts, "sitegen"]);

        var sitegen = Path.Combine(tools, "sitegen");
        Directory.CreateDirectory(temp.Path("clone"));
        Run(sitegen, ["init", "../story", "--title", "The harbour deal, explained"], temp.Path("clone"));
        foreach (var (name, text) in Seeds) File.WriteAllText(temp.Path("story/seeds/" + name), text + "\n");
        Run(sitegen, ["ingest"], temp.Path("story"));
        Run(sitegen, ["build"], temp.Path("story"));
        Assert.Contains("Original: <a href=\"https://www.harbour-news.example/2025/07/01/ferry\"", File.ReadAllText(temp.Path("story/output/articles/ferry/index.html")));
    }

    private static void Run(string program, string[] args, string? workingDirectory = null)
    {
        var run = PageCheckers.Run(program, args, timeoutMs: 600_000, workingDirectory: workingDirectory);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', args)} failed:\n{run.Stdout}{run.Stderr}");
    }

    [GeneratedRegex(@"```sh\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
