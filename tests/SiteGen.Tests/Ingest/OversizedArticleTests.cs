using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Hostile input: a seed under the seed limit whose article would be over the limit a content file may be (one short quote
/// said a hundred thousand times makes front matter about eight times the seed). Ingest must never write a file the build
/// cannot load: the seed is refused at its path, the other seeds are ingested, and the content set still builds.
/// </summary>
public sealed class OversizedArticleTests
{
    private const string Head = "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga on Friday, August 15, 2025.\n\n";

    private const string Small = "Harbour towns meet\nPORT EXAMPLE (Fixture Wire) —\n\n"
        + "Mayor Jon Berg of Port Example met Mayor Ilse Varga of Northtown on Tuesday, June 3, 2025.\n\n"
        + "\"We have a lot of work ahead of us,\" Berg told reporters.\n";

    [Fact]
    public void ASeedWhoseArticleWouldBeTooLargeToBuildIsRefusedAtItsPathAndTheRestBuilds()
    {
        using var site = TempSite.Empty();
        TempSite.CopyDirectory(Repository.Templates, site.Templates);
        foreach (var file in new[] { "site.yaml", "_index.md" })
            site.Write($"content/{file}", File.ReadAllText(Path.Combine(Repository.ValidSite, "content", file)));
        // 720 KB of seed, well under the seed limit; its article would be about 5.8 MB.
        var run = Head + string.Concat(Enumerable.Repeat("\"x,\" Roe said, ", 48_000)) + "\n";
        Assert.True(run.Length < SiteFileReader.MaxTextBytes / 4);
        site.Write("seeds/quotes.txt", run);
        site.Write("seeds/harbour.txt", Small);

        var ingested = IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);

        var refusal = Assert.Single(ingested.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SeedArticleTooLarge, refusal.Code);
        Assert.Equal("seeds/quotes.txt", refusal.Span.Path);
        Assert.StartsWith("skipped: the article it makes (articles/quotes.md) would be ", refusal.Message, StringComparison.Ordinal);
        Assert.True(ingested.SkippedSeeds);
        Assert.False(File.Exists(site.Path("content/articles/quotes.md")), "the oversized article is not written");
        Assert.True(File.Exists(site.Path("content/articles/harbour.md")), "the other seed is ingested");
        Assert.All(Directory.GetFiles(site.Content, "*", SearchOption.AllDirectories), f => Assert.True(new FileInfo(f).Length <= SiteFileReader.MaxTextBytes, f));
        var build = new Site(site.Options).Render();
        Assert.True(build.Succeeded, "the content does not build:\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError).Take(10)));
    }

    [Fact]
    public void AGeneratedFileKnowsItsSizeBeforeItIsWritten()
    {
        var extraction = IngestTestSupport.Extract(Head + string.Concat(Enumerable.Repeat("\"x,\" Roe said, ", 200)) + "\n", Small);

        Assert.All(ContentRenderer.Render(extraction), f => Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(f.Text), f.ByteCount));
    }
}
