using System.Text.Json;
using SiteGen.Pipeline;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Feeds and the search index carry text, never HTML entities; no output carries a control character.</summary>
public sealed class TextHygieneTests
{
    private const string Event = "content/timeline/2025-06-03-harbour-talks.md";

    [Fact]
    public void TypographicQuotesAndDashesAreCharactersInTheFeedAndSearchIndex()
    {
        using var site = TempSite.FromFixture();
        site.Replace(Event, "The two mayors talk for six hours.", "'yes' -- and \"no\"... and a < b & c");

        var built = BuiltSite.Render(site.Options);

        const string typeset = "\u2018yes\u2019 \u2013 and \u201Cno\u201D\u2026 and a < b & c";
        var feed = System.Xml.Linq.XDocument.Parse(built.Text("feed.xml"));
        Assert.Contains(feed.Descendants().Select(e => e.Value), v => v.EndsWith(typeset, StringComparison.Ordinal));
        Assert.DoesNotContain("quo;", built.Text("feed.xml"));
        Assert.DoesNotContain("&amp;amp;", built.Text("feed.xml"));

        var texts = built.Files.Keys.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal))
            .SelectMany(p => JsonDocument.Parse(built.Files[p]).RootElement.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(v => v.ToString()))
            .ToList();
        Assert.Contains(texts, t => t.Contains(typeset, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("quo;", StringComparison.Ordinal) || t.Contains("&hellip;", StringComparison.Ordinal));

        Assert.Contains(typeset, built.Document("timeline/index.html").Body!.TextContent);
    }

    [Fact]
    public void ControlCharactersInValuesAndBodiesAreDroppedEverywhere()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md",
            "---\ntitle: \"About\\x01 us\"\ndescription: \"Bell\\a and escape\\e and next-line\\N here\"\nlayout: page\n---\nRaw\u0001 control\u001B and C1\u0085\u009F here.\n");
        site.Replace(Event, "The two mayors talk for six hours.", "The two\u0007 mayors\u007F talk.");

        var built = BuiltSite.Render(site.Options);

        foreach (var (path, bytes) in built.Files.Where(f => !f.Key.StartsWith("assets/", StringComparison.Ordinal) && !f.Key.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var at = text.AsSpan().IndexOfAny(Forbidden);
            Assert.True(at < 0, $"{path} carries U+{(at < 0 ? 0 : text[at]):X4} at {at}");
        }
        var about = built.Document("about/index.html");
        Assert.Equal("About us", about.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Bell and escape and next-line here", about.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains("Raw control and C1 here.", about.Body!.TextContent);
        Assert.Contains("The two mayors talk.", built.Text("feed.xml"));
    }

    [Fact]
    public void NoncharactersInEveryFieldAndBodyAreDroppedByEveryWriter()
    {
        using var site = TempSite.FromFixture();
        const string escaped = "\\uFFFE\\uFFFF\\uFDD0\\U0001FFFE\\U0010FFFF";
        site.Replace("content/site.yaml", "title: Harbour Talks, Explained", $"title: \"Harbour {escaped}Talks, Explained\"");
        site.Replace("content/site.yaml", "publisher: Fixture Desk", $"publisher: \"Fixture {escaped}Desk\"");
        site.Replace("content/articles/harbour-talks-end.md", "title: Harbour talks end with a statement", $"title: \"Harbour talks {escaped}end\"");
        site.Replace("content/articles/harbour-talks-end.md", "outlet: Example Gazette", $"outlet: \"Example {escaped}Gazette\"");
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", $"name: \"Jon {escaped}Berg\"");
        site.Replace(Event, "The two mayors talk for six hours.", "The two mayors\uFFFE talk\uFDEF for six\U0001FFFF hours.");

        var built = BuiltSite.Render(site.Options);

        // Atom and the sitemap are XML (which cannot hold U+FFFE or U+FFFF), pages HTML, JSON-LD and search JSON.
        foreach (var (path, bytes) in built.Files.Where(f => !f.Key.StartsWith("assets/", StringComparison.Ordinal) && !f.Key.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var noncharacter = text.EnumerateRunes().FirstOrDefault(r => r.Value is >= 0xFDD0 and <= 0xFDEF || (r.Value & 0xFFFE) == 0xFFFE);
            Assert.True(noncharacter.Value == 0, $"{path} carries U+{noncharacter.Value:X4}");
        }
        Assert.Contains("Harbour talks end", built.Text("feed.xml"));
        Assert.Equal("Jon Berg", built.Document("people/jon-berg/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("The two mayors talk for six hours.", built.Document("timeline/index.html").Body!.TextContent);
    }

    [Fact]
    public void ALoneSurrogateEscapeInFrontMatterIsAnErrorAtItsPlace()
    {
        using var site = TempSite.FromFixture();
        site.Write("content/pages/about.md", "---\ntitle: \"About \\uD800 us\"\nlayout: page\n---\nBody.\n");

        var result = new SiteGen.Pipeline.Site(site.Options).Render();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/pages/about.md:2:8: error SG1001", StringComparison.Ordinal));
    }

    // Built in code: an attribute's strings are stored as UTF-8, which cannot hold a lone surrogate.
    public static TheoryData<string, string> LoneHalves => new()
    {
        { "a\uD800b", "a\uFFFDb" },
        { "\uDC00", "\uFFFD" },
        { "x\uD83D", "x\uFFFD" },
        { "\uDE00\uD83D", "\uFFFD\uFFFD" },
        { "\uD83D\uDE00 \u0001ok", "\uD83D\uDE00 ok" },
        { "plain", "plain" },
    };

    [Theory]
    [MemberData(nameof(LoneHalves))]
    public void CleanKeepsPairsAndReplacesLoneHalves(string text, string clean) => Assert.Equal(clean, TextHygiene.Clean(text));

    [Fact]
    public void RendersALinkAddressHoldingALoneSurrogate()
    {
        var html = new SiteGen.Rendering.MarkdownRenderer(SiteGen.Content.SiteUrls.From("https://news.example/")).Render("# [x](<\uD800>)\n\n[y](https://a.example/\uDC00)");
        Assert.DoesNotContain(html, c => char.IsSurrogate(c));
        Assert.Contains("%EF%BF%BD", html);
    }

    private static readonly System.Buffers.SearchValues<char> Forbidden =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(TextHygiene.IsForbidden)]);
}
