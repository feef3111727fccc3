using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SiteGen.Authoring;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

/// <summary>
/// A section with nothing in it is not shown, and the menu offers no page that lists nothing: a new site's home reads
/// as a clean start, and a site without analyses or people does not send readers to an empty page.
/// </summary>
public sealed class EmptyStateTests
{
    /// <summary>What init's guidance and the archetypes say to an editor, which a reader must never see.</summary>
    private static readonly string[] EditorText = ["One or two sentences", "one or two sentences", "e.g.", "lede:", "Write the", "What happened, in plain words", "The newsroom", "sitegen", "seeds/", "TODO", "Lorem"];

    private static BuiltSite InitAndBuild(TempSite temp)
    {
        Assert.True(SiteInitializer.Create(temp.Path("story"), "The harbour talks, explained", temp.Root).Succeeded);
        var root = temp.Path("story");
        return BuiltSite.Render(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), Path.Combine(root, "output")) { DisplayRoot = root });
    }

    [Fact]
    public void ANewSitesHomeShowsItsTitleAndNoPlaceholderOrEmptyBox()
    {
        using var temp = TempSite.Empty();
        var built = InitAndBuild(temp);
        var home = built.Document("index.html");
        Assert.Equal("The harbour talks, explained", home.QuerySelector("main h1")!.TextContent);
        var text = home.Body!.TextContent;
        Assert.All(EditorText, t => Assert.DoesNotContain(t, text, StringComparison.Ordinal));
        Assert.Empty(EmptyBoxes(home));
        // Nothing to list: no facts, quotes, people, timeline, analysis or sources section, and no empty footer band.
        Assert.Empty(home.QuerySelectorAll("main section, dl.facts, footer"));
    }

    [Fact]
    public void ANewSitesMenuListsNoEmptyPage()
    {
        using var temp = TempSite.Empty();
        var built = InitAndBuild(temp);
        foreach (var path in built.Pages)
        {
            var links = built.Document(path).QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(links.Count == 0, $"{path}: the menu offers {string.Join(", ", links)} on a site with nothing to list");
            Assert.Empty(EmptyBoxes(built.Document(path)));
        }
    }

    [Fact]
    public void ASiteWithoutAnalysesKeepsTheAnalysisPageButLeavesItOutOfTheMenu()
    {
        using var site = TempSite.FromFixture();
        foreach (var file in Directory.GetFiles(site.Path("content/analysis"))) File.Delete(file);
        var built = BuiltSite.Render(site.Options);
        var menu = built.Document("index.html").QuerySelectorAll("header nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Explainer", "Timeline", "People", "Sources"], menu);
        // An old link to the page still lands on a page, which lists nothing rather than an empty box.
        Assert.True(built.Files.ContainsKey("analysis/index.html"));
        Assert.Empty(built.Document("analysis/index.html").QuerySelectorAll("ul.analysis-list"));
        Assert.Empty(built.Document("index.html").QuerySelectorAll("#analysis"));
    }

    [Fact]
    public void TheEmptyBoxCheckFindsAnEmptyList()
    {
        // The check must be able to fail.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<main><h2>People</h2><ul class=people-list></ul><dl class=facts></dl><p> </p></main>");
        Assert.Equal(3, EmptyBoxes(document).Count);
    }

    /// <summary>Lists, fact boxes and paragraphs with nothing in them (a live region that script fills is not one).</summary>
    private static List<string> EmptyBoxes(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("ul, ol, dl, p").Where(e => e.TextContent.Trim().Length == 0 && e.QuerySelector("img, time") is null && e.GetAttribute("role") != "status" && e.ParentElement?.Closest("[hidden], form") is null).Select(e => e.OuterHtml)];
}
