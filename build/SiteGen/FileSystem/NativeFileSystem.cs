using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.FileSystem;

/// <summary>What an attempt to exchange two folders in one step did.</summary>
internal enum ExchangeOutcome
{
    Exchanged,

    /// <summary>One of the two paths is gone; the caller may fall back to a plain rename.</summary>
    Missing,

    /// <summary>This system or file system cannot exchange in one step; the caller falls back to two renames.</summary>
    Unsupported,
}

/// <summary>What an attempt to make a hard link did.</summary>
internal enum LinkOutcome
{
    Linked,
    Failed,
    Unsupported,
}

/// <summary>What an attempt to take a shared or exclusive lock on an open file did.</summary>
internal enum LockOutcome
{
    Locked,
    HeldByAnother,

    /// <summary>The file system has no locks (some network mounts); the caller goes on without one.</summary>
    Unsupported,
}

/// <summary>
/// The POSIX calls .NET has no API for: renameat2(RENAME_EXCHANGE), which swaps two folders in one step so no
/// moment exists without a published site, link(2), by which a build without a spare starts its staged site from
/// output/'s files without copying them, and flock(2), an advisory lock the kernel drops when its holder dies (even
/// by kill -9). .NET's own FileShare locks are off in this program (System.IO.DisableFileLocking, see the csproj).
/// LibraryImport generates the marshalling at compile time, so all stay Native-AOT-safe.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const int LockShared = 1;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Interrupted = 4;
    private const int NoEntry = 2;

    /// <summary>
    /// A test setting: with SITEGEN_TEST_SWAP=renames the exchange reports itself unsupported, so the two-rename fallback
    /// that other systems use runs (and is tested) on Linux too. Unset (always, outside tests) it changes nothing.
    /// </summary>
    public const string SwapVariable = "SITEGEN_TEST_SWAP";

    private static readonly bool SwapByRenames = Environment.GetEnvironmentVariable(SwapVariable) == "renames";

    public static ExchangeOutcome Exchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux() || SwapByRenames) return ExchangeOutcome.Unsupported;
        int result, error;
        try
        {
            (result, error) = RetryingInterrupted(() => RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return ExchangeOutcome.Unsupported; // a C library older than glibc 2.28, or not glibc
        }
        if (result == 0) return ExchangeOutcome.Exchanged;
        if (error == NoEntry) return ExchangeOutcome.Missing;
        // EINVAL: the file system cannot exchange; ENOSYS: a kernel older than 3.15. Anything else is a real failure.
        if (error is 22 or 38 or 95) return ExchangeOutcome.Unsupported;
        // The errno as HResult, as .NET's own IOExceptions carry it: a read-only or busy folder is then told as the world's.
        throw new IOException($"cannot swap '{first}' with '{second}': {Marshal.GetPInvokeErrorMessage(error)}", error);
    }

    /// <summary>
    /// Takes flock(2) on the file without waiting: shared (any number of holders, none exclusive) or exclusive (one
    /// holder, none shared). A failed attempt may drop a lock the same handle held before, so a caller closes it then.
    /// </summary>
    public static LockOutcome TryLock(SafeFileHandle file, bool shared)
    {
        int result, error;
        try
        {
            (result, error) = RetryingInterrupted(() => Flock(file, (shared ? LockShared : LockExclusive) | LockNonBlocking));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return LockOutcome.Unsupported;
        }
        if (result == 0) return LockOutcome.Locked;
        // EWOULDBLOCK is 11 on Linux and 35 on macOS and the BSDs.
        return error is 11 or 35 ? LockOutcome.HeldByAnother : LockOutcome.Unsupported;
    }

    /// <summary>
    /// Makes <paramref name="newPath"/> a second name (a hard link) of the file at <paramref name="existing"/>: no bytes are
    /// copied and no inode is made. An existing <paramref name="newPath"/> is never replaced.
    /// </summary>
    /// <returns>Linked; Failed for this file alone (gone meanwhile, say: the caller writes it instead); Unsupported when
    /// this system or file system makes no hard links (or no more to this file), so none should be tried again.</returns>
    public static LinkOutcome TryHardLink(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows()) return LinkOutcome.Unsupported;
        int result, error;
        try
        {
            (result, error) = RetryingInterrupted(() => Link(existing, newPath));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return LinkOutcome.Unsupported;
        }
        if (result == 0) return LinkOutcome.Linked;
        // EPERM (the file system has no hard links), EXDEV, EMLINK, ENOSYS, EOPNOTSUPP.
        return error is 1 or 18 or 31 or 38 or 95 ? LinkOutcome.Unsupported : LinkOutcome.Failed;
    }

    /// <summary>
    /// Whether the path names a regular file with no other name (one hard link, not a symbolic link), by statx(2): such
    /// a file can be rewritten in place without changing any other file. False when it is anything else, is missing, or
    /// this system cannot tell (not Linux, or a C library without statx).
    /// </summary>
    public static bool IsSoleRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() || !s_statxWorks) return false;
        Span<byte> buffer = stackalloc byte[StatxSize];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxNlink, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_statxWorks = false;
            return false;
        }
        if (result != 0) return false;
        var mask = BitConverter.ToUInt32(buffer);
        var links = BitConverter.ToUInt32(buffer[16..]);
        var mode = BitConverter.ToUInt16(buffer[28..]);
        return (mask & (StatxType | StatxNlink)) == (StatxType | StatxNlink) && (mode & FileTypeMask) == RegularFile && links == 1;
    }

    // struct statx is 256 bytes on every architecture: stx_mask at 0, stx_nlink at 16, stx_mode at 28.
    private const int StatxSize = 256;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxNlink = 0x4;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private static bool s_statxWorks = true;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);

    /// <summary>Calls a libc function again for as long as a signal interrupts it (EINTR); its result and, on failure, errno.</summary>
    private static (int Result, int Error) RetryingInterrupted(Func<int> call)
    {
        while (true)
        {
            var result = call();
            var error = result == 0 ? 0 : Marshal.GetLastPInvokeError();
            if (error != Interrupted) return (result, error);
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle file, int operation);
}
