using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Every page type, rendered from the frozen fixture site (Sites/valid), matches its reviewed snapshot; an editor's fix to content/ cannot break it.</summary>
public sealed class PageSnapshotTests
{
    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        using var site = TempSite.FromFixture();
        return BuiltSite.Render(site.Options);
    });

    private static string Page(string path) => Site.Value.Text(path);

    private static string FirstPageUnder(string folder) =>
        Site.Value.Pages.First(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p != folder + "/index.html");

    [Fact] public void Home() => Snapshot.Verify(Page("index.html"));
    [Fact] public void Timeline() => Snapshot.Verify(Page("timeline/index.html"));
    [Fact] public void TimelineEmbed() => Snapshot.Verify(Page("timeline/embed/index.html"));
    [Fact] public void PeopleIndex() => Snapshot.Verify(Page("people/index.html"));
    [Fact] public void PersonPage() => Snapshot.Verify(Page(FirstPageUnder("people")));
    [Fact] public void AnalysisIndex() => Snapshot.Verify(Page("analysis/index.html"));
    [Fact] public void AnalysisPage() => Snapshot.Verify(Page(FirstPageUnder("analysis")));
    [Fact] public void ArticleIndex() => Snapshot.Verify(Page("articles/index.html"));
    [Fact] public void ArticlePage() => Snapshot.Verify(Page(FirstPageUnder("articles")));
    [Fact] public void FreePage() => Snapshot.Verify(Page("about/index.html"));
    [Fact] public void NotFoundPage() => Snapshot.Verify(Page("404.html"));
}
