using System.Text;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Boilerplate, captions with and without credits, credit lines, subheadings, and text encodings that must behave alike.</summary>
public sealed class ArticleReaderTests
{
    private static ArticleParts Read(string text) =>
        new ArticleReader(WordLists.Default, BoilerplateFilter.Default, new DateResolver(WordLists.Default)).Read(new SeedText("t.txt", "t.txt", text));

    [Theory]
    [InlineData("By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie settings through your browser.")]
    [InlineData("CHOOSE YOUR LANGUAGE")]
    [InlineData("Select your language")]
    // By shape: a line in another script on an English page, and a label with a phone number.
    [InlineData("\u65B0\u95FB\u8BB8\u53EF\u8BC1 20250001234")]
    [InlineData("\u0420\u0435\u0434\u0430\u043A\u0446\u0438\u044F \u0441\u0430\u0439\u0442\u0430")]
    [InlineData("Reader tip line: +44 20 7946 0958")]
    [InlineData("News desk: 010-5550199")]
    [InlineData("Advertisement")]
    [InlineData("Copyright 2025 Example Media. All rights reserved.")]
    [InlineData("We use cookies to improve your experience.")]
    public void DropsBoilerplateLine(string line)
    {
        var parts = Read(line + "\nThe ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.");
        Assert.Equal(["The ministers met in Oslo to discuss the treaty.", "They agreed to meet again."], parts.Paragraphs);
        Assert.NotEmpty(parts.Boilerplate);
    }

    [Theory]
    [InlineData("URL: https://news.example/2025/harbour-talks", "https://news.example/2025/harbour-talks")]
    [InlineData("Source URL: http://paper.example/a?id=7", "http://paper.example/a?id=7")]
    [InlineData("Source: https://wire.example/story/1", "https://wire.example/story/1")]
    [InlineData("  https://news.example/x  ", "https://news.example/x")]
    public void ReadsTheSourceAddressAndKeepsItOutOfTheBody(string line, string url)
    {
        var parts = Read("Harbour talks end\n" + line + "\nThe ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.");
        Assert.Equal(url, parts.Url);
        Assert.Equal(["The ministers met in Oslo to discuss the treaty.", "They agreed to meet again."], parts.Paragraphs);
    }

    [Theory]
    [InlineData("URL: javascript:alert(1)")]
    [InlineData("Source: ANI")]
    [InlineData("See https://news.example/x for more.")]
    public void TakesNoAddressFromOtherLines(string line)
    {
        var parts = Read("Harbour talks end\n" + line + "\nThe ministers met in Oslo to discuss the treaty.");
        Assert.Null(parts.Url);
    }

    [Fact]
    public void CutsRepeatedGluedBoilerplate()
    {
        var parts = Read("CHOOSE YOUR LANGUAGECHOOSE YOUR LANGUAGE\nThe ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.");
        Assert.Equal("The ministers met in Oslo to discuss the treaty.", parts.Paragraphs.First());
    }

    [Fact]
    public void CutsBoilerplateGluedToText()
    {
        var parts = Read("The ministers met in Oslo to discuss the treaty.CHOOSE YOUR LANGUAGE\nThey agreed to meet again.");
        Assert.Equal("The ministers met in Oslo to discuss the treaty.", parts.Paragraphs.First());
    }

    [Theory]
    [InlineData("Two ministers sign the treaty in Oslo, Norway, June 3, 2025. /REUTERS", "Two ministers sign the treaty in Oslo, Norway, June 3, 2025.", "REUTERS")]
    [InlineData("Two ministers sign the treaty in Oslo, Norway, June 3, 2025. (AP Photo/Jane Smith)", "Two ministers sign the treaty in Oslo, Norway, June 3, 2025.", "AP Photo/Jane Smith")]
    [InlineData("Two ministers sign the treaty in Oslo, Norway, on June 3, 2025.", "Two ministers sign the treaty in Oslo, Norway, on June 3, 2025.", null)]
    public void ReadsCaptionAndItsCredit(string line, string caption, string? credit)
    {
        var parts = Read(line + "\nThe ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.");
        Assert.Equal(caption, parts.Caption);
        Assert.Equal(credit, parts.CaptionCredit);
        Assert.DoesNotContain(parts.Paragraphs, p => p.Contains("sign the treaty", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesLedeThatIsNotACaption()
    {
        var parts = Read("The ministers met in Oslo on Tuesday to discuss the treaty.\nThey agreed to meet again.");
        Assert.Null(parts.Caption);
        Assert.Equal(2, parts.Paragraphs.Count());
    }

    [Fact]
    public void ReadsCreditLines()
    {
        var parts = Read("The ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.\nReporter: Jane Miller\nPhoto: AFP\nEditor: Tom Hardy, Ana Ruiz, Li Na");
        Assert.Equal([("Jane Miller", "reporter", true), ("AFP", "photographer", false), ("Tom Hardy", "editor", true), ("Ana Ruiz", "editor", true), ("Li Na", "editor", true)],
            parts.Credits.Select(c => (c.Name, c.Role, c.IsPerson)));
        Assert.Equal(2, parts.Paragraphs.Count());
    }

    [Fact]
    public void ReadsAllCapsByline()
    {
        var parts = Read("The ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.\nBy JANE MILLER and TOM HARDY");
        Assert.Equal(["Jane Miller", "Tom Hardy"], parts.Credits.Select(c => c.Name));
    }

    [Fact]
    public void ReadsSubheadings()
    {
        var parts = Read("The ministers met in Oslo to discuss the treaty.\nWhat comes next\nThey agreed to meet again.");
        Assert.Equal([false, true, false], parts.Blocks.Select(b => b.IsHeading));
    }

    [Fact]
    public void ReadsHeadlineBeforeCaption()
    {
        var parts = Read("Treaty signed after long talks\nTwo ministers sign the treaty in Oslo, Norway, June 3, 2025. /REUTERS\nThe ministers met in Oslo to discuss the treaty.\nThey agreed to meet again.");
        Assert.Equal("Treaty signed after long talks", parts.Headline);
        Assert.Equal("REUTERS", parts.CaptionCredit);
    }

    [Fact]
    public void TypographicQuotesCrlfAndBomBehaveLikePlainText()
    {
        const string plain = "Foreign Minister Anna Berg arrived in Geneva on June 3, 2025.\n\"We are ready to talk,\" Berg said.\nShe said it's a \"fresh start\" for everyone.\nReporter: Jane Miller";
        var typographic = "\uFEFF" + plain.Replace("\n", "\r\n").Replace("\"We", "\u201CWe").Replace("talk,\"", "talk,\u201D")
            .Replace("a \"fresh start\"", "a \u201Cfresh start\u201D").Replace("it's", "it\u2019s");
        var a = IngestTestSupport.Extract(plain);
        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        var seed = SeedReader.Decode("t.txt", "t.txt", Encoding.UTF8.GetBytes(typographic), bag);
        Assert.NotNull(seed);
        var b = new Extractor().Extract([seed]);
        Assert.Equal(a.Quotes.Select(q => (q.Speaker.Name, q.Text, q.Partial, q.Paragraph)), b.Quotes.Select(q => (q.Speaker.Name, q.Text, q.Partial, q.Paragraph)));
        Assert.Equal(a.Events.Select(e => e.Date), b.Events.Select(e => e.Date));
        Assert.Equal(a.Articles[0].Reporter, b.Articles[0].Reporter);
        Assert.Equal(3, a.Quotes.Count() + 1);
    }
}
