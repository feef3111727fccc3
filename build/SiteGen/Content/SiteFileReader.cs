using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Why a file of the site was not read; the message never quotes the file's contents.</summary>
public sealed record FileRefusal(string Code, string Message);

/// <summary>
/// The codes a stage's diagnostics carry for each way a file fails to be read as text, and the words they start with.
/// The checks and limits are <see cref="SiteFileReader"/>'s, the same for every file; only the codes are the stage's, so
/// content (SG13xx) and seeds (SG30xx) keep the codes their users know.
/// </summary>
public sealed record TextFileCodes(string Unreadable, string TooLarge, string Utf16, string Binary, string NotUtf8, string MessageLead = "")
{
    /// <summary>Content files, templates and assets.</summary>
    public static TextFileCodes SiteFiles { get; } = new(DiagnosticCodes.UnreadableFile, DiagnosticCodes.FileTooLarge, DiagnosticCodes.Utf16File, DiagnosticCodes.UnreadableFile, DiagnosticCodes.UnreadableFile);
}

/// <summary>
/// The one rule for reading the site's own files (content, templates, assets, seeds): only regular files, never through a
/// link that leads out of the folder they belong to, and never more than a set size, so a link to /etc/passwd or
/// /dev/zero, a FIFO or a 50 MB file ends as a diagnostic rather than a leak, a hang or an out-of-memory crash.
/// </summary>
public static class SiteFileReader
{
    /// <summary>Content files, templates and seeds are a few kilobytes; anything this big is a mistake, not an article.</summary>
    public const long MaxTextBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the file must not be read, or null when it may: a link out of <paramref name="root"/>, or not a regular file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="root">The folder the file belongs to (content/ or templates/); null to skip the link rule.</param>
    public static FileRefusal? Refusal(string path, string? root)
    {
        if (root is not null && LinkTargetOutside(path, root) is { } target)
            return new FileRefusal(DiagnosticCodes.LinkLeavesSite,
                $"the file is a link to '{target}', outside the {Path.GetFileName(Path.TrimEndingDirectorySeparator(root))} folder; SiteGen reads only files inside it: copy the file in instead");
        return FileKinds.Of(path) switch
        {
            FileKind.Missing => new FileRefusal(DiagnosticCodes.UnreadableFile, "the file is missing"),
            FileKind.Directory => new FileRefusal(DiagnosticCodes.NotARegularFile, "this is a folder, not a file"),
            FileKind.Other => new FileRefusal(DiagnosticCodes.NotARegularFile, "this is not a regular file (a pipe, socket or device); SiteGen reads only regular files"),
            _ => null,
        };
    }

    /// <summary>
    /// A file's bytes, or null with one diagnostic at the span saying why not. The size limit may be null (assets, whose
    /// size a regular file already bounds).
    /// </summary>
    public static byte[]? ReadBytes(string path, string? root, long? maxBytes, SourceSpan span, DiagnosticBag bag, TextFileCodes? codes = null)
    {
        codes ??= TextFileCodes.SiteFiles;
        if (Refusal(path, root) is { } refusal)
        {
            bag.Error(refusal.Code, span, codes.MessageLead + refusal.Message);
            return null;
        }
        try
        {
            var bytes = ReadAtMost(path, maxBytes ?? long.MaxValue, out var length);
            if (bytes is null) bag.Error(codes.TooLarge, span, codes.MessageLead + TooLargeMessage(length, maxBytes!.Value));
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(codes.Unreadable, span, codes.MessageLead + "the file cannot be read: " + ex.Message);
            return null;
        }
    }

    /// <summary>A text file of the site as UTF-8, or null with one diagnostic saying why not (UTF-16, binary, not UTF-8, ...).</summary>
    public static string? ReadText(string path, string? root, string displayPath, DiagnosticBag bag, TextFileCodes? codes = null)
    {
        var span = SourceSpan.StartOf(displayPath);
        var bytes = ReadBytes(path, root, MaxTextBytes, span, bag, codes);
        return bytes is null ? null : DecodeText(bytes, span, bag, codes);
    }

