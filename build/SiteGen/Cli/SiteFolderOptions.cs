using System.CommandLine;
using SiteGen.Content;
using SiteGen.Diagnostics;
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

    public Option<string> BaseUrl { get; } = new("--base-url") { Description = "Publish at this address instead of site.yaml's base_url (as hugo --baseURL), e.g. a staging host." };

    public Option<bool?> RelativeUrls { get; } = new("--relative-urls") { Description = "Write internal links relative to each page, so output/ works from any folder and from file:// (overrides site.yaml's relative_urls)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(RelativeUrls);
    }

    /// <summary>Prints why --base-url is unusable and returns the exit code; null when it is absent or good.</summary>
    public int? RefuseBadBaseUrl(ParseResult parse)
    {
        if (parse.GetValue(BaseUrl) is not { } given || SiteOverrides.ProblemWithBaseUrl(given) is not { } problem) return null;
        // Not a file's fault, so there is no path:line:col to name: the line names the flag.
        Console.Error.WriteLine($"error {DiagnosticCodes.BadBaseUrlFlag}: --base-url {problem}");
        return 1;
    }

    /// <summary>The folders as given, or their defaults at the repository root; diagnostics name files from the current folder.</summary>
    public BuildOptions Read(ParseResult parse, bool includeDrafts = false) => new(
        RepositoryLayout.Default(parse.GetValue(Content), "content"),
        RepositoryLayout.Default(parse.GetValue(Templates), "templates"),
        RepositoryLayout.Default(parse.GetValue(Output), "output"))
    {
        IncludeDrafts = includeDrafts,
        BaseUrl = parse.GetValue(BaseUrl) is { } given ? (given.EndsWith('/') ? given : given + "/") : null,
        RelativeUrls = parse.GetValue(RelativeUrls),
        DisplayRoot = Directory.GetCurrentDirectory(),
    };
}
