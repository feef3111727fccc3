using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Rendering.Cards;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serving;

/// <summary>
/// The preview's first render after a restart, started from the build state a 'build' left beside output/: it takes that
/// build's pages, share cards and search documents instead of making them again, never writes output/ or the state, and
/// serves what a preview started without any state serves, byte for byte; a damaged or foreign state only costs the work.
/// </summary>
public sealed partial class ServeFromBuildStateTests
{
    private const string Invented = "content/articles/quay-repairs-begin.md";
    private const string Draft = "content/articles/draft-harbour-notes.md";

    /// <summary>Counts the cards drawn rather than taken, and draws them as the program does.</summary>
    private sealed class CountingPainter : IShareCardPainter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public byte[] Paint(ShareCard card)
        {
            Interlocked.Increment(ref _count);
            return ShareCardPainter.Instance.Paint(card);
        }
    }

    /// <summary>The fixture plus an article no record cites and a draft, built once so output/ and its state exist.</summary>
    private static TempSite BuiltSite()
    {
        var site = TempSite.FromFixture();
        site.Write(Invented, "---\ntitle: Quay repairs begin\ndate: 2025-06-04\noutlet: Example Gazette\n---\nThe first invented paragraph.\n\nA second one, about the harbour.\n");
        site.Write(Draft, "---\ntitle: Harbour notes\ndate: 2025-06-05\ndraft: true\n---\nNotes not yet published.\n");
        var built = new Site(site.Options).Build();
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.True(File.Exists(OutputFolder.BuildStatePath(site.Output)));
        return site;
    }

    /// <summary>A preview as serve keeps one, over the site's output/ (where the state may be) or another folder (none).</summary>
    private static (Site Site, CountingPainter Painter) Preview(TempSite site, bool drafts = false, string? output = null)
    {
        var painter = new CountingPainter();
        var options = site.Options with { IncludeDrafts = drafts, CardPainter = painter, OutputDir = output ?? site.Output };
        return (new Site(options, keepCaches: true), painter);
    }

    private static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.True(expected.Succeeded && actual.Succeeded, string.Join("\n", expected.Diagnostics.Concat(actual.Diagnostics)));
        Assert.Equal(expected.Files.Select(f => f.Path).Order(StringComparer.Ordinal), actual.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var want = expected.Files.ToDictionary(f => f.Path, f => f.Content);
        foreach (var file in actual.Files) Assert.True(want[file.Path].AsSpan().SequenceEqual(file.Content), $"{file.Path} differs from a preview started without a state");
    }

    [GeneratedRegex(@"\((\d+) rendered, (\d+) reused(?:, (\d+) files from the last build)?\)")]
    private static partial Regex Counts();

    private static (int Rendered, int Reused, int Taken) Work(Site site)
    {
        var match = Counts().Match(site.LastWork);
        Assert.True(match.Success, site.LastWork);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), match.Groups[3].Success ? int.Parse(match.Groups[3].Value) : 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARestartedPreviewTakesTheBuildsPagesAndCardsAndServesTheSameBytesAsACleanOne(bool drafts)
    {
        using var site = BuiltSite();
        var (clean, cleanPainter) = Preview(site, drafts, output: site.Path("elsewhere"));
        var expected = clean.Render();
        var (restarted, painter) = Preview(site, drafts);

        var actual = restarted.Render();

        AssertSameFiles(expected, actual);
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
        var (rendered, reused, taken) = Work(restarted);
        Assert.True(cleanPainter.Count > 0);
        if (!drafts)
        {
            // The build published exactly this site: nothing is rendered or drawn again.
            Assert.Equal(0, rendered);
            Assert.Equal(0, painter.Count);
        }
        else
        {
            // The draft reaches every page (the footer lists the latest sources), so every page renders again; only
            // the cards of the records it does not change are taken.
            Assert.Equal(0, reused);
            Assert.InRange(painter.Count, 1, cleanPainter.Count - 1);
        }
        Assert.True(taken > reused, $"pages and their cards are taken from output/: {restarted.LastWork}");
    }

    [Fact]
    public void EditsAfterARestartRenderAgainWhatTheyChangeAsACleanPreviewDoes()
    {
        using var site = BuiltSite();
        var (restarted, _) = Preview(site);
        restarted.Render();
        var (clean, _) = Preview(site, output: site.Path("elsewhere"));
        clean.Render();

        // A person: the article pages taken from output/ have no model to compare, so those showing them render again.
        site.Replace("content/people/jon-berg.md", "name: Jon Berg", "name: Jon A. Berg");
        var afterPerson = restarted.Render(SourceChanges.Content);
        AssertSameFiles(clean.Render(SourceChanges.Content), afterPerson);
        Assert.Contains("Jon A. Berg", Encoding.UTF8.GetString(afterPerson.Files.Single(f => f.Path == "articles/harbour-talks-end/index.html").Content));

        site.Replace(Invented, "about the harbour.", "about the harbour at night.");
        AssertSameFiles(clean.Render(SourceChanges.Content), restarted.Render(SourceChanges.Content));
        Assert.Equal(0, Work(restarted).Taken);
    }

    [Fact]
    public void TheRestartedPreviewWritesNeitherOutputNorTheState()
    {
        using var site = BuiltSite();
        var before = FolderSnapshot.Of(site.Output);
        var state = File.ReadAllBytes(OutputFolder.BuildStatePath(site.Output));
        var (restarted, _) = Preview(site);

        restarted.Render();
        site.Replace(Invented, "about the harbour.", "about the harbour at dawn.");
        restarted.Render(SourceChanges.Content);

        Assert.True(FolderSnapshot.AreEqual(before, FolderSnapshot.Of(site.Output)), "serve changed output/");
        Assert.Equal(state, File.ReadAllBytes(OutputFolder.BuildStatePath(site.Output)));
    }

    [Fact]
    public void APageChangedInOutputSinceTheBuildIsRenderedNotTaken()
    {
        using var site = BuiltSite();
        var page = Path.Combine(site.Output, "articles", "quay-repairs-begin", "index.html");
        var text = File.ReadAllText(page);
        // Same length, other bytes: only the hash tells.
        File.WriteAllText(page, text.Replace("Quay repairs begin", "Quay repairs BEGIN"));
        var (clean, _) = Preview(site, output: site.Path("elsewhere"));
        var (restarted, _) = Preview(site);

        AssertSameFiles(clean.Render(), restarted.Render());
        Assert.Equal(1, Work(restarted).Rendered);
    }

    [Theory]
    [InlineData("foreign")]
    [InlineData("damaged")]
    public void ADamagedOrForeignStateIsIgnoredWithAWarningAndTheFirstRenderIsClean(string kind)
    {
        using var site = BuiltSite();
        var statePath = OutputFolder.BuildStatePath(site.Output);
        if (kind == "foreign")
        {
            File.WriteAllText(statePath, "not a state file at all\n");
        }
        else
        {
            var bytes = File.ReadAllBytes(statePath);
            bytes[bytes.Length / 2] ^= 0x5a;
            File.WriteAllBytes(statePath, bytes);
        }
        var (clean, _) = Preview(site, output: site.Path("elsewhere"));
        var expected = clean.Render();
        var (restarted, painter) = Preview(site);

        var actual = restarted.Render();

        AssertSameFiles(expected, actual);
        var warning = Assert.Single(actual.Diagnostics, d => d.Code == "SG5008");
        Assert.Contains(kind == "foreign" ? "not a SiteGen build state" : "checksum", warning.Message);
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Where(d => d.Code != "SG5008").Select(d => d.ToString()));
        Assert.Equal((0, 0), (Work(restarted).Reused, Work(restarted).Taken));
        Assert.True(painter.Count > 0);
        // Said once, on the render that ignored it.
        Assert.DoesNotContain(restarted.Render(SourceChanges.Content).Diagnostics, d => d.Code == "SG5008");
    }
}
