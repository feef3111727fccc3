using System.CommandLine;
using System.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Cli;

/// <summary>The 'build' verb: content/ + templates/ → output/.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder (default: content/ at the repository root)." };
        var templates = new Option<string>("--templates") { Description = "The templates folder (default: templates/)." };
        var output = new Option<string>("--output") { Description = "The folder the site is written to; replaced whole on success (default: output/)." };
        var command = new Command("build", "Build the static site from content/ and templates/ into output/.") { content, templates, output };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions(
                RepositoryLayout.Default(parse.GetValue(content), "content"),
                RepositoryLayout.Default(parse.GetValue(templates), "templates"),
                RepositoryLayout.Default(parse.GetValue(output), "output"))
            {
                DisplayRoot = Directory.GetCurrentDirectory(),
            };
            var result = SiteBuilder.Build(options);
            return DiagnosticPrinter.Finish(result.Diagnostics, () =>
                $"built {result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} pages ({result.Files.Length} files) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), options.OutputDir)} in {clock.ElapsedMilliseconds} ms");
        });
        return command;
    }
}
