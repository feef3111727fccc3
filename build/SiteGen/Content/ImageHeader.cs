using System.Buffers.Binary;

namespace SiteGen.Content;

/// <summary>The image formats content/ may hold; each is copied to the site with a fingerprinted name.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Avif,
    Svg,
}

/// <summary>The file extensions of each <see cref="ImageFormat"/>, and which ones social networks show as a card.</summary>
public static class ImageFormats
{
    public static ImageFormat? OfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".gif" => ImageFormat.Gif,
        ".webp" => ImageFormat.WebP,
        ".avif" => ImageFormat.Avif,
        ".svg" => ImageFormat.Svg,
        _ => null,
    };

    /// <summary>Facebook, X, LinkedIn and Mastodon all show PNG, JPEG, GIF and WebP cards; SVG and AVIF cards show as nothing.</summary>
    public static bool ShownInSocialCards(ImageFormat format) => format is not (ImageFormat.Svg or ImageFormat.Avif);

    public static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Png => "PNG",
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Gif => "GIF",
        ImageFormat.WebP => "WebP",
        ImageFormat.Avif => "AVIF",
        _ => "SVG",
    };
}

/// <summary>What an image file's header says: its size in CSS pixels (null for an SVG that gives none), or why it cannot be used.</summary>
public sealed record ImageHeader(int? Width, int? Height, string? Problem = null, bool Fatal = false)
{
    /// <summary>Where in the file the problem is, when the format has lines (an SVG's part not on its list).</summary>
    public int Line { get; init; } = 1;

    public int Column { get; init; } = 1;

    private static ImageHeader Broken(string problem) => new(null, null, problem, Fatal: true);

    /// <summary>
    /// Reads width and height from the first bytes of an image. A few dozen lines per format instead of a package:
    /// ImageSharp is large and licensed per company, MetadataExtractor reads every Exif tag and brings XmpCore, and
    /// neither is marked AOT-compatible; the build needs two numbers from six well-specified headers.
    /// </summary>
    public static ImageHeader Read(ReadOnlySpan<byte> bytes, ImageFormat format)
    {
        try
        {
            return format switch
            {
                ImageFormat.Png => Png(bytes),
                ImageFormat.Jpeg => Jpeg(bytes),
                ImageFormat.Gif => Gif(bytes),
                ImageFormat.WebP => WebP(bytes),
                ImageFormat.Avif => Avif(bytes),
                _ => SvgImage.Read(bytes.ToArray()),
            };
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // A header cut short reads past the end of the span (slicing throws one, indexing the other): the file is truncated, not a crash.
            return Broken($"the file is not a readable {ImageFormats.Name(format)} image: its header is cut short");
        }
    }

    /// <summary>The raster format a file's first bytes announce, whatever its name says; null when none.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? ImageFormat.Png
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ImageFormat.Jpeg
        : b.StartsWith("GIF8"u8) ? ImageFormat.Gif
        : b.Length >= 12 && b.StartsWith("RIFF"u8) && b.Slice(8, 4).SequenceEqual("WEBP"u8) ? ImageFormat.WebP
        : b.Length >= 12 && b.Slice(4, 4).SequenceEqual("ftyp"u8) && b.Slice(8, 4).SequenceEqual("avif"u8) ? ImageFormat.Avif
        : null;

    private static ImageHeader NotA(ImageFormat format) => Broken($"the file is not a {ImageFormats.Name(format)} image: its first bytes are not a {ImageFormats.Name(format)} header");

    private static ImageHeader Sized(long width, long height, ImageFormat format) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            ? new ImageHeader((int)width, (int)height)
            : Broken($"the {ImageFormats.Name(format)} header gives an impossible size ({width} × {height})");

