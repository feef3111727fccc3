using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics the way compilers do and turns them into the process's exit code.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic to stderr; on success prints the summary line to stdout. Returns the exit code.</summary>
    public static int Finish(ImmutableArray<Diagnostic> diagnostics, Func<string> summary, bool verbose = false)
    {
        foreach (var d in diagnostics) Console.Error.WriteLine(d.ToDisplayString(verbose));
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            var warnings = diagnostics.Length - errors;
            Console.Error.WriteLine($"failed: {errors} error{(errors == 1 ? "" : "s")}{(warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : "")}; nothing was written");
            return 1;
        }
        Console.WriteLine(summary());
        return 0;
    }
}
