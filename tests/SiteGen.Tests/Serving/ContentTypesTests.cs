using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/app.js", "text/javascript; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("data.json", "application/json; charset=utf-8")]
    [InlineData("assets/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("images/photo.jpg", "image/jpeg")]
    [InlineData("images/photo.JPEG", "image/jpeg")]
    [InlineData("images/photo.png", "image/png")]
    [InlineData("images/photo.webp", "image/webp")]
    [InlineData("assets/font.woff2", "font/woff2")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("README", "application/octet-stream")]
    [InlineData("archive.unknownext", "application/octet-stream")]
    public void NamesTheTypeOfEveryFile(string path, string expected)
    {
        var actual = ContentTypes.For(path);
        // .js maps to text/javascript or application/javascript depending on the framework's table; both are correct.
        if (path.EndsWith(".js", StringComparison.Ordinal)) Assert.Contains(actual, new[] { expected, "application/javascript; charset=utf-8" });
        else if (path.EndsWith(".xml", StringComparison.Ordinal)) Assert.Contains(actual, new[] { expected, "application/xml; charset=utf-8" });
        else Assert.Equal(expected, actual);
    }
}
