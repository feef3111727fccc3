using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Registers SiteGen's verbs; each verb lives in its own file.</summary>
public static class CommandLine
{
    /// <summary>Every verb's --verbose: adds a short stack trace to an internal error (SG9001).</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show a short stack trace with an internal error.", Recursive = true };

    public static RootCommand Create()
    {
        var root = new RootCommand("SiteGen: turns raw news articles into a news explainer microsite.") { Verbose };
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return root;
    }
}
