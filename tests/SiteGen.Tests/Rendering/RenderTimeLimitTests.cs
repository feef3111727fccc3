using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A template that never ends is stopped and named with its line; the build ends with an error instead of hanging.</summary>
public sealed class RenderTimeLimitTests
{
    [Theory]
    [InlineData("{{ while true; end }}", "templates/person.scriban-html:2:4")]
    [InlineData("{{ for i in 1..2000000000; end }}", "templates/person.scriban-html:2:4")]
    [InlineData("{{ while true\n  x = 1\nend }}", "templates/person.scriban-html:2:4")]
    public void ALoopThatNeverEndsIsReportedAtItsLine(string loop, string place)
    {
        using var site = TempSite.FromFixture();
        var template = site.Read("templates/person.scriban-html");
        site.Write("templates/person.scriban-html", template.Insert(template.IndexOf('\n') + 1, loop + "\n"));

        var result = new Site(site.Options with { PageRenderLimit = TimeSpan.FromMilliseconds(200) }).Render();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [$"{place}: error SG2004: rendering one page ran longer than 0.2 s and was stopped here; a loop in this template may never end"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
