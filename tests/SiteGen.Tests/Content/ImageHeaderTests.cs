using System.Text;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Width and height come from each format's own header; a damaged or mislabelled file is a reason, never an exception.</summary>
public sealed class ImageHeaderTests
{
    public static TheoryData<string, ImageFormat, byte[], int, int> Sized() => new()
    {
        { "png", ImageFormat.Png, TinyImages.Png(37, 11), 37, 11 },
        { "gif", ImageFormat.Gif, TinyImages.Gif(300, 2), 300, 2 },
        { "jpeg", ImageFormat.Jpeg, TinyImages.Jpeg(1200, 630), 1200, 630 },
        { "webp extended", ImageFormat.WebP, TinyImages.WebPExtended(5000, 3), 5000, 3 },
        { "webp lossless", ImageFormat.WebP, TinyImages.WebPLossless(640, 480), 640, 480 },
        { "webp lossy", ImageFormat.WebP, TinyImages.WebPLossy(321, 123), 321, 123 },
        { "avif", ImageFormat.Avif, TinyImages.Avif(800, 450), 800, 450 },
        { "svg width and height", ImageFormat.Svg, TinyImages.Svg("width=\"120\" height=\"80px\""), 120, 80 },
        { "svg viewBox", ImageFormat.Svg, TinyImages.Svg("viewBox=\"0 0 64.4 48\""), 64, 48 },
        { "svg percent width uses viewBox", ImageFormat.Svg, TinyImages.Svg("width=\"100%\" viewBox=\"0,0,30,20\""), 30, 20 },
    };

    [Theory]
    [MemberData(nameof(Sized))]
    public void ReadsWidthAndHeight(string name, ImageFormat format, byte[] bytes, int width, int height)
    {
        var header = ImageHeader.Read(bytes, format);
        Assert.True(header.Problem is null, $"{name}: {header.Problem}");
        Assert.Equal((width, height), (header.Width, header.Height));
    }

    public static TheoryData<string, ImageFormat, byte[], string> Refused() => new()
    {
        { "text named .png", ImageFormat.Png, Encoding.UTF8.GetBytes("not a picture at all\n"), "the file is not a PNG image: its first bytes are not a PNG header" },
        { "png cut short", ImageFormat.Png, TinyImages.Png(4, 4)[..18], "the file is not a readable PNG image: its header is cut short" },
        { "png named .jpg", ImageFormat.Jpeg, TinyImages.Png(4, 4), "the file is not a JPEG image: its first bytes are not a JPEG header" },
        { "jpeg without frame", ImageFormat.Jpeg, [0xFF, 0xD8, 0xFF, 0xD9], "the JPEG file has no frame header (SOF) before its image data, so its size is unknown" },
        { "jpeg cut in a segment", ImageFormat.Jpeg, TinyImages.Jpeg(10, 10)[..30], "the file is not a readable JPEG image: its header is cut short" },
        { "gif zero size", ImageFormat.Gif, TinyImages.Gif(0, 5), "the GIF header gives an impossible size (0 × 5)" },
        { "webp without size chunk", ImageFormat.WebP, [.. "RIFF"u8.ToArray(), 8, 0, 0, 0, .. "WEBPJUNK"u8.ToArray()], "the WebP file holds no VP8, VP8L or VP8X chunk first, so its size is unknown" },
        { "avif without ispe", ImageFormat.Avif, TinyImages.Avif(4, 4)[..40], "the AVIF file has no image size property (ispe), so its size is unknown" },
        { "svg with script", ImageFormat.Svg, Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><script>alert(1)</script></svg>"), "the SVG holds the element <script>, which SiteGen does not publish: SiteGen publishes no script or embedded page from content; remove it" },
        { "svg with handler", ImageFormat.Svg, TinyImages.Svg("viewBox=\"0 0 1 1\" onload=\"alert(1)\""), "the SVG has an event handler ('onload'); SiteGen publishes no script from content, so remove it" },
        { "svg with javascript link", ImageFormat.Svg, Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a></svg>"), "the SVG holds the element <a>, which SiteGen does not publish: it loads or links to another file" },
        { "html named .svg", ImageFormat.Svg, Encoding.UTF8.GetBytes("<html><body>hi</body></html>"), "the file is not an SVG image: its root element is not <svg>" },
        { "svg with a DTD", ImageFormat.Svg, Encoding.UTF8.GetBytes("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>"), "the file is not a readable SVG image:" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void NamesWhatIsWrongWithADamagedOrMislabelledFile(string name, ImageFormat format, byte[] bytes, string problem)
    {
        var header = ImageHeader.Read(bytes, format);
        Assert.True(header.Fatal, name);
        Assert.StartsWith(problem, header.Problem);
    }

    [Fact]
    public void AnSvgWithoutAnySizeIsUsableButSaysWhy()
    {
        var header = ImageHeader.Read(TinyImages.Svg("width=\"50%\""), ImageFormat.Svg);
        Assert.False(header.Fatal);
        Assert.Null(header.Width);
        Assert.Contains("add a viewBox", header.Problem);
    }

    [Fact]
    public void EveryPrefixOfAValidImageIsASizeOrAReasonNeverAnException()
    {
        foreach (var (format, bytes) in new[] { (ImageFormat.Png, TinyImages.Png(3, 3)), (ImageFormat.Jpeg, TinyImages.Jpeg(3, 3)), (ImageFormat.Gif, TinyImages.Gif(3, 3)), (ImageFormat.WebP, TinyImages.WebPExtended(3, 3)), (ImageFormat.Avif, TinyImages.Avif(3, 3)) })
        {
            for (var length = 0; length <= bytes.Length; length++)
            {
                var header = ImageHeader.Read(bytes[..length], format);
                Assert.True(header.Fatal ? header.Problem is not null : header.Width == 3, $"{format} cut at {length}");
            }
        }
    }
}
