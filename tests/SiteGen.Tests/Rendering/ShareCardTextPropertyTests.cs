using CsCheck;
using SiteGen.Rendering.Cards;
using SiteGen.Tests.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A card's text in any script or state: very long titles, emoji, right-to-left text, CJK without spaces, lone
/// combining marks and surrogates, controls. Lines never pass the width or the line limit, text is cut only with an
/// ellipsis, and drawing never throws.
/// </summary>
public sealed class ShareCardTextPropertyTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf(
        TextGen.Names, TextGen.Hostile, TextGen.Noise, TextGen.Roles,
        Gen.OneOf("👩🏽‍⚖️", "🇺🇦", "❤️", "مؤتمر القمة في لاهاي", "שלום עולם", "北京峰会的新闻发布会上的讲话", "東京サミット", "\u0301", "\u0301\u0308\u0327", "a\u200Db", "\u202Eabc", "\uD83D", "Supercalifragilisticexpialidocious"));

    private static readonly Gen<string> Texts = Gen.Select(Pieces.Array[0, 40], Gen.OneOf(" ", "", "\n", "  "), (parts, gap) => string.Join(gap, parts));

    // A stand-in shaper: every character cluster as wide as its UTF-16 length times ten.
    private static float Measure(string s) => s.Length * 10f;

    [Fact]
    public void LinesFitTheWidthAndTheLineLimitAndEndInAnEllipsisOnlyWhenCut()
    {
        Gen.Select(Texts, Gen.Int[1, 5], Gen.Int[50, 400]).Sample((text, maxLines, width) =>
        {
            var clean = CardTextLayout.Clean(text);
            var lines = CardTextLayout.Lines(clean, width, maxLines, Measure);
            Assert.True(lines.Count <= maxLines);
            // A line is within the width unless it is a single cluster wider than the width alone (it still has to go somewhere).
            Assert.All(lines, line => Assert.True(Measure(line) <= width || System.Globalization.StringInfo.ParseCombiningCharacters(line).Length <= 2, $"'{line}' is too wide"));
            // All of the text in order, or a beginning of it and the ellipsis.
            var shown = string.Concat(lines).Replace(" ", "");
            var all = clean.Replace(" ", "");
            Assert.True(shown == all || (shown.EndsWith(CardTextLayout.Ellipsis, StringComparison.Ordinal) && all.StartsWith(shown[..^1], StringComparison.Ordinal)), $"'{shown}' is not '{all}' or a beginning of it");
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void CleanTextHasNoControlsAndNoRunsOfSpaces()
    {
        Texts.Sample(text =>
        {
            var clean = CardTextLayout.Clean(text);
            Assert.DoesNotContain(clean, c => char.IsControl(c) || c is '\n' or '\r' or '\u2028');
            Assert.False(clean.Contains("  ", StringComparison.Ordinal), string.Join(" ", clean.Select(c => ((int)c).ToString("x4"))));
            Assert.Equal(clean.Trim(), clean);
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void AnyTextDrawsACardOfTheRightSize()
    {
        // Drawing takes tens of milliseconds: fewer iterations than the layout's.
        Gen.Select(Texts, Texts, Texts).Sample((title, detail, site) =>
        {
            var png = ShareCardPainter.Instance.Paint(new ShareCard("Person", title, detail, site));
            Assert.Equal((ShareCard.Width, ShareCard.Height), ShareCardTests.PngSize(png));
        }, iter: 25);
    }

    [Theory]
    [InlineData("A title far too long for any card, repeated until it runs over every line the card has for a title, and then on and on and on and on and on and on and on and on and on and on and on and on and on")]
    [InlineData("北京峰会的新闻发布会上的讲话北京峰会的新闻发布会上的讲话北京峰会的新闻发布会上的讲话北京峰会的新闻发布会上的讲话北京峰会的新闻发布会上的讲话")]
    [InlineData("مؤتمر القمة في لاهاي: ما قاله القادة وما سيأتي بعد ذلك")]
    [InlineData("\u0301\u0301\u0301 👩🏽‍⚖️🇺🇦 \uD800 \u202E\u0000")]
    [InlineData("")]
    public void AVeryLongOrOddTitleDrawsWithoutError(string title)
    {
        var card = new ShareCard("Source article", title, title, title);
        var png = ShareCardPainter.Instance.Paint(card);
        Assert.Equal((ShareCard.Width, ShareCard.Height), ShareCardTests.PngSize(png));
        Assert.Equal(png, ShareCardPainter.Instance.Paint(card));
    }

    [Fact]
    public void ALongTitleIsCutWithAnEllipsisAtTheLineLimit()
    {
        var lines = CardTextLayout.Lines(CardTextLayout.Clean(string.Join(' ', Enumerable.Repeat("harbour", 50))), 200, 3, Measure);
        Assert.Equal(3, lines.Count);
        Assert.EndsWith(CardTextLayout.Ellipsis, lines[^1]);
        Assert.All(lines, l => Assert.True(Measure(l) <= 200));
    }
}
