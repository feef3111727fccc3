using SiteGen.Content;
using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Committed content that nobody edited is exactly what ingest produces from seeds/, so re-running ingest leaves git status clean.</summary>
public sealed class ReproductionTests
{
    [Fact]
    public void ReproducesEveryUneditedCommittedFileByteForByte()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        var result = IngestRunner.Run(new IngestOptions(IngestTestSupport.SeedsDir, content), IngestTestSupport.RepositoryRoot);
        Assert.False(result.SkippedSeeds);

        var committed = Directory.GetFiles(IngestTestSupport.ContentDir, "*.md", SearchOption.AllDirectories)
            .Where(f => ContentWriter.IsUntouched(File.ReadAllBytes(f)))
            .ToList();
        Assert.NotEmpty(committed);
        foreach (var file in committed)
        {
            var relative = Path.GetRelativePath(IngestTestSupport.ContentDir, file);
            var generated = Path.Combine(content, relative);
            Assert.True(File.Exists(generated), $"ingest no longer generates {relative}");
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(generated)), $"{relative} differs from what ingest generates now");
        }
    }

    [Fact]
    public void ReingestingTheRepositoryChangesNothing()
    {
        using var temp = new TempFolder();
        var copy = temp.Combine("content");
        foreach (var file in Directory.GetFiles(IngestTestSupport.ContentDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(IngestTestSupport.ContentDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var result = IngestRunner.Run(new IngestOptions(IngestTestSupport.SeedsDir, copy), IngestTestSupport.RepositoryRoot);
        Assert.All(result.Files, f => Assert.True(f.Action is WriteAction.Unchanged or WriteAction.Kept, $"{f.RelativePath}: {f.Action}"));
    }

    [Fact]
    public void GeneratedContentLoadsWithoutProblems()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        IngestRunner.Run(new IngestOptions(IngestTestSupport.SeedsDir, content), IngestTestSupport.RepositoryRoot);
        // site.yaml and _index.md are the lead's hand-written files; stand-ins let the loader run.
        temp.Write("content/site.yaml", "title: Test\nbase_url: https://example.org/\n");
        temp.Write("content/_index.md", "---\ntitle: Test\n---\n");

        var loaded = SiteLoader.Load(content, displayRoot: temp.Path, checks: SiteGen.Checking.ContentChecks.All);
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, loaded.Content.Articles.Length);
        foreach (var article in loaded.Content.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                var paragraph = article.Paragraphs[quote.Source.Paragraph - 1].TextIn(loaded.Bodies.Read(article));
                Assert.Contains(quote.Text, paragraph, StringComparison.Ordinal);
            }
        }
        Assert.All(loaded.Content.Events, e => Assert.NotEmpty(e.Sources));
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        using var temp = new TempFolder();
        IngestRunner.Run(new IngestOptions(IngestTestSupport.SeedsDir, temp.Combine("a")), IngestTestSupport.RepositoryRoot);
        IngestRunner.Run(new IngestOptions(IngestTestSupport.SeedsDir, temp.Combine("b")), IngestTestSupport.RepositoryRoot);
        var a = Directory.GetFiles(temp.Combine("a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("a"), f)).Order(StringComparer.Ordinal).ToList();
        var b = Directory.GetFiles(temp.Combine("b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("b"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(a, b);
        foreach (var file in a)
        {
            var bytes = File.ReadAllBytes(temp.Combine("a", file));
            Assert.Equal(bytes, File.ReadAllBytes(temp.Combine("b", file)));
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }
}
