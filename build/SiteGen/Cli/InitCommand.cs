using System.CommandLine;
using SiteGen.Authoring;

namespace SiteGen.Cli;

/// <summary>The 'init' verb: start a new explainer in a folder, so the next story needs no copy of the repository.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The folder for the new site (made if missing; must not hold content/ or templates/)." };
        var title = new Option<string>("--title") { Description = "The explainer's title.", Required = true };
        var command = new Command("init", "Start a new explainer: content/site.yaml, content/_index.md, an empty seeds/ and a copy of the default templates.") { dir, title };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            var result = SiteInitializer.Create(target, parse.GetValue(title)!, Directory.GetCurrentDirectory());
            var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), target);
            return DiagnosticPrinter.Finish(result.Diagnostics, () =>
                $"started a site in {shown}: {string.Join(", ", result.Written)}\n"
                + $"next: put articles in {Path.Combine(shown, SiteInitializer.SeedsFolder)}/ as plain text, then run 'sitegen ingest' and 'sitegen serve' there");
        });
        return command;
    }
}