    private static ImageHeader Png(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 8 || !b[..8].SequenceEqual(signature)) return NotA(ImageFormat.Png);
        // The first chunk is always IHDR: width and height as big-endian 32-bit numbers.
        if (!b.Slice(12, 4).SequenceEqual("IHDR"u8)) return NotA(ImageFormat.Png);
        return Sized(BinaryPrimitives.ReadUInt32BigEndian(b.Slice(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(b.Slice(20, 4)), ImageFormat.Png);
    }

    private static ImageHeader Gif(ReadOnlySpan<byte> b)
    {
        if (b.Length < 10 || !(b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8))) return NotA(ImageFormat.Gif);
        return Sized(BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(6, 2)), BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(8, 2)), ImageFormat.Gif);
    }

    private static ImageHeader Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return NotA(ImageFormat.Jpeg);
        // Walk the marker segments to the first start-of-frame (SOF0-SOF15 but DHT C4, JPG C8 and DAC CC), which holds the size.
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return Broken("the JPEG file is damaged: a marker segment is not where its predecessor's length says");
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) { i += 2; continue; }
            if (marker == 0xD9 || marker == 0xDA) break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.Slice(i + 2, 2));
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return Sized(BinaryPrimitives.ReadUInt16BigEndian(b.Slice(i + 7, 2)), BinaryPrimitives.ReadUInt16BigEndian(b.Slice(i + 5, 2)), ImageFormat.Jpeg);
            if (length < 2) return Broken("the JPEG file is damaged: a marker segment has an impossible length");
            i += 2 + length;
        }
        return Broken("the JPEG file has no frame header (SOF) before its image data, so its size is unknown");
    }

    private static ImageHeader WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 16 || !b[..4].SequenceEqual("RIFF"u8) || !b.Slice(8, 4).SequenceEqual("WEBP"u8)) return NotA(ImageFormat.WebP);
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
            return Sized(1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16), ImageFormat.WebP);
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b[20] != 0x2F) return Broken("the WebP file is damaged: its lossless header lacks its signature byte");
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b.Slice(21, 4));
            return Sized(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF), ImageFormat.WebP);
        }
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A) return Broken("the WebP file is damaged: its lossy frame lacks its start code");
            return Sized(BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(26, 2)) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(28, 2)) & 0x3FFF, ImageFormat.WebP);
        }
        return Broken("the WebP file holds no VP8, VP8L or VP8X chunk first, so its size is unknown");
    }

    /// <summary>AVIF is an ISO media file: the size is in the 'ispe' property of meta → iprp → ipco.</summary>
    private static ImageHeader Avif(ReadOnlySpan<byte> b)
    {
        if (b.Length < 12 || !b.Slice(4, 4).SequenceEqual("ftyp"u8)) return NotA(ImageFormat.Avif);
        var meta = FindBox(b, "meta"u8, 0);
        // 'meta' is a full box: four bytes of version and flags come before its children.
        var iprp = meta is { } m ? FindBox(b.Slice(m.Start + 4, m.Length - 4), "iprp"u8, 0) is { } p ? (m.Start + 4 + p.Start, p.Length) : ((int, int)?)null : null;
        var ipco = iprp is { } r ? FindBox(b.Slice(r.Item1, r.Item2), "ipco"u8, 0) is { } c ? (r.Item1 + c.Start, c.Length) : ((int, int)?)null : null;
        var ispe = ipco is { } o ? FindBox(b.Slice(o.Item1, o.Item2), "ispe"u8, 0) is { } s ? (o.Item1 + s.Start, s.Length) : ((int, int)?)null : null;
        if (ispe is not { } e || e.Item2 < 12) return Broken("the AVIF file has no image size property (ispe), so its size is unknown");
        return Sized(BinaryPrimitives.ReadUInt32BigEndian(b.Slice(e.Item1 + 4, 4)), BinaryPrimitives.ReadUInt32BigEndian(b.Slice(e.Item1 + 8, 4)), ImageFormat.Avif);
    }

    /// <summary>The content (after the 8-byte header) of the first box of a type at one level, as offset and length within <paramref name="b"/>.</summary>
    private static (int Start, int Length)? FindBox(ReadOnlySpan<byte> b, ReadOnlySpan<byte> type, int from)
    {
        var i = from;
        while (i + 8 <= b.Length)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(b.Slice(i, 4));
            var header = 8;
            if (size == 1)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(b.Slice(i + 8, 8));
                header = 16;
            }
            else if (size == 0) size = b.Length - i;
            if (size < header || i + size > b.Length) return null;
            if (b.Slice(i + 4, 4).SequenceEqual(type)) return (i + header, (int)size - header);
            i += (int)size;
        }
        return null;
    }
}
