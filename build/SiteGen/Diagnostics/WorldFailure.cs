using System.Text.RegularExpressions;

namespace SiteGen.Diagnostics;

/// <summary>
/// Tells the world's failures (a full disk, a denied folder, a read-only file system) from SiteGen's own bugs: each gets
/// a stable code and a plain message at the path the system named, so SG9001 is left for what only a fix can mend.
/// </summary>
public static partial class WorldFailure
{
    // errno values as Linux numbers them; .NET puts the raw errno of a failed system call in IOException.HResult.
    private const int InputOutputError = 5;
    private const int Busy = 16;
    private const int CrossDevice = 18;
    private const int TooManyOpenFilesInSystem = 23;
    private const int TooManyOpenFiles = 24;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    // .NET names the path in quotes: "Access to the path '/x' is denied.", "No space left on device : '/x'".
    [GeneratedRegex(@"'(?<path>/[^']*|[A-Za-z]:\\[^']*)'")]
    private static partial Regex QuotedPath();

    // A staging or retired site is SiteGen's detail: name the folder it stands for ('.output.staging-12-ab/x' is 'output/x').
    [GeneratedRegex(@"\.(?<name>[^/\\]+)\.(?:staging|retired)-\d+-[0-9a-f]+")]
    private static partial Regex StagingName();

    /// <summary>The diagnostic for a failure of the machine or its permissions, or null when the exception is SiteGen's own bug.</summary>
    /// <param name="ex">What was thrown.</param>
    /// <param name="doing">What SiteGen was doing, as a phrase ("building the site").</param>
    /// <param name="displayRoot">Paths are shown relative to this folder when they lie in it.</param>
    public static Diagnostic? From(Exception ex, string doing, string? displayRoot = null)
    {
        if (ex is AggregateException aggregate)
        {
            // Pages render in parallel, so a full disk fails several writes at once: one report, if every one is the world's.
            var each = aggregate.Flatten().InnerExceptions.Select(inner => From(inner, doing, displayRoot)).ToList();
            return each.Count > 0 && each.All(d => d is not null) ? each[0] : null;
        }
        var (code, what) = ex switch
        {
            UnauthorizedAccessException => (DiagnosticCodes.PermissionDenied,
                "permission denied: SiteGen may not read or write here; give your user access (chmod, chown) or choose another folder, then run again"),
            IOException { HResult: NoSpace or QuotaExceeded } => (DiagnosticCodes.DiskFull,
                "the disk is full (or your quota is used up); free some space, then run again"),
            IOException { HResult: ReadOnlyFileSystem } => (DiagnosticCodes.ReadOnlyFileSystem,
                "the file system is read-only (a read-only mount or volume); choose a writable folder, then run again"),
            IOException { HResult: InputOutputError or Busy or CrossDevice or TooManyOpenFiles or TooManyOpenFilesInSystem } => (DiagnosticCodes.FileSystemFailure,
                $"the system refused: {MessageWithoutPath(ex.Message)}; check the disk and the folder (a mount point cannot be replaced), then run again"),
            _ => (null, null),
        };
        if (code is null) return null;
        var path = QuotedPath().Match(ex.Message) is { Success: true } m ? Shown(m.Groups["path"].Value, displayRoot) : InternalError.Place;
        return new Diagnostic(Severity.Error, code, SourceSpan.StartOf(path), $"{what} (while {doing})");
    }

    private static string MessageWithoutPath(string message) => QuotedPath().Replace(message, "").Trim().TrimEnd(':', '.', ' ');

    private static string Shown(string path, string? displayRoot)
    {
        path = StagingName().Replace(path, m => m.Groups["name"].Value);
        if (displayRoot is null) return path;
        var relative = Path.GetRelativePath(displayRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
