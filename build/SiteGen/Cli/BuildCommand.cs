using System.CommandLine;
using System.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Cli;

/// <summary>The 'build' verb: content/ + templates/ → output/.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var folders = new SiteFolderOptions("The folder the site is written to; replaced whole on success (default: output/).");
        var command = new Command("build", "Build the static site from content/ and templates/ into output/.");
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var options = folders.Read(parse);
            var result = SiteBuilder.Build(options);
            return DiagnosticPrinter.Finish(result.Diagnostics, () =>
                $"built {result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} pages ({result.Files.Length} files) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), options.OutputDir)} in {clock.ElapsedMilliseconds} ms", parse.GetValue(CommandLine.Verbose));
        });
        return command;
    }
}
