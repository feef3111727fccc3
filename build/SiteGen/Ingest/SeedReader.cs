using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>A seed accepted for extraction: its file name and its text with BOM and CR line ends and header lines removed.</summary>
public sealed record SeedText(string FileName, string DisplayPath, string Text)
{
    /// <summary>What the seed's header lines say (URL:, Outlet:, Date:, Byline:, Language:).</summary>
    public SeedHeader Header { get; init; } = SeedHeader.None;

    /// <summary>
    /// The text's lines with the default boilerplate filter applied, when the reader has already made them, with the text
    /// they were made from (a copy made <c>with</c> another text does not use them).
    /// </summary>
    internal (string Source, CleanText Lines)? Cleaned { get; init; }
}

/// <summary>
/// Turns a seed file into text, or rejects it with one diagnostic that names the file and the reason. Reading, the size
/// limit, decoding and the binary test are <see cref="SiteFileReader"/>'s, as for every file SiteGen reads; what is a
/// seed's own is its codes (SG30xx, each message starting "skipped:") and the rules after decoding: a seed has text, and
/// that text has a sentence.
/// </summary>
public static class SeedReader
{
    /// <summary>The seed codes for each way a file fails to be text.</summary>
    private static readonly TextFileCodes SeedCodes = new(
        DiagnosticCodes.SeedUnreadable, DiagnosticCodes.SeedTooLarge, DiagnosticCodes.SeedUtf16, DiagnosticCodes.SeedBinary, DiagnosticCodes.SeedNotUtf8, MessageLead: "skipped: ");

    public static SeedText? Read(string path, string displayPath, DiagnosticBag bag)
    {
        // No folder for the link rule: a seed may be a link to where the scrape was saved; a FIFO or device is still refused.
        var bytes = SiteFileReader.ReadBytes(path, root: null, SiteFileReader.MaxTextBytes, SourceSpan.StartOf(displayPath), bag, SeedCodes);
        return bytes is null ? null : Decode(Path.GetFileName(path), displayPath, bytes, bag);
    }

    /// <summary>Checks and decodes bytes already read: the site's text rules with the seed codes, then a seed's own.</summary>
    public static SeedText? Decode(string fileName, string displayPath, byte[] bytes, DiagnosticBag bag)
    {
        var span = SourceSpan.StartOf(displayPath);
        if (SiteFileReader.DecodeText(bytes, span, bag, SeedCodes) is not { } text) return null;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.SeedEmpty, span, "skipped: the file is empty");
            return null;
        }
        var headerBag = new DiagnosticBag();
        (var header, text) = SeedHeaderReader.Read(text, displayPath, headerBag);
        // The cleaned lines go with the seed, so reading the article does not clean the whole seed a second time.
        var cleaned = BoilerplateFilter.Default.Clean(text);
        if (!HasSentence(cleaned.Lines))
        {
            bag.Error(DiagnosticCodes.SeedNoSentences, span, "skipped: the file has no sentences, so it is not an article");
            return null;
        }
        bag.AddRange(headerBag.ToImmutable());
        return new SeedText(fileName, displayPath, text) { Header = header, Cleaned = (text, cleaned) };
    }

    /// <summary>A sentence here is at least four words ending in a full stop, question or exclamation mark (one linear scan, whatever the size).</summary>
    private static bool HasSentence(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var words = 0;
            var inWord = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (char.IsLetter(c))
                {
                    if (!inWord) words++;
                    inWord = true;
                    continue;
                }
                inWord = false;
                if (c is '.' or '!' or '?')
                {
                    if (words >= 4 && (i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1]) || line[i + 1] is '"' or '\'' or '\u201D' or '\u2019' or ')')) return true;
                    words = 0;
                }
            }
        }
        return false;
    }
}
