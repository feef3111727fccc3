using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>A seed accepted for extraction: its file name and its text with BOM and CR line ends removed.</summary>
public sealed record SeedText(string FileName, string DisplayPath, string Text);

/// <summary>Turns a seed file's bytes into text, or rejects it with one diagnostic that names the file and the reason.</summary>
public static class SeedReader
{
    /// <summary>Scraped articles are a few kilobytes; anything this big is not an article.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SeedText? Read(string path, string displayPath, DiagnosticBag bag)
    {
        var span = SourceSpan.StartOf(displayPath);
        // The content rule for what may be read: a FIFO would hang ingest, and a device would never end.
        if (SiteFileReader.Refusal(path, root: null) is { } refusal)
        {
            bag.Error(refusal.Code, span, "skipped: " + refusal.Message);
            return null;
        }
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                bag.Error(DiagnosticCodes.SeedTooLarge, span, $"skipped: the file is too large for an article ({length:N0} bytes; the limit is {MaxBytes / (1024 * 1024)} MB)");
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.SeedUnreadable, span, "skipped: the file cannot be read: " + ex.Message);
            return null;
        }
        return Decode(Path.GetFileName(path), displayPath, bytes, bag);
    }

    /// <summary>Checks and decodes bytes already in memory (the file checks minus the size on disk).</summary>
    public static SeedText? Decode(string fileName, string displayPath, byte[] bytes, DiagnosticBag bag)
    {
        var span = SourceSpan.StartOf(displayPath);
        if (bytes.LongLength > MaxBytes)
        {
            bag.Error(DiagnosticCodes.SeedTooLarge, span, $"skipped: the file is too large for an article ({bytes.LongLength:N0} bytes; the limit is {MaxBytes / (1024 * 1024)} MB)");
            return null;
        }
        if (TextEncodingSniffer.IsUtf16(bytes))
        {
            bag.Error(DiagnosticCodes.SeedUtf16, span, "skipped: the file is UTF-16 text; save it as UTF-8");
            return null;
        }
        if (LooksBinary(bytes))
        {
            bag.Error(DiagnosticCodes.SeedBinary, span, "skipped: the file is binary, not text");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" (invalid byte at offset {ex.Index})" : "";
            bag.Error(DiagnosticCodes.SeedNotUtf8, span, $"skipped: the file is not UTF-8 text{at}; save it as UTF-8");
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.SeedEmpty, span, "skipped: the file is empty");
            return null;
        }
        if (!HasSentence(BoilerplateFilter.Default.Clean(text).Lines))
        {
            bag.Error(DiagnosticCodes.SeedNoSentences, span, "skipped: the file has no sentences, so it is not an article");
            return null;
        }
        return new SeedText(fileName, displayPath, text);
    }

    private static bool LooksBinary(byte[] bytes)
    {
        // A NUL byte never occurs in text; other control characters only rarely.
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.IndexOf((byte)0) >= 0) return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }
        return sample.Length > 0 && control * 20 > sample.Length;
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
