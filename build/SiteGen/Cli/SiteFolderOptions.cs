using System.CommandLine;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>The --content, --templates and --output options of the verbs that build the site, and the build options they make.</summary>
public sealed class SiteFolderOptions
{
    public SiteFolderOptions(string outputDescription)
    {
        Output = new Option<string>("--output") { Description = outputDescription };
    }

    public Option<string> Content { get; } = new("--content") { Description = "The content folder (default: content/ at the repository root)." };

    public Option<string> Templates { get; } = new("--templates") { Description = "The templates folder (default: templates/)." };

    public Option<string> Output { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Output);
    }

    /// <summary>The folders as given, or their defaults at the repository root; diagnostics name files from the current folder.</summary>
    public BuildOptions Read(ParseResult parse, bool includeDrafts = false) => new(
        RepositoryLayout.Default(parse.GetValue(Content), "content"),
        RepositoryLayout.Default(parse.GetValue(Templates), "templates"),
        RepositoryLayout.Default(parse.GetValue(Output), "output"))
    {
        IncludeDrafts = includeDrafts,
        DisplayRoot = Directory.GetCurrentDirectory(),
    };
}
