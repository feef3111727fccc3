using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>The one type that chains the stages: its folders, and a check that works from the model alone.</summary>
public sealed class SiteTests
{
    [Fact]
    public void NamesFilesFromTheFolderAboveContentWhenNoDisplayRootIsGiven()
    {
        using var site = TempSite.FromFixture();
        var folders = new Site(site.Options with { DisplayRoot = null }).Folders;
        Assert.Equal(site.Root, folders.DisplayRoot);
        Assert.Equal(Path.GetFullPath(site.Content), folders.Content);
    }

    [Fact]
    public void ChecksFromTheModelWithoutReadingAnyFile()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md", "---\ntitle: About\n---\nSee [the talks](/articles/harbor-talks-end/).\n");
        site.Replace("content/timeline/2025-06-03-harbour-talks.md", "date: 2025-06-03", "date: 2025-06-30");
        var pipeline = new Site(site.Options);
        var result = pipeline.Render();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // With content/ gone, every position and quoted line can only come from what was loaded.
        Directory.Delete(site.Content, recursive: true);
        var found = pipeline.Check(result).Where(d => d.IsError).ToList();

        var link = Assert.Single(found, d => d.Code == "SG4001");
        Assert.Equal("content/pages/about.md:4:17", link.Span.ToString());
        Assert.Equal("See [the talks](/articles/harbor-talks-end/).", link.SourceLine);
        var date = Assert.Single(found, d => d.Code == "SG4006");
        Assert.Equal("content/timeline/2025-06-03-harbour-talks.md:3:7", date.Span.ToString());
        Assert.StartsWith("date: 2025-06-30", date.SourceLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/", "/", "/people/x/", "https://example.org/people/x/")]
    [InlineData("https://example.org/summit/", "/summit/", "/summit/people/x/", "https://example.org/summit/people/x/")]
    public void MakesEveryAddressFromBaseUrlOnce(string baseUrl, string basePath, string person, string absolute)
    {
        var urls = SiteUrls.From(baseUrl);
        Assert.Equal(basePath, urls.BasePath);
        Assert.Equal(person, urls.Person("x"));
        Assert.Equal(absolute, urls.Absolute(urls.Person("x")));
        Assert.Equal("people/x/index.html", urls.OutputPath(person));
        Assert.Equal(person, urls.PathOf("people/x/index.html"));
        Assert.Equal(person, urls.Published("/people/x/"));
        Assert.Equal("/people/x/", urls.Written(person));
        Assert.Equal(basePath + "articles/a/#p7", urls.Paragraph("a", 7));
    }
}
