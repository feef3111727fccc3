using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace SiteGen.Rendering.Cards;

/// <summary>Draws a share card as PNG bytes. An interface so a test can count what a build draws.</summary>
public interface IShareCardPainter
{
    byte[] Paint(ShareCard card);
}

/// <summary>
/// Draws a <see cref="ShareCard"/> at 1200 × 630 with Skia, its text shaped by HarfBuzz in the DejaVu Sans embedded
/// in the program (no system font is ever looked up, so a card is the same bytes on any machine). Nothing native is
/// loaded until the first card is drawn: a build whose cards are all kept never loads Skia.
/// </summary>
public sealed class ShareCardPainter : IShareCardPainter
{
    /// <summary>Part of every card's key: change it whenever a change here draws any card differently.</summary>
    public const string Version = "card-1";

    public static readonly ShareCardPainter Instance = new();

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Typefaces = new(() => (Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));

    // The site's own colours (templates/assets/style.css, light mode).
    private static readonly SKColor Background = new(0xfd, 0xfc, 0xf9);
    private static readonly SKColor Ink = new(0x1c, 0x1c, 0x1c);
    private static readonly SKColor Muted = new(0x54, 0x54, 0x54);
    private static readonly SKColor Rule = new(0xd9, 0xd4, 0xc7);
    private static readonly SKColor Accent = new(0x0b, 0x53, 0x94);

    private const float Left = 96;
    private const float TextWidth = ShareCard.Width - Left - 80;

    public byte[] Paint(ShareCard card)
    {
        var (regular, bold) = Typefaces.Value;
        using var bitmap = new SKBitmap(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Background);
            using var fill = new SKPaint { IsAntialias = true };
            fill.Color = Accent;
            canvas.DrawRect(0, 0, 24, ShareCard.Height, fill);

            using var regularShaper = new SKShaper(regular);
            using var boldShaper = new SKShaper(bold);

            // The kind, small capitals in the accent colour, above the title.
            var y = 118f;
            using (var kindFont = FontOf(bold, 30))
            {
                fill.Color = Accent;
                Draw(canvas, boldShaper, kindFont, fill, CardTextLayout.Clean(card.Kind).ToUpperInvariant(), Left, ref y, 1, 40);
            }

            // The title: as large as lets it fit in three lines, down to a size that fits four, then cut.
            y += 28;
            var title = CardTextLayout.Clean(card.Title);
            var titleLines = 0;
            foreach (var (size, lines) in new[] { (72f, 3), (60f, 4) })
            {
                using var font = FontOf(bold, size);
                var laidOut = CardTextLayout.Lines(title, TextWidth, lines, s => Measure(boldShaper, font, s));
                var fits = laidOut.Count == 0 || !laidOut[^1].EndsWith(CardTextLayout.Ellipsis, StringComparison.Ordinal) || size == 60f;
                if (!fits) continue;
                fill.Color = Ink;
                y += size * 0.95f;
                titleLines = laidOut.Count;
                foreach (var line in laidOut)
                {
                    canvas.DrawShapedText(boldShaper, line, Left, y, SKTextAlign.Left, font, fill);
                    y += size * 1.18f;
                }
                y -= size * 1.18f;
                break;
            }

            // The detail (a role, a date and status): two lines under a title of up to three, one under four.
            if (card.Detail is { } detail)
            {
                y += 64;
                using var detailFont = FontOf(regular, 34);
                fill.Color = Muted;
                Draw(canvas, regularShaper, detailFont, fill, CardTextLayout.Clean(detail), Left, ref y, titleLines >= 4 ? 1 : 2, 44);
            }

            // The site's name at the foot, under a rule.
            fill.Color = Rule;
            canvas.DrawRect(Left, 522, TextWidth, 2, fill);
            var footY = 580f;
            using var siteFont = FontOf(bold, 32);
            fill.Color = Ink;
            Draw(canvas, boldShaper, siteFont, fill, CardTextLayout.Clean(card.SiteName), Left, ref footY, 1, 40);
        }
        using var pixmap = bitmap.PeekPixels() ?? throw new InvalidOperationException("a share card's pixels could not be read");
        // Encoding is most of a card's cost. Unfiltered at zlib level 3 (opaque RGB, no alpha): about 8 ms and 70 KB a card,
        // against 18 ms and 59 KB at level 6 and 24-29 ms with every row filter tried, whose files are larger still.
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 3))
            ?? throw new InvalidOperationException("a share card could not be encoded as PNG");
        return data.ToArray();
    }

    /// <summary>Draws text in up to <paramref name="maxLines"/> lines from the baseline <paramref name="y"/>, leaving it at the last line's baseline.</summary>
    private static void Draw(SKCanvas canvas, SKShaper shaper, SKFont font, SKPaint paint, string text, float x, ref float y, int maxLines, float lineHeight)
    {
        var lines = CardTextLayout.Lines(text, TextWidth, maxLines, s => Measure(shaper, font, s));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) y += lineHeight;
            canvas.DrawShapedText(shaper, lines[i], x, y, SKTextAlign.Left, font, paint);
        }
    }

    private static float Measure(SKShaper shaper, SKFont font, string text) => shaper.Shape(text, font).Width;

    private static SKFont FontOf(SKTypeface typeface, float size) => new(typeface, size)
    {
        // No hinting and no subpixel placement that could depend on the host: the outlines alone decide the pixels.
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
        Subpixel = true,
        LinearMetrics = true,
    };

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ShareCardPainter).Assembly.GetManifestResourceStream("SiteGen.Rendering.Cards.Fonts." + file)
            ?? throw new InvalidOperationException($"the embedded font {file} is missing from the program");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"the embedded font {file} could not be read");
    }
}
