using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Small images of a chosen size, made as bytes in the test so no binary file is committed. The PNG is a whole image a
/// browser shows (one flat colour); the others carry just the header a size is read from, as the format lays it out.
/// </summary>
public static class TinyImages
{
    /// <summary>A complete PNG of one colour (RGB), which browsers decode.</summary>
    public static byte[] Png(int width, int height, byte red = 0x1f, byte green = 0x5f, byte blue = 0x8f)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(0), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(stream, "IHDR", header);
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++) (raw[row + 1 + x * 3], raw[row + 2 + x * 3], raw[row + 3 + x * 3]) = (red, green, blue);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
        Chunk(stream, "IDAT", compressed.ToArray());
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    public static byte[] Gif(int width, int height)
    {
        var bytes = new byte[13];
        "GIF89a"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)height);
        return bytes;
    }

    /// <summary>SOI, a JFIF APP0 segment, one more segment to step over, then a baseline frame header (SOF0) with the size.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange([0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        bytes.AddRange([0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00]);
        bytes.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    /// <summary>An extended WebP (VP8X chunk), as images with alpha or animation are written.</summary>
    public static byte[] WebPExtended(int width, int height)
    {
        var chunk = new byte[10];
        WriteUInt24(chunk.AsSpan(4), width - 1);
        WriteUInt24(chunk.AsSpan(7), height - 1);
        return Riff("VP8X", chunk);
    }

    /// <summary>A lossless WebP (VP8L chunk): a signature byte, then width-1 and height-1 in 14 bits each.</summary>
    public static byte[] WebPLossless(int width, int height)
    {
        var chunk = new byte[5];
        chunk[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(1), (uint)((width - 1) | (height - 1) << 14));
        return Riff("VP8L", chunk);
    }

    /// <summary>A lossy WebP (VP8 chunk): a frame tag, the start code 9D 01 2A, then width and height in 14 bits each.</summary>
    public static byte[] WebPLossy(int width, int height)
    {
        var chunk = new byte[10];
        (chunk[3], chunk[4], chunk[5]) = (0x9D, 0x01, 0x2A);
        BinaryPrimitives.WriteUInt16LittleEndian(chunk.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(chunk.AsSpan(8), (ushort)height);
        return Riff("VP8 ", chunk);
    }

    /// <summary>An AVIF's boxes down to the size: ftyp, then meta (a full box) → hdlr, iprp → ipco → ispe.</summary>
    public static byte[] Avif(int width, int height)
    {
        var ispe = new byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(ispe.AsSpan(4), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ispe.AsSpan(8), (uint)height);
        var hdlr = Box("hdlr", [0, 0, 0, 0, 0, 0, 0, 0, .. "pict"u8.ToArray(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var meta = Box("meta", [0, 0, 0, 0, .. hdlr, .. Box("iprp", Box("ipco", Box("ispe", ispe)))]);
        return [.. Box("ftyp", [.. "avif"u8.ToArray(), 0, 0, 0, 0, .. "avifmif1"u8.ToArray()]), .. meta];
    }

    public static byte[] Svg(string attributes) =>
        Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"10\" height=\"10\" fill=\"#1f5f8f\"/></svg>\n");

    private static byte[] Box(string type, byte[] content)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        content.CopyTo(box, 8);
        return box;
    }

    private static byte[] Riff(string chunkType, byte[] chunk)
    {
        var bytes = new byte[20 + chunk.Length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        "WEBP"u8.CopyTo(bytes.AsSpan(8));
        Encoding.ASCII.GetBytes(chunkType).CopyTo(bytes, 12);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), (uint)chunk.Length);
        chunk.CopyTo(bytes, 20);
        return bytes;
    }

    private static void WriteUInt24(Span<byte> to, int value) => (to[0], to[1], to[2]) = ((byte)value, (byte)(value >> 8), (byte)(value >> 16));

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        stream.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        stream.Write(crc);
    }

    // PNG's CRC-32 (ISO-HDLC); System.IO.Hashing is a package, and browsers refuse a PNG whose chunks fail it.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
