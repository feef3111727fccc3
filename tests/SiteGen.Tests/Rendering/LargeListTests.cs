using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>List pages are not cut short by Scriban's defaults (1,000 loop iterations, 1 MiB strings).</summary>
public sealed class LargeListTests
{
    [Fact]
    public void APeopleIndexOfMoreThanAThousandPeopleListsThemAllPastOneMebibyte()
    {
        using var site = TempSite.FromFixture();
        const int count = 2_500;
        var affiliation = new string('x', 400);
        for (var i = 0; i < count; i++)
        {
            site.Write($"content/people/person-{i:D5}.md", $"---\nname: Person {i:D5}\nrole: Analyst\naffiliation: Institute {affiliation}\nkind: expert\n---\n");
        }

        var built = BuiltSite.Render(site.Options);
        var index = built.Files["people/index.html"];

        Assert.True(index.Length > 1024 * 1024, $"the index should pass 1 MiB, was {index.Length} bytes");
        var document = built.Document("people/index.html");
        Assert.Equal(count + 3, document.QuerySelectorAll(".person-card").Length);
        Assert.EndsWith("</html>\n", Encoding.UTF8.GetString(index));
    }
}
