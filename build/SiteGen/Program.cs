using SiteGen.Cli;
using SiteGen.Diagnostics;

try
{
    return CommandLine.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Whatever escapes a verb is a bug in SiteGen: one diagnostic with its own code, and a stack trace only on request.
    Console.Error.WriteLine(InternalError.From(ex, "running sitegen").ToDisplayString(verbose: args.Contains("--verbose")));
    return 1;
}
