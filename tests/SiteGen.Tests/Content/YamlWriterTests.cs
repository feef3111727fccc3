using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

/// <summary>Every scalar ingest writes reads back unchanged through the loader's YAML parser.</summary>
public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("Plain words")]
    [InlineData("He said \"no\" twice")]
    [InlineData("back\\slash")]
    [InlineData("key: value")]
    [InlineData("# not a comment")]
    [InlineData("a #b")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("123")]
    [InlineData("1.5")]
    [InlineData("- dash")]
    [InlineData("it's")]
    [InlineData("'quoted'")]
    [InlineData("\u201Ccurly\u201D and \u2014 dash")]
    [InlineData("trailing space ")]
    [InlineData(" leading space")]
    [InlineData("[bracket], {brace}")]
    [InlineData("@at `tick` %percent &anchor *alias !tag |pipe >fold ?q")]
    [InlineData("line\nbreak\ttab")]
    [InlineData("Zhang Hong, expert on Russian issues")]
    [InlineData("U.S.\u2013Russia")]
    [InlineData("")]
    public void RoundTripsThroughTheLoader(string value)
    {
        var yaml = new YamlWriter().Field("title", value).Field("n", 3).Field("flag", true).List("items", [value, "x"]).ToString();
        var doc = FrontMatterDocument.Parse("t.md", "---\n" + yaml + "---\n", new DiagnosticBag());
        Assert.NotNull(doc);
        Assert.Equal(value, doc.Fields.String("title") ?? "");
        Assert.Equal(3, doc.Fields.Int("n"));
        Assert.True(doc.Fields.Bool("flag"));
        Assert.Equal(new[] { value, "x" }, doc.Fields.StringList("items").ToArray());
    }

    [Fact]
    public void WritesBlockStyleWithIndentedListsAndQuotesOnlyWhatNeedsIt()
    {
        var yaml = new YamlWriter()
            .Field("title", "Talks in Anchorage")
            .Field("date", "2025-08-15")
            .Open("byline").Field("reporter", "Ana Ruiz", 2).List("editors", ["Bo Li", "true"], 2)
            .Field("caption", "He said: \"no\" \u2014 twice")
            .List("aliases", [])
            .Open("quotes")
            .Item("speaker", "ana-ruiz", 2).Field("text", "We talked.", 4).Field("paragraph", 3, 4).Field("partial", false, 4)
            .Item("speaker", "bo-li", 2).Field("text", "# not a comment", 4)
            .Field("review", true)
            .ToString();

        Assert.Equal(
            "title: Talks in Anchorage\n" +
            "date: 2025-08-15\n" +
            "byline:\n" +
            "  reporter: Ana Ruiz\n" +
            "  editors:\n" +
            "    - Bo Li\n" +
            "    - \"true\"\n" +
            "caption: \"He said: \\\"no\\\" \u2014 twice\"\n" +
            "aliases: []\n" +
            "quotes:\n" +
            "  - speaker: ana-ruiz\n" +
            "    text: We talked.\n" +
            "    paragraph: 3\n" +
            "    partial: false\n" +
            "  - speaker: bo-li\n" +
            "    text: \"# not a comment\"\n" +
            "review: true\n",
            yaml);
    }

    [Fact]
    public void NeverFoldsALongLine()
    {
        var text = string.Join(" ", Enumerable.Repeat("word: with a colon", 40));
        var yaml = new YamlWriter().Field("text", text).ToString();
        Assert.Equal("text: \"" + text + "\"\n", yaml);
    }
}
