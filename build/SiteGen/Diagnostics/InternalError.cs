namespace SiteGen.Diagnostics;

/// <summary>
/// Turns an exception nobody expected into a diagnostic with its own code, so a bug in SiteGen is never passed off as a
/// template error or an unreadable file, and never ends a run with a raw stack trace.
/// </summary>
public static class InternalError
{
    /// <summary>Where an internal error is reported when no file is to blame.</summary>
    public const string Place = "(sitegen)";

    private const int TraceFrames = 8;

    /// <param name="ex">The exception that escaped.</param>
    /// <param name="doing">What SiteGen was doing, as a phrase ("building the site").</param>
    /// <param name="span">The file being worked on, when one is known.</param>
    public static Diagnostic From(Exception ex, string doing, SourceSpan? span = null)
    {
        ex = Unwrapped(ex);
        return new(Severity.Error, DiagnosticCodes.InternalError, span ?? SourceSpan.StartOf(Place),
            $"internal error while {doing}: {ex.GetType().Name}: {ex.Message} (this is a bug in SiteGen; run with --verbose for a short trace)")
        {
            Trace = ShortTrace(ex),
        };
    }

    /// <summary>
    /// Whether SiteGen's own code is on the exception's path from where it was thrown to where it was caught. A library
    /// that wraps exceptions (Scriban wraps every one a template's call raised) catches it in its own frame, so a
    /// failure inside the library alone (a template's bad regular expression) has no SiteGen frame.
    /// </summary>
    public static bool ThrownBySiteGen(Exception ex) =>
        (Unwrapped(ex).StackTrace ?? "").Split('\n').Any(line => line.TrimStart().StartsWith("at SiteGen.", StringComparison.Ordinal));

    /// <summary>Parallel work and reflective calls wrap the real failure: name that, not "one or more errors occurred".</summary>
    private static Exception Unwrapped(Exception ex)
    {
        while (true)
        {
            switch (ex)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate: ex = aggregate.InnerExceptions[0]; break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }: ex = inner; break;
                default: return ex;
            }
        }
    }

    private static string? ShortTrace(Exception ex)
    {
        var lines = (ex.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return null;
        var shown = lines.Take(TraceFrames).Select(l => "    " + l);
        return string.Join('\n', lines.Length > TraceFrames ? shown.Append($"    ... {lines.Length - TraceFrames} more frames") : shown);
    }
}
