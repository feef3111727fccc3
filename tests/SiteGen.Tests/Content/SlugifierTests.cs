using SiteGen.Content;

namespace SiteGen.Tests.Content;

public class SlugifierTests
{
    [Theory]
    [InlineData("Vladimir Putin", "vladimir-putin")]
    [InlineData("Volodymyr Zelenskyy", "volodymyr-zelenskyy")]
    [InlineData("  Leading and   trailing  ", "leading-and-trailing")]
    [InlineData("Élysée Palace Talks", "elysee-palace-talks")]
    [InlineData("Søren Kierkegaard", "soren-kierkegaard")]
    [InlineData("Straße & Œuvre", "strasse-oeuvre")]
    [InlineData("Łukasz Dąbrowski", "lukasz-dabrowski")]
    [InlineData("Trump–Putin summit: what's next?", "trump-putin-summit-whats-next")]
    [InlineData("Putin's \"understanding\"", "putins-understanding")]
    [InlineData("U.S.-Russia relations", "u-s-russia-relations")]
    [InlineData("2025 Alaska Summit", "2025-alaska-summit")]
    [InlineData("--already--hyphenated--", "already-hyphenated")]
    [InlineData("Çağrı Öztürk", "cagri-ozturk")]
    [InlineData("Nguyễn Thị Ánh", "nguyen-thi-anh")]
    [InlineData("Zoe\u0308 decomposed", "zoe-decomposed")]
    [InlineData("Ștefan Țiriac", "stefan-tiriac")]
    public void MakesALoaderValidSlugFromATitle(string title, string expected)
    {
        var slug = Slugifier.Slugify(title);
        Assert.Equal(expected, slug);
        Assert.True(SiteLoader.IsValidSlug(slug));
    }

    [Theory]
    [InlineData("Владимир Путин")]
    [InlineData("习近平")]
    [InlineData("!!!")]
    [InlineData("")]
    public void GivesNothingWhenNoLatinLettersRemain(string title) => Assert.Equal("", Slugifier.Slugify(title));

    [Fact]
    public void CutsLongTitlesAtAWordBoundaryHyphen()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("word", 40)), maxLength: 22);
        Assert.Equal("word-word-word-word", slug);
        Assert.True(SiteLoader.IsValidSlug(slug));
    }
}
