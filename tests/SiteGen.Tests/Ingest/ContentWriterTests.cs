using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>Editors' work is never lost: untouched files follow the seeds, edited ones are kept and listed, --force backs up first, nothing is deleted.</summary>
public sealed class ContentWriterTests : IDisposable
{
    private const string Seed = "Foreign Minister Anna Berg arrived in Geneva on June 3, 2025.\n\"We are ready to talk,\" Berg said.\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IngestResult Ingest(bool force = false) =>
        IngestRunner.Run(new IngestOptions(_temp.Combine("seeds"), _temp.Combine("content"), force), _temp.Path);

    private string PersonFile => _temp.Combine("content", "people", "anna-berg.md");

    private static WriteAction ActionFor(IngestResult result, string relative) => Assert.Single(result.Files, f => f.RelativePath == relative).Action;

    [Fact]
    public void UpdatesUntouchedFile()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        _temp.Write("seeds/a.txt", Seed + "\"Nothing is settled yet,\" she added.\n");
        var result = Ingest();
        Assert.Equal(WriteAction.Updated, ActionFor(result, "articles/a.md"));
        Assert.Contains("Nothing is settled yet", File.ReadAllText(_temp.Combine("content", "articles", "a.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsEditedFileAndListsIt()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        var edited = File.ReadAllText(PersonFile).Replace("role: Foreign Minister", "role: Minister for Foreign Affairs", StringComparison.Ordinal);
        File.WriteAllText(PersonFile, edited);

        var result = Ingest();

        Assert.Equal(WriteAction.Kept, ActionFor(result, "people/anna-berg.md"));
        Assert.Equal(edited, File.ReadAllText(PersonFile));
    }

    [Fact]
    public void KeepsFileWithoutIngestLine()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        File.WriteAllText(PersonFile, "---\nname: Anna Berg\nkind: official\n---\nWritten by hand.\n");
        Assert.Equal(WriteAction.Kept, ActionFor(Ingest(), "people/anna-berg.md"));
        Assert.Contains("Written by hand.", File.ReadAllText(PersonFile), StringComparison.Ordinal);
    }

    [Fact]
    public void ForceWritesBackupBeforeOverwriting()
    {
        _temp.Write("seeds/a.txt", Seed);
        var original = Ingest();
        var generated = File.ReadAllText(PersonFile);
        File.WriteAllText(PersonFile, generated + "Edited body.\n");

        var result = Ingest(force: true);

        var outcome = Assert.Single(result.Files, f => f.RelativePath == "people/anna-berg.md");
        Assert.Equal(WriteAction.Overwritten, outcome.Action);
        Assert.Equal("people/anna-berg.md.bak-1", outcome.Backup);
        Assert.Equal(generated + "Edited body.\n", File.ReadAllText(PersonFile + ".bak-1"));
        Assert.Equal(generated, File.ReadAllText(PersonFile));
        Assert.NotEmpty(original.Files);
    }

    [Fact]
    public void NeverDeletes()
    {
        _temp.Write("seeds/a.txt", Seed);
        _temp.Write("seeds/b.txt", Seed.Replace("Anna Berg", "Ola Nordmann", StringComparison.Ordinal).Replace("Berg said", "Nordmann said", StringComparison.Ordinal));
        Ingest();
        _temp.Write("content/people/hand-written.md", "---\nname: Hand Written\n---\n");
        File.Delete(_temp.Combine("seeds", "b.txt"));

        Ingest();

        Assert.True(File.Exists(_temp.Combine("content", "articles", "b.md")));
        Assert.True(File.Exists(_temp.Combine("content", "people", "ola-nordmann.md")));
        Assert.True(File.Exists(_temp.Combine("content", "people", "hand-written.md")));
    }

    [Fact]
    public void NewSeedMergesIntoKnownPerson()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        _temp.Write("seeds/b.txt", "Berg returned to Geneva on June 10, 2025, for a second round.\n\"We are closer than ever,\" Berg said.\n");
        var result = Ingest();
        Assert.Equal(WriteAction.Created, ActionFor(result, "articles/b.md"));
        Assert.Contains("speaker: anna-berg", File.ReadAllText(_temp.Combine("content", "articles", "b.md")), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.RelativePath.StartsWith("people/berg", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondRunWritesNothing()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        var before = Directory.GetFiles(_temp.Combine("content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var result = Ingest();
        Assert.All(result.Files, f => Assert.Equal(WriteAction.Unchanged, f.Action));
        Assert.All(before, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
    }

    [Fact]
    public void LeavesNoTemporaryFiles()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        Assert.Empty(Directory.GetFiles(_temp.Combine("content"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void RemovesTheTemporaryFilesOfAKilledRun()
    {
        _temp.Write("seeds/a.txt", Seed);
        var dead = SiteGen.Tests.Support.SiteGenProcess.DeadProcessId();
        _temp.Write($"content/people/.anna-berg.md.{dead}.tmp", "---\nname: Anna");
        _temp.Write($"content/.x.md.{dead}.tmp", "half");
        var live = _temp.Write($"content/articles/.b.md.{Environment.ProcessId}.tmp", "another run's, still writing");
        _temp.Write("content/people/.notes.tmp", "not ingest's name");

        Ingest();

        Assert.Equal([live, _temp.Combine("content", "people", ".notes.tmp")], Directory.GetFiles(_temp.Combine("content"), "*.tmp", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ListsWhatItWroteInPathOrder()
    {
        // Files are written people first (a killed run must leave a set that builds), but reported in path order.
        _temp.Write("seeds/a.txt", Seed);
        var result = Ingest();
        Assert.Contains(result.Files, f => f.RelativePath.StartsWith("people/", StringComparison.Ordinal));
        Assert.Equal(result.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), result.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void IngestLineHashesTheRestOfTheFile()
    {
        _temp.Write("seeds/a.txt", Seed);
        Ingest();
        var bytes = File.ReadAllBytes(PersonFile);
        Assert.True(ContentWriter.IsUntouched(bytes));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.False(ContentWriter.IsUntouched(System.Text.Encoding.UTF8.GetBytes(text.Replace("kind: official", "kind: leader", StringComparison.Ordinal))));
    }
}

/// <summary>Names and seed files that read the same in ASCII still get their own files.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Viktor Orbán", "viktor-orban")]
    [InlineData("Ursula von der Leyen", "ursula-von-der-leyen")]
    [InlineData("U.S.–Russia talks", "u-s-russia-talks")]
    [InlineData("000_1df865b11904da75", "000-1df865b11904da75")]
    [InlineData("“¿?”", "item")]
    public void MakesSlugs(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.True(SiteGen.Content.SiteLoader.IsValidSlug(Slug.From(text)));
    }

    [Fact]
    public void KeepsOnlyTheFirstWordsOfATitleAndIsNeverCutByLength()
    {
        Assert.Equal("following-the-summit-trump-suggested-in", Slug.From("Following the summit, Trump suggested in a Fox News interview", maxWords: 6));
        var longName = string.Join(' ', Enumerable.Repeat("Maximilian", 12));
        Assert.Equal(12 * "maximilian".Length + 11, Slug.From(longName).Length);
    }

    [Fact]
    public void KeepsSlugsDistinct()
    {
        var extraction = IngestTestSupport.Extract(
            "Foreign Minister Jose Luis met envoys in Lima.\n\"We are ready,\" Luis said.",
            "Trade Minister José Luis met envoys in Quito.\n\"We are waiting,\" said José Luis.");
        var files = ContentRenderer.Render(extraction);
        Assert.Equal(files.Count, files.Select(f => f.RelativePath).Distinct().Count());
    }
}

/// <summary>Titles derived from long sentences stay readable.</summary>
public sealed class TitleTests
{
    [Theory]
    [InlineData("Short title", 20, "Short title")]
    [InlineData("A summit between the two leaders on Friday ended without agreement", 50, "A summit between the two leaders on Friday ended…")]
    [InlineData("A summit between the two leaders on Friday ended without agreement", 40, "A summit between the two leaders…")]
    [InlineData("Talks between Putin and Zelensky could be arranged", 35, "Talks between Putin and Zelensky…")]
    public void ShortensWithoutDanglingWords(string title, int max, string expected)
    {
        Assert.Equal(expected, ParagraphText.Shorten(title, max));
    }
}
