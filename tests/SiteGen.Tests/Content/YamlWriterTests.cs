using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Ingest;

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

    [Theory]
    [InlineData("# Heading-like")]
    [InlineData("- list-like")]
    [InlineData("1. numbered")]
    [InlineData("> quote-like")]
    public void KeepsParagraphAParagraph(string text)
    {
        var markdown = Markdig.Markdown.Parse(ContentRenderer.EscapeParagraph(text), MarkdownDialect.Pipeline);
        Assert.Single(MarkdownDialect.NumberedParagraphs(markdown));
    }
}
