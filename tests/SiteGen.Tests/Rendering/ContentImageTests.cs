using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Images in content/ are published under a name carrying their content hash, shown with their width and height, and
/// one of them can be the page's social card (og:image), at its absolute address.
/// </summary>
public sealed class ContentImageTests
{
    private const string Article = "content/articles/harbour-talks-end.md";
    private const string ArticlePage = "articles/harbour-talks-end/index.html";
    private static readonly byte[] Map = TinyImages.Png(64, 32);

    private static string Fingerprint(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    private static void WriteImage(TempSite site, string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.Path(relative))!);
        File.WriteAllBytes(site.Path(relative), bytes);
    }

    [Fact]
    public void BodyImagesArePublishedUnderTheirHashWithWidthAndHeight()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\n![A map of the harbour](/images/harbour-map.png)\n");

        var built = BuiltSite.Render(site.Options);

        var published = $"images/harbour-map.{Fingerprint(Map)}.png";
        Assert.Equal(Map, built.Files[published]);
        Assert.DoesNotContain("images/harbour-map.png", built.Files.Keys);
        var img = Assert.Single(built.Document(ArticlePage).QuerySelectorAll("main img"));
        Assert.Equal("/harbour/" + published, img.GetAttribute("src"));
        Assert.Equal(("64", "32"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("A map of the harbour", img.GetAttribute("alt"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        // Hosts may cache it for ever: its name changes with its bytes.
        Assert.Contains($"/harbour/{published}\n  Cache-Control: public, max-age=31536000, immutable", built.Text("_headers"));
    }

    [Fact]
    public void ALinkToAnImageFollowsItsFingerprintedName()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\nSee [the full map](/images/harbour-map.png).\n");

        var built = BuiltSite.Render(site.Options);

        var link = built.Document(ArticlePage).QuerySelector("main a[href*='harbour-map']")!;
        Assert.Equal($"/harbour/images/harbour-map.{Fingerprint(Map)}.png", link.GetAttribute("href"));
    }

    public static TheoryData<string, byte[], string, string> Formats() => new()
    {
        { "jpg", TinyImages.Jpeg(1200, 630), "1200", "630" },
        { "jpeg", TinyImages.Jpeg(30, 40), "30", "40" },
        { "gif", TinyImages.Gif(16, 9), "16", "9" },
        { "webp", TinyImages.WebPLossless(200, 100), "200", "100" },
        { "avif", TinyImages.Avif(90, 60), "90", "60" },
        { "svg", TinyImages.Svg("viewBox=\"0 0 48 24\""), "48", "24" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormatGetsItsSizeInTheHtml(string extension, byte[] bytes, string width, string height)
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, $"content/images/figure.{extension}", bytes);
        File.AppendAllText(site.Path(Article), $"\n\n![A figure](/images/figure.{extension})\n");

        var built = BuiltSite.Render(site.Options);

        var img = Assert.Single(built.Document(ArticlePage).QuerySelectorAll("main img"));
        Assert.Equal($"/harbour/images/figure.{Fingerprint(bytes)}.{extension}", img.GetAttribute("src"));
        Assert.Equal((width, height), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void FingerprintsAreTheSameEveryBuildAndChangeWithTheBytes()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\n![A map of the harbour](/images/harbour-map.png)\n");

        var first = BuiltSite.Render(site.Options);
        var second = BuiltSite.Render(site.Options);
        Assert.Equal(first.Text(ArticlePage), second.Text(ArticlePage));

        var redrawn = TinyImages.Png(64, 32, red: 0xc0);
        WriteImage(site, "content/images/harbour-map.png", redrawn);
        var third = BuiltSite.Render(site.Options);
        Assert.Contains($"images/harbour-map.{Fingerprint(redrawn)}.png", third.Files.Keys);
        Assert.DoesNotContain($"images/harbour-map.{Fingerprint(Map)}.png", third.Files.Keys);
        Assert.NotEqual(Fingerprint(Map), Fingerprint(redrawn));
    }

    [Fact]
    public void ARelativeAddressIsFoundBesideTheFileThenInContent()
    {
        using var site = TempSite.FromFixture();
        var portrait = TinyImages.Png(20, 30);
        WriteImage(site, "content/people/jon-berg.png", portrait);
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path("content/people/jon-berg.md"), "\n\n![Jon Berg at the harbour](jon-berg.png)\n\n![The harbour](images/harbour-map.png)\n");

        var built = BuiltSite.Render(site.Options);

        var images = built.Document("people/jon-berg/index.html").QuerySelectorAll("main img");
        Assert.Equal(
            [$"/harbour/people/jon-berg.{Fingerprint(portrait)}.png", $"/harbour/images/harbour-map.{Fingerprint(Map)}.png"],
            images.Select(i => i.GetAttribute("src")));
        // The first image is likely in view: only the ones after it wait until the reader scrolls near them.
        Assert.Equal([null, "lazy"], images.Select(i => i.GetAttribute("loading")));
    }

    [Fact]
    public void RelativeUrlsModeLinksImagesFromEachPage()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\n![A map of the harbour](/images/harbour-map.png)\n");
        File.AppendAllText(site.Path("content/_index.md"), "\n\n![A map of the harbour](images/harbour-map.png)\n");
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\nimage: images/harbour-map.png");

        var built = BuiltSite.Render(site.Options with { RelativeUrls = true });

        var published = $"images/harbour-map.{Fingerprint(Map)}.png";
        Assert.Equal("../../" + published, built.Document(ArticlePage).QuerySelector("main img")!.GetAttribute("src"));
        Assert.Equal(published, built.Document("index.html").QuerySelector("main img")!.GetAttribute("src"));
        // A social network fetches the card from anywhere: it stays absolute.
        Assert.Equal("https://news.example/harbour/" + published, OgImage(built, ArticlePage));
    }

    [Fact]
    public void SocialCardUsesThePageImageOverTheSiteImage()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/card.png", TinyImages.Png(120, 63));
        WriteImage(site, "content/articles/harbour.jpg", TinyImages.Jpeg(1200, 630));
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\nimage: images/card.png\nimage_alt: The words Harbour Talks on blue");
        site.Replace(Article, "title:", "image: harbour.jpg\ntitle:");

        var built = BuiltSite.Render(site.Options);

        var home = built.Document("index.html");
        Assert.Equal($"https://news.example/harbour/images/card.{Fingerprint(TinyImages.Png(120, 63))}.png", OgImage(built, "index.html"));
        Assert.Equal("120", Meta(home, "og:image:width"));
        Assert.Equal("63", Meta(home, "og:image:height"));
        Assert.Equal("The words Harbour Talks on blue", Meta(home, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(home, "twitter:card"));

        var article = built.Document(ArticlePage);
        Assert.Equal($"https://news.example/harbour/articles/harbour.{Fingerprint(TinyImages.Jpeg(1200, 630))}.jpg", OgImage(built, ArticlePage));
        Assert.Equal(("1200", "630"), (Meta(article, "og:image:width"), Meta(article, "og:image:height")));
        // Without image_alt the card is described by the page's title.
        Assert.Equal(article.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), Meta(article, "og:image:alt"));
    }

    [Fact]
    public void WithoutAnImageOrShareCardsThePageGetsASummaryCardAndNoOgImage()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\ncards: false");

        var built = BuiltSite.Render(site.Options);

        // The timeline's embed is for an iframe, not for sharing: it points to the timeline as canonical and has no card.
        Assert.All(built.Pages.Where(p => p != "timeline/embed/index.html"), page =>
        {
            var document = built.Document(page);
            Assert.Null(document.QuerySelector("meta[property^='og:image']"));
            Assert.Equal("summary", Meta(document, "twitter:card"));
        });
    }

    [Fact]
    public void AnSvgCardIsNotOfferedToSocialNetworksAndTheEditorIsTold()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/card.svg", TinyImages.Svg("viewBox=\"0 0 1200 630\""));
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\nimage: images/card.svg");

        var built = BuiltSite.Render(site.Options);

        // The page falls back to its generated share card.
        Assert.StartsWith("https://news.example/harbour/cards/", OgImage(built, "index.html"));
        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCodes.ImageNotShownInSocialCards);
        Assert.Equal("content/site.yaml:6:8", warning.Span.ToString());
    }

    [Fact]
    public void AltTextIsEscapedAndCarriesNoMarkup()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\n![The \"east\" quay <b>& its</b> *cranes*](/images/harbour-map.png)\n");

        var built = BuiltSite.Render(site.Options);

        var img = built.Document(ArticlePage).QuerySelector("main img")!;
        Assert.Equal("The \u201Ceast\u201D quay <b>& its</b> cranes", img.GetAttribute("alt"));
        Assert.DoesNotContain("<b>", built.Text(ArticlePage));
    }

    [Fact]
    public void AnImageWithoutAltTextIsAWarningUnlessMarkedDecorative()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/rule.png", TinyImages.Png(100, 2));
        File.AppendAllText(site.Path(Article), "\n\n![](/images/rule.png)\n\n![](/images/rule.png \"decorative\")\n");

        var built = BuiltSite.Render(site.Options);

        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("the image '/images/rule.png' has no alt text", warning.Message);
        var images = built.Document(ArticlePage).QuerySelectorAll("main img");
        Assert.Equal(2, images.Length);
        // Decorative: an empty alt, which screen readers skip, and the marker is not shown as a tooltip.
        Assert.Equal("", images[1].GetAttribute("alt"));
        Assert.Null(images[1].GetAttribute("title"));
    }

    public static TheoryData<string> UnsafeImages() =>
    [
        "![A pixel](javascript:alert(1))",
        // data: images are refused too: an editor's image is a file in content/, which gets a size and a cacheable name.
        "![A pixel](data:image/png;base64,iVBORw0KGgo=)",
        "![A pixel](vbscript:msgbox(1))",
    ];

    [Theory]
    [MemberData(nameof(UnsafeImages))]
    public void UnsafeImageAddressesAreDropped(string markdown)
    {
        using var site = TempSite.FromFixture();
        File.AppendAllText(site.Path(Article), "\n\n" + markdown + "\n");

        var built = BuiltSite.Render(site.Options);

        var document = built.Document(ArticlePage);
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.Contains("A pixel", document.QuerySelector("main")!.TextContent);
        Assert.Contains(built.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
    }

    [Fact]
    public void AnImageAddedLaterReachesAPreviewWhoseMarkdownDidNotChange()
    {
        using var site = TempSite.FromFixture();
        WriteImage(site, "content/images/harbour-map.png", Map);
        File.AppendAllText(site.Path(Article), "\n\n![A map of the harbour](/images/harbour-map.png)\n");
        var preview = new Site(site.Options, keepCaches: true);
        Assert.True(preview.Render().Succeeded);

        var redrawn = TinyImages.Png(80, 40, blue: 0x10);
        WriteImage(site, "content/images/harbour-map.png", redrawn);
        var again = new BuiltSite(preview.Render(SourceChanges.Content));

        var img = again.Document(ArticlePage).QuerySelector("main img")!;
        Assert.Equal($"/harbour/images/harbour-map.{Fingerprint(redrawn)}.png", img.GetAttribute("src"));
        Assert.Equal("80", img.GetAttribute("width"));
    }

    private static string? OgImage(BuiltSite built, string page) => Meta(built.Document(page), "og:image");

    private static string? Meta(AngleSharp.Dom.IDocument document, string name) =>
        document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");
}
