using SiteGen.Checking;
using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>Which quotation marks count as the same mark, and how whitespace collapses, wherever text is compared.</summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("\u201CWe agreed,\u201D he said.", "\"We agreed,\" he said.")]
    [InlineData("\u201EWir\u201C und \u00ABnous\u00BB", "\"Wir\" und \"nous\"")]
    [InlineData("It\u2019s the \u2018deal\u2019 and \u201Athe\u201B rest", "It's the 'deal' and 'the' rest")]
    [InlineData("No marks \u2014 at all", "No marks \u2014 at all")]
    public void EveryQuotationMarkFoldsToItsKeyboardForm(string typed, string folded) =>
        Assert.Equal(folded, TextFolding.FoldQuoteMarks(typed));

    [Theory]
    [InlineData("  two\t\tspaces \n and a line  ", "two spaces and a line")]
    [InlineData("\u00A0non-breaking\u2009thin ", "non-breaking thin")]
    [InlineData("", "")]
    public void WhitespaceRunsBecomeOneSpaceAndTheEndsGo(string text, string squeezed) =>
        Assert.Equal(squeezed, TextFolding.Squeeze(text));

    [Theory]
    [InlineData("He called it \u201Ea good meeting\u201C.", "a good meeting")]
    [InlineData("She said: \u2018We will talk \u2026 again.\u2019", "We will talk... again")]
    [InlineData("A *very* good_ meeting", "a very good meeting")]
    // Typography prints "--" and "---" as one dash: the quote typed with hyphens is the paragraph printed with the dash.
    [InlineData("It was \u201Cfair \u2013 and final\u201D, she said.", "fair -- and final")]
    [InlineData("It was \u201Cfair \u2014 and final\u201D, she said.", "fair --- and final")]
    [InlineData("It was \u201Cfair -- and final\u201D, she said.", "fair \u2013 and final")]
    public void AQuoteIsFoundUnderAnyTypingOfItsMarks(string paragraph, string quote) =>
        Assert.True(QuoteMatcher.IsIn(paragraph, quote));
}
