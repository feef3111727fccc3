using SiteGen.Content;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class RequestPathResolverTests
{
    private static readonly HashSet<string> Files = ["index.html", "people/index.html", "people/jon-berg/index.html", "assets/style.css", "404.html"];

    private static PathResolution Resolve(string raw) => RequestPathResolver.Resolve(raw, SiteUrls.From("https://example.org/harbour/"), Files.Contains);

    public static TheoryData<string, PathOutcome, string?> Cases => new()
    {
        // Ordinary requests
        { "/harbour/", PathOutcome.File, "index.html" },
        { "/harbour/people/", PathOutcome.File, "people/index.html" },
        { "/harbour/people/jon-berg/?utm=x", PathOutcome.File, "people/jon-berg/index.html" },
        { "/harbour/assets/style.css", PathOutcome.File, "assets/style.css" },
        { "/harbour/assets/%73tyle.css", PathOutcome.File, "assets/style.css" },
        { "/harbour/people", PathOutcome.Redirect, "/harbour/people/" },
        { "/harbour", PathOutcome.Redirect, "/harbour/" },
        { "/", PathOutcome.Redirect, "/harbour/" },
        { "/harbour/nope/", PathOutcome.NotFound, null },
        { "/elsewhere/index.html", PathOutcome.NotFound, null },
        // Traversal, plain and encoded
        { "/harbour/../../etc/passwd", PathOutcome.BadRequest, null },
        { "/harbour/people/../index.html", PathOutcome.BadRequest, null },
        { "/harbour/./index.html", PathOutcome.BadRequest, null },
        { "/harbour/%2e%2e/%2e%2e/etc/passwd", PathOutcome.BadRequest, null },
        { "/harbour/%2E%2E/secret", PathOutcome.BadRequest, null },
        { "/harbour/..%2f..%2fetc%2fpasswd", PathOutcome.BadRequest, null },
        { "/harbour/%2e%2e%2f%2e%2e%2fetc%2fpasswd", PathOutcome.BadRequest, null },
        { "/harbour/%252e%252e/%252e%252e/etc/passwd", PathOutcome.BadRequest, null },
        { "/harbour/.%2e/x", PathOutcome.BadRequest, null },
        // Backslashes, raw and encoded
        { "/harbour/..\\..\\etc\\passwd", PathOutcome.BadRequest, null },
        { "/harbour/people\\index.html", PathOutcome.BadRequest, null },
        { "/harbour/..%5c..%5cetc%5cpasswd", PathOutcome.BadRequest, null },
        { "/harbour/%5C%5Cserver%5Cshare", PathOutcome.BadRequest, null },
        // Absolute paths smuggled in
        { "//etc/passwd", PathOutcome.BadRequest, null },
        { "/harbour//etc/passwd", PathOutcome.BadRequest, null },
        { "/harbour/%2fetc%2fpasswd", PathOutcome.BadRequest, null },
        { "/harbour/C:/Windows/win.ini", PathOutcome.BadRequest, null },
        { "/harbour/c%3a%5cwindows", PathOutcome.BadRequest, null },
        { "http://evil.example/etc/passwd", PathOutcome.BadRequest, null },
        { "etc/passwd", PathOutcome.BadRequest, null },
        // Control characters and broken encoding
        { "/harbour/index.html%00.css", PathOutcome.BadRequest, null },
        { "/harbour/%zz", PathOutcome.BadRequest, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResolvesOrRefusesEachPath(string raw, PathOutcome expected, string? target)
    {
        var result = Resolve(raw);
        Assert.Equal(expected, result.Outcome);
        if (expected == PathOutcome.File) Assert.Equal(target, result.FilePath);
        if (expected == PathOutcome.Redirect) Assert.Equal(target, result.Location);
        if (expected == PathOutcome.BadRequest) Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void ServesTheRootDirectlyWhenTheSiteHasNoSubPath()
    {
        var result = RequestPathResolver.Resolve("/", SiteUrls.From("https://example.org/"), Files.Contains);
        Assert.Equal(PathOutcome.File, result.Outcome);
        Assert.Equal("index.html", result.FilePath);
    }

    [Fact]
    public void KeepsTheQueryOnRedirect() =>
        Assert.Equal("/harbour/people/?q=1", Resolve("/harbour/people?q=1").Location);
}