    /// <summary>Decodes strict UTF-8 (a BOM is kept for the caller to drop); UTF-16 and binary files are named as such, never printed.</summary>
    public static string? DecodeText(byte[] bytes, SourceSpan span, DiagnosticBag bag, TextFileCodes? codes = null)
    {
        codes ??= TextFileCodes.SiteFiles;
        if (TextEncodingSniffer.IsUtf16(bytes))
        {
            bag.Error(codes.Utf16, span, codes.MessageLead + "the file is UTF-16 text; save it as UTF-8");
            return null;
        }
        // A NUL byte never occurs in text.
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            bag.Error(codes.Binary, span, codes.MessageLead + "the file is binary, not text");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (invalid byte at offset {ex.Index})") : "";
            bag.Error(codes.NotUtf8, span, codes.MessageLead + $"the file is not UTF-8 text{at}; save it as UTF-8");
            return null;
        }
    }

    public static string TooLargeMessage(long length, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is too large ({(length > maxBytes ? $"{length:N0} bytes" : "endless")}; the limit is {maxBytes / (1024 * 1024)} MB)");

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/>, whatever the file claims its size is (a device says 0 and never ends);
    /// null when there is more, with <paramref name="length"/> the size if it is known.
    /// </summary>
    private static byte[]? ReadAtMost(string path, long maxBytes, out long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        length = stream.CanSeek ? stream.Length : -1;
        if (length > maxBytes) return null;
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        // A file of known size is read into an array of that size, so the bytes are not copied again to trim the array;
        // one byte more says whether it grew meanwhile (then it is read on as one of unknown size).
        if (length > 0)
        {
            var exact = new byte[length];
            var read = stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
            Span<byte> probe = stackalloc byte[1];
            if (read == exact.Length && stream.Read(probe) == 0) return exact;
            if (read < exact.Length) return exact[..read];
            length = -1;
            stream.Position = 0;
        }
        var buffer = new byte[Math.Min(limit + 1L, length >= 0 ? length + 1 : 64 * 1024)];
        var total = 0;
        while (true)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
            if (total > limit)
            {
                length = Math.Max(length, total);
                return null;
            }
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit + 1L, buffer.Length * 2L));
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>The real place a link under <paramref name="root"/> leads to when that is outside it; null for files that stay inside.</summary>
    public static string? LinkTargetOutside(string path, string root)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(path);
        if (!IsUnder(full, fullRoot)) return full;
        // Most files involve no link at all: look for one between the file and the root before resolving anything.
        var linked = false;
        for (var p = full; p.Length > fullRoot.Length; p = Path.GetDirectoryName(p)!)
        {
            if (new FileInfo(p).LinkTarget is not null)
            {
                linked = true;
                break;
            }
        }
        if (!linked) return null;
        var real = RealPath(full, 0);
        return IsUnder(real, RealPath(fullRoot, 0)) ? null : real;
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (root.EndsWith(Path.DirectorySeparatorChar) && path.StartsWith(root, StringComparison.Ordinal));

    /// <summary>The path with every link in it followed, like realpath(3); a loop of links stops after a bound.</summary>
    private static string RealPath(string full, int hops)
    {
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var candidate = Path.Combine(RealPath(parent, hops), Path.GetFileName(full));
        if (hops > 40 || new FileInfo(candidate).LinkTarget is not { } target) return candidate;
        return RealPath(Path.GetFullPath(target, Path.GetDirectoryName(candidate)!), hops + 1);
    }

    private enum FileKind
    {
        Regular,
        Missing,
        Directory,
        Other,
    }

    /// <summary>What a path is once links are followed; FIFOs and devices must be told apart before opening, which would block or never end.</summary>
    private static class FileKinds
    {
        // The file-type bits of the .NET runtime's own portable stat (System.Native), the same on every Unix.
        private const int TypeMask = 0xF000;
        private const int RegularType = 0x8000;
        private const int DirectoryType = 0x4000;

        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct FileStatus
        {
            public int Flags;
            public int Mode;
        }

        // .NET exposes no file type beyond "directory"; the runtime's own native shim has it, so no libc layout is assumed.
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] path, out FileStatus status);

        private static bool _shimMissing;

        public static FileKind Of(string path)
        {
            if (OperatingSystem.IsWindows() || _shimMissing) return Portable(path);
            try
            {
                // One stat answers all three questions: a build asks it of every content file, twice.
                var bytes = Encoding.UTF8.GetBytes(path + "\0");
                if (Stat(bytes, out var status) != 0) return Portable(path);
                return (status.Mode & TypeMask) switch
                {
                    RegularType => FileKind.Regular,
                    DirectoryType => FileKind.Directory,
                    _ => FileKind.Other,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Without the shim the bounded read still stops a device that never ends.
                _shimMissing = true;
                return Portable(path);
            }
        }

        /// <summary>What .NET alone can tell: a folder, a file (perhaps a device), or nothing (including a path it may not see).</summary>
        private static FileKind Portable(string path) =>
            Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }
}

/// <summary>Recognises UTF-16 text by its byte-order mark or, without one, by the NUL bytes its ASCII characters carry.</summary>
public static class TextEncodingSniffer
{
    private const int Sample = 4096;

    public static bool IsUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return true;
        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        // Latin text in UTF-16 has a NUL in nearly every pair, always on the same side; binary data has them on both.
        return pairs > 0 && (oddZeros * 4 >= pairs && evenZeros * 8 <= oddZeros || evenZeros * 4 >= pairs && oddZeros * 8 <= evenZeros);
    }
}
