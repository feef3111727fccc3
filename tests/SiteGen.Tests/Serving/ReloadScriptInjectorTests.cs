using System.Text;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class ReloadScriptInjectorTests
{
    private static string Inject(string html) =>
        Encoding.UTF8.GetString(ReloadScriptInjector.Inject(Encoding.UTF8.GetBytes(html), "<s/>"u8));

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p><s/></body></html>")]
    [InlineData("<BODY>x</BODY>", "<BODY>x<s/></BODY>")]
    [InlineData("<body><pre>&lt;/body&gt;</pre></body>", "<body><pre>&lt;/body&gt;</pre><s/></body>")]
    [InlineData("<p>fragment without body</p>", "<p>fragment without body</p><s/>")]
    [InlineData("", "<s/>")]
    public void PutsTheScriptBeforeTheLastClosingBody(string html, string expected) => Assert.Equal(expected, Inject(html));

    [Fact]
    public void TheTagCarriesTheBuildVersion() =>
        Assert.Contains("data-sitegen-version=\"42\"", Encoding.UTF8.GetString(ReloadScriptInjector.Tag(42)));
}
