using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Rendering.Cards;

/// <summary>
/// What a page's share card shows (the image behind og:image): its kind ("Person"), its title, one line of detail (a
/// person's role, an article's date and outlet), and the site's name. The card's file is named by a hash of exactly
/// these values and the painter's version, so a build renders a card only when what it shows changed.
/// </summary>
public sealed record ShareCard(string Kind, string Title, string? Detail, string SiteName)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The folder of output/ the cards are published in.</summary>
    public const string Folder = "cards";

    private UInt128? _key;

    /// <summary>A hash of what the card shows and of how it is drawn (<see cref="ShareCardPainter.Version"/>).</summary>
    public UInt128 Key => _key ??= KeyOf(this);

    /// <summary>Where the card is published, under output/: <c>cards/3f9a1c2b7d0e4a61.png</c>.</summary>
    public string PublishedPath => $"{Folder}/{(ulong)(Key >> 64):x16}.png";

    /// <summary>What the card says, for og:image:alt: its kind, title (unless it only repeats the kind), detail and site.</summary>
    public string Alt => string.Join(" · ", new[] { Kind, Title == Kind ? null : Title, Detail, SiteName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static UInt128 KeyOf(ShareCard card)
    {
        // The length-prefixed parts gathered and hashed once (the digest of feeding them in turn): one key per page.
        string?[] parts = [ShareCardPainter.Version, card.Kind, card.Title, card.Detail, card.SiteName];
        var size = 0;
        foreach (var part in parts) size += 4 + (part is null ? 0 : Encoding.UTF8.GetByteCount(part));
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
        var at = 0;
        foreach (var part in parts)
        {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ; null differs from "".
            var written = part is null ? 0 : Encoding.UTF8.GetBytes(part, buffer.AsSpan(at + 4));
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), part is null ? -1 : written);
            at += 4 + written;
        }
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer.AsSpan(0, at), digest);
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    public bool Equals(ShareCard? other) =>
        other is not null && Kind == other.Kind && Title == other.Title && Detail == other.Detail && SiteName == other.SiteName;

    public override int GetHashCode() => HashCode.Combine(Kind, Title, Detail, SiteName);
}
