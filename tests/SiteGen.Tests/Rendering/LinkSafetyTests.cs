using SiteGen.Ingest;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Scraped text runs no code: only http, https, mailto and site addresses are live links, from every kind of body.</summary>
public sealed class LinkSafetyTests
{
    /// <summary>Each kind of Markdown body, and the page that shows it.</summary>
    private static readonly (string File, string Page)[] Bodies =
    [
        ("content/articles/harbour-talks-end.md", "articles/harbour-talks-end/index.html"),
        ("content/people/jon-berg.md", "people/jon-berg/index.html"),
        ("content/analysis/jon-berg-on-the-talks.md", "analysis/jon-berg-on-the-talks/index.html"),
        ("content/pages/about.md", "about/index.html"),
        ("content/_index.md", "index.html"),
        ("content/timeline/2025-06-03-harbour-talks.md", "timeline/index.html"),
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href"];

    /// <summary>Markdown with an unsafe address, the text a reader still sees, and a piece of the payload that must be in no attribute.</summary>
    public static TheoryData<string, string, string> Unsafe() => new()
    {
        { "[shown-text](javascript:alert(1))", "shown-text", "alert(" },
        { "[shown-text](JAVASCRIPT:alert(1))", "shown-text", "alert(" },
        { "[shown-text](<java\tscript:alert(1)>)", "shown-text", "alert(" },
        { "[shown-text](jav&#x61;script:alert(1))", "shown-text", "alert(" },
        { "[shown-text](&#106;avascript&colon;alert(1))", "shown-text", "alert(" },
        { "[shown-text](vbscript:msgbox(1))", "shown-text", "msgbox(" },
        { "[shown-text](data:text/html;base64,PHNjcmlwdD4=)", "shown-text", "PHNjcmlwdD4" },
        { "[shown-text](file:///etc/passwd)", "shown-text", "/etc/passwd" },
        { "<javascript:alert(1)//shown-text>", "shown-text", "alert(" },
        { "[shown-text][trap]\n\n[trap]: javascript:alert(1)", "shown-text", "alert(" },
        { "[shown-text][]\n\n[shown-text]: vbscript:msgbox(1)", "shown-text", "msgbox(" },
        { "![shown-text](javascript:alert(1))", "shown-text", "alert(" },
        { "[![shown-text](data:image/svg+xml,x)](javascript:alert(1))", "shown-text", "alert(" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void UnsafeAddressesAreShownAsTextOnEveryKindOfPage(string markdown, string shownText, string payload)
    {
        using var site = TempSite.FromFixture();
        foreach (var (file, _) in Bodies) File.AppendAllText(site.Path(file), "\n\nA trap: " + markdown + "\n");

        var built = BuiltSite.Render(site.Options);

        foreach (var (file, page) in Bodies)
        {
            var document = built.Document(page);
            var live = document.All.SelectMany(e => e.Attributes)
                .Where(a => UrlAttributes.Contains(a.Name) && (a.Value.Contains(payload, StringComparison.Ordinal) || IsScriptLike(a.Value)))
                .Select(a => $"{a.Name}=\"{a.Value}\"")
                .ToList();
            Assert.True(live.Count == 0, $"{page} (from {file}) has a live unsafe address: {string.Join(", ", live)}");
            Assert.Contains(shownText, document.Body!.TextContent);
        }
        // The build says where each one is (the check report shows the same warnings).
        Assert.Equal(Bodies.Length, built.Result.Diagnostics.Select(d => d.Span.Path).Distinct().Count(p => Bodies.Any(b => b.File == p)));
        Assert.All(built.Result.Diagnostics, d => Assert.Equal("SG1402", d.Code));
    }

    [Fact]
    public void UnsafeLinksInASeedStayTextThroughIngestAndBuild()
    {
        using var site = TempSite.Empty();
        TempSite.CopyDirectory(Repository.Templates, site.Templates);
        site.Write("content/site.yaml", "title: Trap test\ndescription: Invented text.\nlanguage: en\nbase_url: https://news.example/\npublisher: Desk\n");
        site.Write("seeds/trap.txt",
            "Harbour officials met in Port Example on June 3, 2025.\n"
            + "The agenda is at [the harbour site](javascript:alert(1)) and <vbscript:msgbox(1)> for readers.\n"
            + "\"We are ready to talk,\" harbour master Ola Strand said.\n");

        IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);
        var built = BuiltSite.Render(site.Options);

        var article = Assert.Single(built.Pages, p => p.StartsWith("articles/", StringComparison.Ordinal) && p != "articles/index.html");
        // Ingest writes a seed's Markdown-looking text escaped, so the reader sees what the page printed, brackets and all.
        Assert.Contains("[the harbour site](javascript:alert(1))", built.Document(article).Body!.TextContent);
        foreach (var page in built.Pages)
        {
            // The words may stay in a description's text; no address may carry them.
            Assert.DoesNotContain(built.Document(page).All.SelectMany(e => e.Attributes),
                a => UrlAttributes.Contains(a.Name) && (a.Value.Contains("alert(", StringComparison.Ordinal) || a.Value.Contains("msgbox(", StringComparison.Ordinal) || IsScriptLike(a.Value)));
        }
        // No link was written, so there is no unsafe one for the loader to refuse.
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == "SG1402");
    }

    private static bool IsScriptLike(string value)
    {
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal) || compact.StartsWith("file:", StringComparison.Ordinal);
    }

    /// <summary>Markdown with a safe address, the href it must keep, and whether it leaves the site (and so gets rel="noopener noreferrer").</summary>
    public static TheoryData<string, string, bool> Safe() => new()
    {
        { "[kept](https://example.org/report)", "https://example.org/report", true },
        { "[kept](HTTP://example.org/old)", "HTTP://example.org/old", true },
        { "<https://example.org/auto>", "https://example.org/auto", true },
        { "[kept](mailto:desk@news.example)", "mailto:desk@news.example", false },
        { "[kept](/people/jon-berg/)", "/harbour/people/jon-berg/", false },
        { "[kept](https://news.example/harbour/people/)", "https://news.example/harbour/people/", false },
        { "[kept](#p1)", "#p1", false },
    };

    [Theory]
    [MemberData(nameof(Safe))]
    public void SafeAddressesStayLiveAndExternalOnesOpenNothingBack(string markdown, string href, bool external)
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/pages/about.md", "About the fixture.", "About the fixture: " + markdown);

        var built = BuiltSite.Render(site.Options);

        var link = Assert.Single(built.Document("about/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == href);
        Assert.Equal(external ? "noopener noreferrer" : null, link.GetAttribute("rel"));
        Assert.Empty(built.Result.Diagnostics);
    }
}
