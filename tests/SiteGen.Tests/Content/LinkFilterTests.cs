using SiteGen.Content;

namespace SiteGen.Tests.Content;

public sealed class LinkFilterTests
{
    [Theory]
    [InlineData("https://example.org/x")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:desk@news.example")]
    [InlineData("/people/jon-berg/")]
    [InlineData("people/jon-berg/")]
    [InlineData("#p3")]
    [InlineData("?q=summit")]
    [InlineData("//example.org/x")]
    [InlineData("")]
    [InlineData("a/b:c")]
    public void AllowsWebAndMailAddressesAndAddressesWithoutAScheme(string url) => Assert.True(LinkFilter.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/")]
    [InlineData("ht\ttps\\:x")]
    public void RefusesEveryOtherScheme(string url) => Assert.False(LinkFilter.IsAllowed(url));

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("//example.org/x", true)]
    [InlineData("https://NEWS.example/harbour/", false)]
    [InlineData("/people/", false)]
    [InlineData("mailto:desk@example.org", false)]
    public void KnowsWhichLinksLeaveTheSite(string url, bool external) => Assert.Equal(external, LinkFilter.IsExternal(url, "news.example"));
}
