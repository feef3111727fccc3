using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>A build's body source does not hold article bodies: it reads each again from its file, and must get exactly what loading read.</summary>
public sealed class StreamedBodyTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nBody line.\n\nSecond paragraph.\n")]
    [InlineData("---\ntitle: A\n...\nClosed with dots.")]
    [InlineData("---\ntitle: A\n---   \nFence with trailing spaces.\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    [InlineData("---\ntitle: A\n---\n---\nA second fence is body.\n")]
    [InlineData("\uFEFF---\r\ntitle: A\r\n---\r\nWindows line ends\r\nand a BOM.\r\n")]
    public void BodyOfFindsTheBodyParseFinds(string text)
    {
        var parsed = FrontMatterDocument.Parse("a.md", text, new DiagnosticBag());
        Assert.NotNull(parsed);
        Assert.Equal(parsed.Body, FrontMatterDocument.BodyOf(FrontMatterDocument.NormaliseText(text)));
    }

    [Fact]
    public void AStreamedArticleReadsTheBodyLoadingRead()
    {
        using var site = TempSite.FromFixture();
        var heldLoad = SiteLoader.Load(site.Content, displayRoot: site.Root);
        var streamedLoad = SiteLoader.Load(site.Content, displayRoot: site.Root, streamBodies: true);
        var (held, streamed) = (heldLoad.Content.Articles.Single(), streamedLoad.Content.Articles.Single());

        Assert.IsType<HeldArticleBodies>(heldLoad.Bodies);
        Assert.IsType<StreamedArticleBodies>(streamedLoad.Bodies);
        var body = heldLoad.Bodies.Read(held);
        Assert.Equal(body, streamedLoad.Bodies.Read(streamed));
        Assert.Equal(held.Paragraphs.AsEnumerable(), streamed.Paragraphs.AsEnumerable());
        Assert.Equal(held.Paragraphs.Select(p => p.TextIn(body)), streamed.Paragraphs.Select(p => p.TextIn(streamedLoad.Bodies.Read(streamed))));
        Assert.Empty(streamed.Links);
        Assert.NotEqual(default, streamed.SourceHash);
    }

    [Fact]
    public void AnArticleEditedAfterLoadingIsReportedNotMixedIn()
    {
        using var site = TempSite.FromFixture();
        var loaded = SiteLoader.Load(site.Content, displayRoot: site.Root, streamBodies: true);
        var article = loaded.Content.Articles.Single();
        var file = Directory.GetFiles(Path.Combine(site.Content, "articles")).Single();
        File.AppendAllText(file, "\nAn invented sentence added during the build.\n");

        var changed = Assert.Throws<ContentChangedException>(() => loaded.Bodies.Read(article));
        Assert.Equal("content/articles/" + Path.GetFileName(file), changed.DisplayPath);
        Assert.Equal(DiagnosticCodes.ContentChangedDuringBuild, changed.Diagnostic.Code);
    }
}
