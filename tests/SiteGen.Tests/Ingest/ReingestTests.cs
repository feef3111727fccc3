using SiteGen.Ingest;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Seeds re-ingested with changed text (sentences moved, paragraphs gone): every file ingest made and nobody edited is
/// made again or removed in the same run, so the content set builds after each run; an edited file is kept and named.
/// </summary>
public sealed class ReingestTests
{
    // Invented reporting: each paragraph a dated event, so moving or dropping paragraphs moves or drops timeline entries.
    private static readonly string[] Paragraphs =
    [
        "Mayor Jon Berg of Port Example met Mayor Ilse Varga of Northtown in Port Example on Tuesday, June 3, 2025.",
        "Varga said the towns would sign a quota deal on June 20, 2025, in Northtown.",
        "Berg said the ferry line would reopen on July 1, 2025.",
        "The harbour council will vote on the new pier on September 9, 2025.",
        "Varga said a joint fishing census would start on October 2, 2025.",
        "\"We have a lot of work ahead of us,\" Berg told reporters.",
        "Fishers waited outside the town hall for six hours.",
        "Berg said both towns would publish their catch figures on November 14, 2025.",
    ];

    /// <summary>Version 0 has every paragraph in order; version 1 fewer, reordered, so old paragraph numbers point past the end.</summary>
    private static string Seed(int n, int version)
    {
        var chosen = version == 0 ? Paragraphs : [Paragraphs[(n + 5) % 8], Paragraphs[0], Paragraphs[(n + 2) % 8], Paragraphs[5]];
        return $"Harbour towns, report {n}\nPORT EXAMPLE (Fixture Wire) —\n\n" + string.Join("\n\n", chosen) + "\n";
    }

    private static TempSite SiteWithSeeds(int seeds, int version)
    {
        var site = TempSite.Empty();
        TempSite.CopyDirectory(Repository.Templates, site.Templates);
        foreach (var file in new[] { "site.yaml", "_index.md" })
            site.Write($"content/{file}", File.ReadAllText(Path.Combine(Repository.ValidSite, "content", file)));
        WriteSeeds(site, seeds, version);
        return site;
    }

    private static void WriteSeeds(TempSite site, int seeds, int version)
    {
        for (var n = 0; n < seeds; n++) site.Write($"seeds/s{n:D3}.txt", Seed(n, version));
    }

    [Fact]
    public void ChangedSeedTextKeepsTheContentSetBuildableRunAfterRun()
    {
        const int seeds = 12;
        using var site = SiteWithSeeds(seeds, 0);
        for (var run = 0; run < 5; run++)
        {
            WriteSeeds(site, seeds, run % 2);
            var ingested = IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);
            var build = new Site(site.Options).Render();
            Assert.True(build.Succeeded, $"after ingest run {run + 1} the content does not build:\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError).Take(10)));
            if (run % 2 == 1) Assert.Contains(ingested.Files, f => f.Action == WriteAction.Removed && f.RelativePath.StartsWith("timeline/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AnEntryCitingAnArticleOfASeedNotReadThisRunStays()
    {
        using var site = SiteWithSeeds(2, 0);
        IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);
        var before = Directory.GetFiles(site.Path("content/timeline")).Length;
        // The seed is gone from seeds/ (or could not be read): what came from it is not ingest's to judge this run.
        File.Delete(site.Path("seeds/s001.txt"));

        var ingested = IngestRunner.Run(new IngestOptions(site.Path("seeds"), site.Content), site.Root);

        Assert.DoesNotContain(ingested.Files, f => f.Action == WriteAction.Removed);
        Assert.Equal(before, Directory.GetFiles(site.Path("content/timeline")).Length);
    }

    [Fact]
    public void AnEditedEntryCitingAParagraphThatIsGoneIsKeptAndNamedWithTheFix()
    {
        using var site = SiteWithSeeds(1, 0);
        Assert.Equal(0, SiteGenProcess.Run(site.Root, "ingest").ExitCode);
        var census = Directory.GetFiles(site.Path("content/timeline"), "*census*").Single();
        // An editor's change: the census is only proposed. The file is now the editor's, not ingest's.
        var text = File.ReadAllText(census);
        Assert.Contains("status: planned", text);
        File.WriteAllText(census, text.Replace("status: planned", "status: proposed", StringComparison.Ordinal));
        WriteSeeds(site, 1, 1);

        var run = SiteGenProcess.Run(site.Root, "ingest");

        Assert.True(File.Exists(census), "an edited entry is never deleted");
        Assert.Contains($"content/timeline/{Path.GetFileName(census)}:", run.Stdout);
        Assert.Contains("warning SG1203: article 's000' has 5 paragraphs, so paragraph 6 does not exist; ingest keeps edited files as they are", run.Stdout);
    }
}
