using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

/// <summary>Bodies nested past the limit are one error at their place, whatever their size, and never reach Markdig's unplaced exception.</summary>
public sealed class MarkdownBodyTests
{
    private const string Path = "content/people/x.md";
    private const int BodyLine = 7;

    private static string NestedList(int lines) => string.Join("\n", Enumerable.Range(0, lines).Select(i => new string(' ', 2 * i) + "- item"));

    public static TheoryData<string, string, string> TooDeep() => new()
    {
        { "100,000 nested quotes", new string('>', 100_000) + " x", "content/people/x.md:7:33" },
        { "50,000 spaced quotes", string.Concat(Enumerable.Repeat("> ", 50_000)) + "x", "content/people/x.md:7:65" },
        { "500-level list", NestedList(500), "content/people/x.md:39:65" },
        // About 9 MB: Markdig alone needs minutes for this before it gives up.
        { "9 MB nested list", NestedList(3_000), "content/people/x.md:39:65" },
        { "9 MB of list markers on one line", string.Concat(Enumerable.Repeat("- ", 4_500_000)) + "x", "content/people/x.md:7:65" },
        { "40,000 brackets", "Intro.\n\n" + new string('[', 40_000), "content/people/x.md:9:1" },
        { "300 nested emphases", string.Concat(Enumerable.Repeat("*a _", 300)) + "x" + string.Concat(Enumerable.Repeat("_ b*", 300)), "content/people/x.md:7:65" },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void NestingPastTheLimitIsOneErrorAtItsPlace(string name, string body, string place)
    {
        var bag = new DiagnosticBag();
        var document = MarkdownBody.Parse(Path, body, BodyLine, bag);

        Assert.Null(document);
        var diagnostic = Assert.Single(bag.ToImmutable());
        Assert.Equal($"{place}: error SG1401: the Markdown here nests lists, quotes or emphasis more than 32 levels deep; flatten it", diagnostic.ToString());
        Assert.False(string.IsNullOrEmpty(name));
    }

    public static TheoryData<string> Fine() =>
    [
        "A paragraph.\n\n- one\n  - two\n    - three\n\n> quoted\n> > twice",
        string.Join(" ", Enumerable.Repeat("*", 200)),
        string.Join("\n", Enumerable.Repeat("---", 50)),
        NestedList(30),
        "    " + new string(' ', 200) + "indented code, not nesting",
    ];

    [Theory]
    [MemberData(nameof(Fine))]
    public void OrdinaryBodiesParseWithoutDiagnostics(string body)
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(MarkdownBody.Parse(Path, body, BodyLine, bag));
        Assert.Empty(bag.ToImmutable());
    }

    [Fact]
    public void AnUnsafeLinkIsAWarningAtItsPlace()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(MarkdownBody.Parse(Path, "First line.\n\nSee [this](JavaScript:alert(1)) and ![that](data:text/html,x).", BodyLine, bag));
        Assert.Equal(
            [
                "content/people/x.md:9:5: warning SG1402: the link address 'JavaScript:alert(1)' is shown as text, not linked: only http, https, mailto and addresses on this site may be links",
                "content/people/x.md:9:37: warning SG1402: the image address 'data:text/html,x' is shown as text, not linked: only http, https, mailto and addresses on this site may be links",
            ],
            bag.ToImmutable().Select(d => d.ToString()));
    }

    /// <summary>Each unsafe link in a block whose inlines Markdig misplaces or moves (setext headings) or that strips prefixes (quotes, lists, tables).</summary>
    public static TheoryData<string, string, string[]> LinksInBlocks() => new()
    {
        { "setext heading", "Line one\nline two [l](javascript:1)\nthree <tag:x>\n---", ["8:10", "9:7"] },
        { "setext heading with '='", "a\n<tag:x>\n===", ["8:1"] },
        { "quote", "a\nb\n> x [l](javascript:1)\n> y <tag:x>", ["9:5", "10:5"] },
        { "nested list", "- a\n  - b [l](javascript:1)\n  c <tag:x>", ["8:7", "9:5"] },
        { "table", "| a | b |\n|---|---|\n| [l](javascript:1) | <tag:x> |", ["9:3", "9:23"] },
        { "quote in a list in a quote", "> - > quote\n>   > [l](javascript:1) <tag:x>", ["8:7", "8:25"] },
    };

    [Theory]
    [MemberData(nameof(LinksInBlocks))]
    public void AnUnsafeLinkIsPlacedWhereItIsWrittenInAnyBlock(string name, string body, string[] places)
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(MarkdownBody.Parse(Path, body, BodyLine, bag));
        Assert.Equal(places.Select(p => $"{Path}:{p}"), bag.ToImmutable().Select(d => $"{d.Span.Path}:{d.Span.Line}:{d.Span.Column}"));
        Assert.False(string.IsNullOrEmpty(name));
    }
}
