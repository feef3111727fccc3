using SiteGen.Cli;

namespace SiteGen.Tests.Ingest;

/// <summary>The ingest and extract verbs as a user runs them: what they print and how they exit.</summary>
[Collection("Console")]
public sealed class IngestCommandTests : IDisposable
{
    private const string Seed = "Foreign Minister Anna Berg arrived in Geneva on June 3, 2025.\n\"We are ready to talk,\" Berg said.\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Out) Run(params string[] args)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            var exit = CommandLine.Create().Parse(args).Invoke();
            return (exit, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void ListsEditedFilesItKept()
    {
        _temp.Write("seeds/a.txt", Seed);
        var seeds = _temp.Combine("seeds");
        var content = _temp.Combine("content");
        Assert.Equal(0, Run("ingest", "--seeds", seeds, "--content", content).Exit);
        var person = Path.Combine(content, "people", "anna-berg.md");
        File.AppendAllText(person, "Notes from the desk.\n");

        var (exit, output) = Run("ingest", "--seeds", seeds, "--content", content);

        Assert.Equal(0, exit);
        Assert.Contains("kept: content/people/anna-berg.md (edited)", output, StringComparison.Ordinal);
        Assert.EndsWith("Notes from the desk.\n", File.ReadAllText(person), StringComparison.Ordinal);
    }

    [Fact]
    public void ForceReportsTheBackup()
    {
        _temp.Write("seeds/a.txt", Seed);
        var seeds = _temp.Combine("seeds");
        var content = _temp.Combine("content");
        Run("ingest", "--seeds", seeds, "--content", content);
        File.AppendAllText(Path.Combine(content, "people", "anna-berg.md"), "Notes from the desk.\n");

        var (_, output) = Run("ingest", "--seeds", seeds, "--content", content, "--force");

        Assert.Contains("overwrote: content/people/anna-berg.md (edited; backup content/people/anna-berg.md.bak-1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractPrintsOneJsonObjectAndWritesNothing()
    {
        _temp.Write("seeds/a.txt", Seed);
        var before = Directory.GetFileSystemEntries(_temp.Path, "*", SearchOption.AllDirectories).Length;

        var (exit, output) = Run("extract", _temp.Combine("seeds"), "--json");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var quote = json.RootElement.GetProperty("quotes")[0];
        Assert.Equal("Anna Berg", quote.GetProperty("speaker").GetString());
        Assert.Equal("a.txt", quote.GetProperty("seed").GetString());
        Assert.Equal(before, Directory.GetFileSystemEntries(_temp.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void NamesFilesWithAsciiSlugsInTheRealProgram()
    {
        // The program runs with InvariantGlobalization, where string.Normalize does not take accents off letters;
        // this test host does not, so only the real process shows whether accented names still make clean slugs.
        _temp.Write("seeds/a.txt", "Zoë Sánchez, director of the Institute at Ålborg University, said the talks were useful.\n\"We made progress,\" Sánchez said.\n");
        var run = SiteGen.Tests.Support.SiteGenProcess.Run(_temp.Path, "ingest", "--seeds", _temp.Combine("seeds"), "--content", _temp.Combine("content"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_temp.Combine("content", "people", "zoe-sanchez.md")),
            "expected people/zoe-sanchez.md, found: " + string.Join(", ", Directory.GetFiles(_temp.Combine("content", "people")).Select(Path.GetFileName)));
    }
}
