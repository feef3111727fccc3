using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Whatever links a scraped body holds, the HTML the renderer writes has no live address outside http, https, mailto,
/// relative paths and fragments: checked on the rendered page as a browser reads it, not on the filter's own view.
/// </summary>
public sealed partial class LinkFilterPropertyTests
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Scheme spellings a browser reads as javascript:, data:, vbscript: or file:, beside the allowed ones and addresses without a scheme.</summary>
    private static readonly Gen<string> Schemes = Gen.OneOf(
        "javascript:", "JAVASCRIPT:", "JavaScript:", "java\tscript:", "java\nscript:", " javascript:", "\u0001javascript:",
        "jav&#x61;script:", "jav&#97;script:", "&#106;avascript:", "javascript&#58;", "javascript&colon;", "java%73cript:",
        "javascript\\:", "javas\\cript:", "data:", "data:text/html;base64,", "DATA:", "vbscript:", "VBScript:", "file:", "file://",
        "FILE:///", "ftp:", "jar:", "blob:", "http:", "https:", "HTTPS:", "mailto:", "//", "/", "./", "../", "#", "?", "");

    private static readonly Gen<string> Rests = Gen.OneOf(
        Gen.OneOf("alert(1)", "alert(document.cookie)", "//example.org/x", "evil.example/%0a", "/etc/passwd", "PHNjcmlwdD4=",
            "people/anna-berg/", "desk@news.example", "p3", "q=summit", "x y", "a:b", "(x)", "<x>", ""),
        TextGen.Hostile,
        Gen.Select(TextGen.Hostile, TextGen.Hostile, (a, b) => a + "alert(1)" + b));

    private static readonly Gen<string> Addresses = Gen.Select(Gen.OneOf(TextGen.Hostile, Gen.Const("")), Schemes, Rests,
        (before, scheme, rest) => before + scheme + rest);

    private static readonly Gen<string> Texts = Gen.OneOf(TextGen.Names, TextGen.Hostile, Gen.OneOf("click", "*here*", "`code`", "a [b] c", ""));

    /// <summary>A link in every form Markdown has for one: inline, angle-bracketed, titled, image, nested, autolink, reference, bare.</summary>
    private static readonly Gen<string> Links = Gen.OneOf(
        Gen.Select(Texts, Addresses, (t, a) => $"[{t}]({a})"),
        Gen.Select(Texts, Addresses, (t, a) => $"[{t}](<{a}>)"),
        Gen.Select(Texts, Addresses, Texts, (t, a, title) => $"[{t}]({a} \"{title}\")"),
        Gen.Select(Texts, Addresses, (t, a) => $"![{t}]({a})"),
        Gen.Select(Texts, Addresses, Addresses, (t, inner, outer) => $"[![{t}]({inner})]({outer})"),
        Gen.Select(Texts, Addresses, Addresses, (t, inner, outer) => $"[{t} [x]({inner})]({outer})"),
        Addresses.Select(a => $"<{a}>"),
        Gen.Select(Texts, Addresses, Gen.OneOf("ref", "Ref", "r e f", "1"), (t, a, r) => $"[{t}][{r}]\n\n[{r}]: {a}\n"),
        Gen.Select(Texts, Addresses, (t, a) => $"[{t}]\n\n[{t}]: <{a}> \"t\"\n"),
        Gen.Select(Texts, Addresses, (t, a) => $"![{t}][img]\n\n[img]: {a}\n"),
        Addresses.Select(a => $"www.{a} and {a}"));

    /// <summary>Links among text, in the blocks a body has: paragraphs, lists, quotes, headings and tables.</summary>
    private static readonly Gen<string> Bodies = Gen.Select(
        Gen.Select(Links, Gen.OneOf("", "- ", "> ", "# ", "1. ", "| a | b |\n|---|---|\n| ", "Before "), (link, block) => block + link).Array[1, 5],
        Gen.OneOf("\n\n", "\n", " ", "\r\n"),
        (parts, separator) => string.Join(separator, parts));

    [Fact]
    public void RenderedAddressesAreWebMailRelativeOrFragmentOnly()
    {
        var parser = new HtmlParser();
        Gen.Select(Bodies, Gen.Bool).Sample((body, article) =>
        {
            var html = Render(body, article);
            var document = parser.ParseDocument("<!doctype html><body>" + html);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var name in new[] { "href", "src" })
                {
                    if (element.GetAttribute(name) is not { } address) continue;
                    var scheme = BrowserScheme(address);
                    Assert.True(scheme is null || SafeSchemes.Contains(scheme), $"{name}=\"{address}\" is live in {html} from {body}");
                    var resolved = new AngleSharp.Dom.Url(BaseUrl, address);
                    Assert.True(resolved.IsInvalid || SafeSchemes.Contains(resolved.Scheme), $"{name}=\"{address}\" resolves to {resolved.Scheme}: in {html}");
                }
            }
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void RendersAnyLinkWithoutThrowingAndTheSameWayTwice()
    {
        Gen.Select(Bodies, Gen.Bool).Sample((body, article) =>
        {
            // Two renderers, so nothing carried between renders can make the second one differ.
            Assert.Equal(Render(body, article), Render(body, article));
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void ABodyWhoseAddressMakesSystemUriThrowStillRenders()
    {
        // A CsCheck sample (seed 5iQdV96qQIs5): System.Uri threw IndexOutOfRangeException on its protocol-relative address.
        var html = Render("[![a [b] c](\u00BBjavascript\\:alert(document.cookie))](- ftp:desk@news.example)\n![\u007F][img]\n\n[img]: data:text/html;base64,people/anna-berg/\n\n| a | b |\n|---|---|\n| [{][r e f]\n\n[r e f]: \u2028//\u202E\n\n# <java%73cript::alert(1)[>", article: false);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    private static readonly AngleSharp.Dom.Url BaseUrl = new("https://news.example/sub/articles/talks/");

    private static string Render(string body, bool article)
    {
        var renderer = new MarkdownRenderer(SiteUrls.From("https://news.example/sub/"));
        return article ? renderer.RenderArticle(body) : renderer.Render(body);
    }

    /// <summary>
    /// The scheme a browser reads from an attribute's value (WHATWG URL parsing): spaces and controls at the ends are
    /// ignored, tabs and line breaks anywhere, and a scheme is a letter then letters, digits, '+', '-' or '.' before ':'.
    /// Null for a relative address. Written apart from <see cref="SiteGen.Content.LinkFilter"/> so it checks it.
    /// </summary>
    private static string? BrowserScheme(string address)
    {
        var trimmed = address.Trim(Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray()).Replace("\t", "").Replace("\n", "").Replace("\r", "");
        var match = SchemePattern().Match(trimmed);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
