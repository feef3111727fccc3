using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A scraped page that lost its full stops may be one paragraph of the same short quote said a hundred thousand times
/// (`"x," Roe said, "x," Roe said, ...`). Each time is a quote ingest keeps, so what each one costs, and whether anything
/// else is made per quote and held, decides ingest's peak memory (issue #23: 131× the seed before). Counted, not timed:
/// bytes allocated on this thread, strings shared or not, and the longest piece a file is written in.
/// </summary>
public sealed class RunOfQuotesMemoryTests
{
    private const string Head = "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga on Friday, August 15, 2025.\n\n";

    private static Extraction RunOfQuotes(int times) => IngestTestSupport.Extract(Head + string.Concat(Enumerable.Repeat("\"x,\" Roe said, ", times)) + "\n");

    [Fact]
    public void AQuoteSaidAgainIsOneStringNotOnePerTime()
    {
        var quotes = RunOfQuotes(2_000).Quotes.ToList();

        Assert.True(quotes.Count > 1_000, $"{quotes.Count} quotes");
        Assert.All(quotes, q => Assert.Same(quotes[0].Text, q.Text));
    }

    [Fact]
    public void ExtractsReportMakesNoRecordPerQuoteBeforeItIsWritten()
    {
        var small = RunOfQuotes(1_000);
        var large = RunOfQuotes(10_000);
        Assert.True(large.Quotes.Count() >= 10 * small.Quotes.Count() - 10, $"{small.Quotes.Count()} and {large.Quotes.Count()} quotes");
        _ = ExtractReport.From(small);

        var forSmall = Allocated(() => ExtractReport.From(small));
        var forLarge = Allocated(() => ExtractReport.From(large));

        // A report holding a record per quote grows with the quotes (tens of bytes each); one that makes them as it writes does not.
        Assert.True(forLarge < forSmall + 10_000, $"the report of 10× the quotes allocated {forLarge:N0} bytes, against {forSmall:N0}");
    }

    [Fact]
    public void TheReportMadeAsItIsWrittenIsTheSameTextAsBefore()
    {
        var extraction = RunOfQuotes(50);
        var report = ExtractReport.From(extraction);

        var json = report.ToJson();

        // Read twice (the text listing reads the lists again): the same items each time.
        Assert.Equal(json, report.ToJson());
        Assert.Equal(extraction.Quotes.Count(), report.Quotes.Count);
        Assert.Contains("\"quotes\":[{\"seed\":\"t0.txt\",\"speaker\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleOfManyQuotesIsWrittenInPiecesNoLongerThanItsLongestParagraph()
    {
        var extraction = RunOfQuotes(5_000);
        var article = ContentRenderer.Render(extraction).Single(f => f.RelativePath.StartsWith("articles/", StringComparison.Ordinal));
        var longestBlock = extraction.Articles[0].Blocks.Max(b => b.Text.Length);
        var pieces = new LongestWrite();

        article.WriteTo(pieces);

        // The front matter alone is several times the paragraph (a few lines per quote): written as one string, it was one piece.
        Assert.True(pieces.Total > 4 * longestBlock, $"{pieces.Total:N0} characters written, the longest paragraph {longestBlock:N0}");
        Assert.True(pieces.Longest <= longestBlock, $"a piece of {pieces.Longest:N0} characters, the longest paragraph {longestBlock:N0}");
        Assert.Equal(article.Text.Length, pieces.Total);
        Assert.True(ContentWriter.IsUntouched(System.Text.Encoding.UTF8.GetBytes(article.Text)), "the ingest line holds the hash of the rest of the file");
    }

    private static long Allocated(Func<object> make)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = make();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(made);
        return allocated;
    }

    /// <summary>A writer that keeps only the length of the longest piece it was given, and the total.</summary>
    private sealed class LongestWrite : TextWriter
    {
        public int Longest { get; private set; }

        public long Total { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Longest = Math.Max(Longest, buffer.Length);
            Total += buffer.Length;
        }
    }
}

/// <summary>
/// Seeds are read one at a time, and the reader lets each go when asked for the next and when it ends: a C# iterator kept
/// the last seed as its current item, so a seed of megabytes stayed alive through the whole extraction (issue #23).
/// </summary>
public sealed class SeedSequenceTests
{
    [Fact]
    public void TheLastSeedIsLetGoWhenTheSequenceEnds()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Harbour towns meet\n\nMayor Jon Berg of Port Example met Mayor Ilse Varga on Tuesday, June 3, 2025.\n");
        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        using var reader = new SeedSequence([folder.Combine("a.txt")], folder.Path, bag).GetEnumerator();

        var last = ReadOne(reader);
        Assert.False(reader.MoveNext());
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(last.IsAlive, "the sequence still holds the last seed it read");
        Assert.Empty(bag.ToImmutable());
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference ReadOne(IEnumerator<SeedText> reader)
    {
        Assert.True(reader.MoveNext());
        Assert.Equal("a.txt", reader.Current.FileName);
        return new WeakReference(reader.Current);
    }
}
