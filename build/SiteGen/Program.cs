using SiteGen.Cli;
using SiteGen.Diagnostics;

try
{
    return CommandLine.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // A full disk or a denied folder is the machine's, said plainly; whatever else escapes a verb is a bug in SiteGen:
    // one diagnostic with its own code, and a stack trace only on request.
    var diagnostic = WorldFailure.From(ex, "running sitegen", Directory.GetCurrentDirectory()) ?? InternalError.From(ex, "running sitegen");
    Console.Error.WriteLine(diagnostic.ToDisplayString(verbose: args.Contains("--verbose")));
    return 1;
}
