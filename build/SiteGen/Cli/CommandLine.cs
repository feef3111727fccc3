using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Registers SiteGen's verbs; each verb lives in its own file.</summary>
public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SiteGen: turns raw news articles into a summit explainer microsite.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return root;
    }
}
