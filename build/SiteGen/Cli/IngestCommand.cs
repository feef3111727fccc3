using System.CommandLine;
using SiteGen.FileSystem;
using SiteGen.Ingest;

namespace SiteGen.Cli;

/// <summary>The 'ingest' verb: seeds/*.txt → content/ (articles, people, timeline, analysis), keeping hand-edited files.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var seeds = new Option<string>("--seeds") { Description = "The folder of raw articles (default: seeds/ at the repository root)." };
        var content = new Option<string>("--content") { Description = "The content folder to write into (default: content/)." };
        var force = new Option<bool>("--force") { Description = "Also replace hand-edited files, after backing each up beside itself as NAME.md.bak-N." };
        var command = new Command("ingest", "Extract articles, people, quotes, events and analysis from raw seeds into content/.") { seeds, content, force };
        command.SetAction(parse =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(content)) is { } refused) return refused;
            var options = new IngestOptions(
                RepositoryLayout.Default(parse.GetValue(seeds), "seeds"),
                RepositoryLayout.Default(parse.GetValue(content), "content"),
                parse.GetValue(force));
            using var siteLock = SiteLocking.Acquire(options.ContentDir, SiteVerb.Ingest, out var refusal);
            if (refusal is not null) return DiagnosticPrinter.Finish([refusal], () => "");
            var result = IngestRunner.Run(options);
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToDisplayString(parse.GetValue(CommandLine.Verbose)));
            var shown = Path.GetFileName(Path.TrimEndingDirectorySeparator(options.ContentDir));
            foreach (var f in result.Files)
            {
                if (f.Action == WriteAction.Kept) Console.WriteLine($"kept: {shown}/{f.RelativePath} (edited)");
                if (f.Action == WriteAction.Overwritten) Console.WriteLine($"overwrote: {shown}/{f.RelativePath} (edited; backup {shown}/{f.Backup})");
            }
            int Count(WriteAction a) => result.Files.Count(f => f.Action == a);
            var skipped = result.Diagnostics.Count(d => d.IsError);
            Console.WriteLine($"ingested {result.Extraction.Articles.Length} seed{(result.Extraction.Articles.Length == 1 ? "" : "s")}"
                + $": {Count(WriteAction.Created)} created, {Count(WriteAction.Updated)} updated, {Count(WriteAction.Unchanged)} unchanged, {Count(WriteAction.Kept)} kept"
                + (Count(WriteAction.Overwritten) > 0 ? $", {Count(WriteAction.Overwritten)} overwritten" : "")
                + (skipped > 0 ? $"; {skipped} seed{(skipped == 1 ? "" : "s")} skipped" : ""));
            return skipped > 0 ? 1 : 0;
        });
        return command;
    }
}
