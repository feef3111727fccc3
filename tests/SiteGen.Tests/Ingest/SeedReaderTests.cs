using System.Text;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Unusable seeds are skipped with one line naming the file and the reason; the other seeds are still ingested and the run fails.</summary>
[Collection("Console")]
public sealed class SeedReaderTests
{
    private const string GoodSeed = "Foreign Minister Anna Berg arrived in Geneva on June 3, 2025.\n\"We are ready to talk,\" Berg said.\n";

    public static TheoryData<string, string, string> BadSeeds => new()
    {
        { "not-utf8", DiagnosticCodes.SeedNotUtf8, "not UTF-8" },
        { "empty", DiagnosticCodes.SeedEmpty, "empty" },
        { "whitespace", DiagnosticCodes.SeedEmpty, "empty" },
        { "binary", DiagnosticCodes.SeedBinary, "binary" },
        { "utf16-without-bom", DiagnosticCodes.SeedUtf16, "UTF-16" },
        { "utf16-with-bom", DiagnosticCodes.SeedUtf16, "UTF-16" },
        { "huge", DiagnosticCodes.SeedTooLarge, "too large" },
        { "sentence-free", DiagnosticCodes.SeedNoSentences, "no sentences" },
    };

    private static void WriteBadSeed(string path, string kind)
    {
        switch (kind)
        {
            case "not-utf8":
                File.WriteAllBytes(path, [.. Encoding.Latin1.GetBytes("Der Minister sagte, die Gespr\u00E4che seien gut verlaufen. Er war zufrieden.")]);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "whitespace":
                File.WriteAllText(path, " \n\r\n\t\n");
                break;
            case "binary":
                File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
                break;
            case "huge":
                // 50 MB of text, written once in the temp folder.
                using (var stream = File.Create(path))
                {
                    var line = Encoding.UTF8.GetBytes("The ministers met in Oslo to discuss the treaty again and again.\n");
                    for (long written = 0; written < 50L * 1024 * 1024; written += line.Length) stream.Write(line);
                }
                break;
            case "utf16-without-bom":
                File.WriteAllBytes(path, Encoding.Unicode.GetBytes(GoodSeed));
                break;
            case "utf16-with-bom":
                File.WriteAllBytes(path, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(GoodSeed)]);
                break;
            case "sentence-free":
                File.WriteAllText(path, "Home\nWorld\nSports\nWeather\n2025\n");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public void SkipsBadSeedWithOneClearLine(string kind, string code, string reason)
    {
        using var temp = new TempFolder();
        temp.Write("seeds/a-good.txt", GoodSeed);
        WriteBadSeed(temp.Combine("seeds", "b-bad.txt"), kind);
        temp.Write("seeds/c-good.txt", GoodSeed.Replace("Anna Berg", "Ola Nordmann", StringComparison.Ordinal).Replace("Berg said", "Nordmann said", StringComparison.Ordinal));

        var result = IngestRunner.Run(new IngestOptions(temp.Combine("seeds"), temp.Combine("content")), temp.Path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("seeds/b-bad.txt", diagnostic.Span.Path);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.ToDisplayString());
        Assert.True(result.SkippedSeeds);
        Assert.Equal(["a-good.txt", "c-good.txt"], result.Extraction.Articles.Select(a => a.Seed));
        Assert.True(File.Exists(temp.Combine("content", "articles", "a-good.md")));
        Assert.True(File.Exists(temp.Combine("content", "articles", "c-good.md")));
    }

    [Theory]
    [InlineData("not-utf8")]
    [InlineData("binary")]
    [InlineData("utf16-without-bom")]
    [InlineData("huge")]
    public void ASeedFailsTheSiteFileRulesInTheSameWordsUnderItsOwnCode(string kind)
    {
        using var temp = new TempFolder();
        var path = temp.Combine("bad.txt");
        WriteBadSeed(path, kind);
        var asSiteFile = new DiagnosticBag();
        var asSeed = new DiagnosticBag();

        Assert.Null(SiteGen.Content.SiteFileReader.ReadText(path, root: null, "bad.txt", asSiteFile));
        Assert.Null(SeedReader.Read(path, "bad.txt", asSeed));

        var site = Assert.Single(asSiteFile.ToImmutable());
        var seed = Assert.Single(asSeed.ToImmutable());
        Assert.StartsWith("SG13", site.Code, StringComparison.Ordinal);
        Assert.StartsWith("SG30", seed.Code, StringComparison.Ordinal);
        Assert.Equal("skipped: " + site.Message, seed.Message);
    }

    [Fact]
    public void IngestVerbExitsNonZeroWhenASeedWasSkipped()
    {
        using var temp = new TempFolder();
        temp.Write("seeds/a-good.txt", GoodSeed);
        File.WriteAllBytes(temp.Combine("seeds", "b-empty.txt"), []);
        var exit = CommandLine.Create().Parse(["ingest", "--seeds", temp.Combine("seeds"), "--content", temp.Combine("content")]).Invoke();
        Assert.Equal(1, exit);
        Assert.True(File.Exists(temp.Combine("content", "articles", "a-good.md")));
    }

    [Fact]
    public void IngestVerbExitsZeroOnGoodSeeds()
    {
        using var temp = new TempFolder();
        temp.Write("seeds/a-good.txt", GoodSeed);
        var exit = CommandLine.Create().Parse(["ingest", "--seeds", temp.Combine("seeds"), "--content", temp.Combine("content")]).Invoke();
        Assert.Equal(0, exit);
    }
}
