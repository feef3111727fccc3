using System.Buffers.Binary;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Pipeline;
using SiteGen.Rendering.Cards;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// Every page but search, 404 and the timeline's embed gets a generated share card as its og:image: absolute, sized,
/// published, drawn again only when what it shows changed, and left out when an editor chose an image or turned cards off.
/// </summary>
public sealed class ShareCardTests
{
    private static readonly string[] WithoutCard = ["search/index.html", "404.html", "timeline/embed/index.html"];

    /// <summary>Counts the cards a build draws, and draws them as the program does.</summary>
    private sealed class CountingPainter : IShareCardPainter
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);
        public List<string> Titles { get; } = [];
        public List<string> Kinds { get; } = [];

        public byte[] Paint(ShareCard card)
        {
            Interlocked.Increment(ref _count);
            lock (Titles) Titles.Add(card.Title);
            lock (Kinds) Kinds.Add(card.Kind);
            return ShareCardPainter.Instance.Paint(card);
        }
    }

    [Fact]
    public void EveryKindOfPageButSearch404AndTheEmbedHasAnAbsoluteSizedCardThatIsPublished()
    {
        using var site = TempSite.FromFixture();
        var result = new Site(site.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order().ToList();
        // Every kind the fixture has: home, timeline, people, a person, the analysis list and one, sources and one, a free page.
        foreach (var kind in new[] { "index.html", "timeline/index.html", "people/index.html", "people/maria-lopez/index.html", "analysis/index.html", "articles/index.html" })
            Assert.Contains(kind, pages);
        Assert.Contains(pages, p => p.StartsWith("analysis/", StringComparison.Ordinal) && p != "analysis/index.html");
        Assert.Contains(pages, p => p.StartsWith("articles/", StringComparison.Ordinal) && p != "articles/index.html");
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            if (WithoutCard.Contains(page))
            {
                Assert.Null(document.QuerySelector("meta[property='og:image']"));
                continue;
            }
            var image = Meta(document, "og:image");
            Assert.True(image is not null, $"{page} has no og:image");
            Assert.StartsWith("https://news.example/harbour/cards/", image);
            Assert.Equal(("1200", "630"), (Meta(document, "og:image:width"), Meta(document, "og:image:height")));
            Assert.Equal("summary_large_image", Meta(document, "twitter:card", "name"));
            Assert.Contains(Meta(document, "og:title")!, Meta(document, "og:image:alt"));
            var file = Path.Combine(site.Output, image["https://news.example/harbour/".Length..]);
            Assert.True(File.Exists(file), $"{page}'s card {image} is not in output/");
            Assert.Equal((1200, 630), PngSize(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void ACardIsTheSameBytesEachTimeItIsDrawn()
    {
        var card = new ShareCard("Person", "Maria Lopez", "Harbour master · Port of Example", "Harbour Talks, Explained");
        var first = new ShareCardPainter().Paint(card);
        var second = new ShareCardPainter().Paint(card with { });
        Assert.Equal(first, second);
        Assert.NotEqual(first, ShareCardPainter.Instance.Paint(card with { Detail = "Harbour pilot" }));
    }

    [Fact]
    public void TwoCleanBuildsPublishByteIdenticalCards()
    {
        using var one = TempSite.FromFixture();
        using var two = TempSite.FromFixture();
        Assert.True(new Site(one.Options).Build().Succeeded);
        Assert.True(new Site(two.Options).Build().Succeeded);
        var cards = Directory.GetFiles(Path.Combine(one.Output, ShareCard.Folder)).Select(Path.GetFileName).Order().ToList();
        Assert.NotEmpty(cards);
        Assert.Equal(cards, Directory.GetFiles(Path.Combine(two.Output, ShareCard.Folder)).Select(Path.GetFileName).Order().ToList());
        foreach (var card in cards)
            Assert.Equal(File.ReadAllBytes(Path.Combine(one.Output, ShareCard.Folder, card!)), File.ReadAllBytes(Path.Combine(two.Output, ShareCard.Folder, card!)));
    }

    [Fact]
    public void ACardsWordsAreInTheSitesLanguage()
    {
        using var site = TempSite.FromFixture();
        var siteYaml = site.Path("content/site.yaml");
        var yaml = File.ReadAllText(siteYaml);
        File.WriteAllText(siteYaml, System.Text.RegularExpressions.Regex.IsMatch(yaml, "(?m)^language:")
            ? System.Text.RegularExpressions.Regex.Replace(yaml, "(?m)^language: .*$", "language: fr")
            : yaml + "\nlanguage: fr\n");
        var painter = new CountingPainter();
        Assert.True(new Site(site.Options with { CardPainter = painter }).Build().Succeeded);
        Assert.Contains("Personne", painter.Kinds);
        Assert.Contains("Chronologie", painter.Kinds);
        Assert.DoesNotContain("Person", painter.Kinds);
        Assert.DoesNotContain("Timeline", painter.Kinds);
    }

    [Fact]
    public void ARebuildDrawsOnlyTheCardsWhoseTextChanged()
    {
        using var site = TempSite.FromFixture();
        var painter = new CountingPainter();
        var options = site.Options with { CardPainter = painter };
        Assert.True(new Site(options).Build().Succeeded);
        var drawn = painter.Count;
        Assert.Equal(Directory.GetFiles(Path.Combine(site.Output, ShareCard.Folder)).Length, drawn);
        Assert.True(drawn >= 8, $"only {drawn} cards were drawn");

        Assert.True(new Site(options).Build().Succeeded);
        Assert.Equal(drawn, painter.Count);

        // A role is on its person's card only.
        var person = Directory.GetFiles(site.Path("content/people"), "maria-lopez.md").Single();
        var text = File.ReadAllText(person);
        Assert.Contains("role: ", text);
        File.WriteAllText(person, System.Text.RegularExpressions.Regex.Replace(text, "role: .*", "role: Chief harbour pilot"));
        Assert.True(new Site(options).Build().Succeeded);
        Assert.Equal(drawn + 1, painter.Count);
        Assert.Equal("Maria Lopez", painter.Titles[^1]);
        // The old card is gone from output/, the new one is there.
        Assert.Equal(drawn, Directory.GetFiles(Path.Combine(site.Output, ShareCard.Folder)).Length);
    }

    [Fact]
    public void ThePreviewDrawsACardOnceAcrossRebuilds()
    {
        using var site = TempSite.FromFixture();
        var painter = new CountingPainter();
        var preview = new Site(site.Options with { CardPainter = painter }, keepCaches: true);
        var first = preview.Render();
        Assert.True(first.Succeeded);
        var drawn = painter.Count;
        Assert.Equal(first.Files.Count(f => f.Path.StartsWith(ShareCard.Folder + "/", StringComparison.Ordinal)), drawn);

        var second = preview.Render();
        Assert.Equal(drawn, painter.Count);
        Assert.Equal(first.Files.Where(f => f.Path.StartsWith("cards/", StringComparison.Ordinal)).Select(f => f.Path), second.Files.Where(f => f.Path.StartsWith("cards/", StringComparison.Ordinal)).Select(f => f.Path));
    }

    [Fact]
    public void CardsFalseInSiteYamlPublishesNoCards()
    {
        using var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "publisher: Fixture Desk", "publisher: Fixture Desk\ncards: false");
        var painter = new CountingPainter();
        var result = new Site(site.Options with { CardPainter = painter }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, painter.Count);
        Assert.False(Directory.Exists(Path.Combine(site.Output, ShareCard.Folder)));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Null(Meta(home, "og:image"));
        Assert.Equal("summary", Meta(home, "twitter:card", "name"));
    }

    [Fact]
    public void AnImageTheEditorChoseWinsOverTheCard()
    {
        using var site = TempSite.FromFixture();
        File.WriteAllBytes(site.Path("content/people/maria.png"), TinyImages.Png(1200, 630));
        site.Replace("content/people/maria-lopez.md", "name:", "image: maria.png\nname:");
        var built = BuiltSite.Render(site.Options);

        Assert.Matches("^https://news.example/harbour/people/maria\\.[0-9a-f]+\\.png$", Meta(built.Document("people/maria-lopez/index.html"), "og:image"));
        Assert.StartsWith("https://news.example/harbour/cards/", Meta(built.Document("people/index.html"), "og:image"));
        // The person's card is not drawn at all: no page names it.
        Assert.DoesNotContain(built.Files.Keys, p => p.StartsWith("cards/", StringComparison.Ordinal) && built.Pages.All(page => !built.Text(page).Contains(p, StringComparison.Ordinal)));
    }

    private sealed class MissingNativeLibrary : IShareCardPainter
    {
        public byte[] Paint(ShareCard card) => throw new DllNotFoundException("Unable to load shared library 'libSkiaSharp' or one of its dependencies. More detail.");
    }

    [Fact]
    public void AMissingNativeLibraryFailsTheBuildWithSG5901AtSiteYamlAndKeepsTheLastGoodSite()
    {
        using var site = TempSite.FromFixture();
        Assert.True(new Site(site.Options).Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        site.Replace("content/pages/about.md", "title: About", "title: About this site");

        var result = new Site(site.Options with { CardPainter = new MissingNativeLibrary() }).Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(SiteGen.Diagnostics.DiagnosticCodes.ShareCardsUnavailable, error.Code);
        Assert.Equal("content/site.yaml:1:1", error.Span.ToString());
        Assert.Contains("cards: false", error.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    private static string? Meta(IHtmlDocument document, string name, string attribute = "property") =>
        document.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    /// <summary>The width and height a PNG's header gives.</summary>
    internal static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a }), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
