using System.CommandLine;
using System.Diagnostics;
using SiteGen.Checking;
using SiteGen.FileSystem;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>The 'check' verb: build in memory and report broken links, missing references and doubtful content, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var folders = new SiteFolderOptions("The output folder reports name for built pages; nothing is written (default: output/).");
        var drafts = new Option<bool>("--drafts") { Description = "Check drafts too." };
        var command = new Command("check", "Build in memory and report broken links and anchors, missing slugs and images, orphan pages, unquoted people, misplaced quotes and misdated events.")
        {
            drafts,
        };
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(folders.Content)) is { } refused) return refused;
            if (folders.RefuseBadBaseUrl(parse) is { } badFlag) return badFlag;
            var clock = Stopwatch.StartNew();
            var options = folders.Read(parse, includeDrafts: parse.GetValue(drafts));
            using var sourcesLock = SiteLocking.AcquireSources(options.ContentDir, SiteVerb.Check, Console.Error, out var refusal);
            if (refusal is not null) return DiagnosticPrinter.Finish([refusal], () => "");
            var site = new Site(options);
            var result = site.Render();
            var diagnostics = result.Diagnostics.Concat(site.Check(result))
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
                .Distinct().ToList();
            foreach (var d in diagnostics) Console.Error.WriteLine(d.ToDisplayString(parse.GetValue(CommandLine.Verbose)));
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            var summary = $"checked {pages} page{(pages == 1 ? "" : "s")} in {clock.ElapsedMilliseconds} ms: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
            if (!result.Succeeded) summary += " (the site did not build, so links were not checked)";
            (errors > 0 ? Console.Error : Console.Out).WriteLine(summary);
            return errors > 0 ? 1 : 0;
        });
        return command;
    }
}
