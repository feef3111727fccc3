using CsCheck;
using SiteGen.Content;
using SiteGen.Tests.Support;
using IngestSlug = SiteGen.Ingest.Slug;

namespace SiteGen.Tests.Content;

/// <summary>Whatever a title holds, its slug is a file and folder name that is safe on every system the site is checked out or copied to.</summary>
public sealed class SlugifierPropertyTests
{
    /// <summary>Titles made of names, device names, dots, hostile characters and noise, joined by separators slugs split on.</summary>
    private static readonly Gen<string> Titles = Gen.Select(
        Gen.OneOf(
            TextGen.Names, TextGen.Hostile, TextGen.Noise,
            Gen.OneOf("Con", "con", "AUX", "Nul.", "prn", "com1", "COM9", "lpt1", "Lpt0", "com", "lpt10", "con-1", ".", "..", "...", "-", "--", "'", "’s"),
            Gen.OneOf("Élysée", "Łódź", "Straße", "Ærø", "Nguyễn", "Zoe\u0308", "İstanbul", "Ωmega", "Путин", "北京")).Array[0, 6],
        Gen.OneOf(" ", "-", "", ".", "/", "\\", " – ", "\t", "\0"),
        (pieces, separator) => string.Join(separator, pieces));

    [Fact]
    public void SlugIsEmptyOrASafePathSegment()
    {
        Gen.Select(Titles, Gen.Int[1, 90], Gen.Int[1, 8]).Sample((title, maxLength, maxWords) =>
        {
            var slug = Slugifier.Slugify(title, maxLength, maxWords);
            Assert.True(slug.Length == 0 || IsSafePathSegment(slug), $"unsafe slug '{slug}'");
            // A device name gets a two-character suffix, which may take it just past the limit.
            Assert.True(slug.Length <= maxLength + 2, $"'{slug}' is longer than {maxLength}");
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void SlugIsTheSameForTheSameTitle()
    {
        Titles.Sample(title => Assert.Equal(Slugifier.Slugify(title), Slugifier.Slugify(title)), iter: TextGen.Iterations);
    }

    [Fact]
    public void IngestFileNameIsAlwaysASafePathSegment()
    {
        Gen.Select(Titles, Gen.Int[1, 8]).Sample((title, maxWords) =>
        {
            var slug = IngestSlug.From(title, maxWords);
            Assert.True(IsSafePathSegment(slug), $"unsafe ingest slug '{slug}' from '{title}'");
            Assert.Equal(slug, IngestSlug.From(title, maxWords));
        }, iter: TextGen.Iterations);
    }

    [Theory]
    [InlineData("Con", "con-1")]
    [InlineData("AUX", "aux-1")]
    [InlineData("nul.", "nul-1")]
    [InlineData("Prn", "prn-1")]
    [InlineData("COM1", "com1-1")]
    [InlineData("lpt9", "lpt9-1")]
    [InlineData("Con Air", "con-air")]
    [InlineData("com10", "com10")]
    public void SuffixesWindowsDeviceNames(string title, string expected) => Assert.Equal(expected, Slugifier.Slugify(title));

    [Fact]
    public void SuffixesADeviceNameLeftAfterCuttingToOneWord() => Assert.Equal("con-1", IngestSlug.From("Con Air", maxWords: 1));

    /// <summary>Non-empty, only a-z 0-9 and single inner hyphens (so never '.', '..' or a hidden file), and no Windows device name.</summary>
    private static bool IsSafePathSegment(string slug) =>
        slug.Length > 0
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal)
        && slug is not ("." or "..")
        && !IsDeviceName(slug)
        && SiteLoader.IsValidSlug(slug);

    /// <summary>Written out here rather than calling the slugger's own check, so a mistake there cannot hide itself.</summary>
    private static bool IsDeviceName(string slug) =>
        slug is "con" or "prn" or "aux" or "nul"
            or "com0" or "com1" or "com2" or "com3" or "com4" or "com5" or "com6" or "com7" or "com8" or "com9"
            or "lpt0" or "lpt1" or "lpt2" or "lpt3" or "lpt4" or "lpt5" or "lpt6" or "lpt7" or "lpt8" or "lpt9";
}
