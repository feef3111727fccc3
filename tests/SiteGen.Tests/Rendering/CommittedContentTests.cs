using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The one test that reads the live content/: it must build and pass every check rule with no error. Page details are
/// pinned on the frozen fixture site instead, so an editor's fix to a typo changes no snapshot.
/// </summary>
public sealed class CommittedContentTests
{
    [Fact]
    public void CommittedContentBuildsAndPassesTheCheckers()
    {
        using var site = TempSite.FromRepository();
        var pipeline = new Site(site.Options);
        var result = pipeline.Render();
        var errors = result.Diagnostics.Concat(pipeline.Check(result)).Where(d => d.IsError).Select(d => d.ToString()).ToList();

        Assert.True(result.Succeeded, "the committed content does not build:\n" + string.Join("\n", errors));
        Assert.Empty(errors);
        Assert.Contains(result.Files, f => f.Path == "index.html");
    }
}
