using System.CommandLine;
using SiteGen.Checking;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Ingest;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>The 'ingest' verb: seeds/*.txt → content/ (articles, people, timeline, analysis), keeping hand-edited files.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var seeds = new Option<string>("--seeds") { Description = "The folder of raw articles (default: seeds/ at the repository root)." };
        var content = new Option<string>("--content") { Description = "The content folder to write into (default: content/)." };
        var force = new Option<bool>("--force") { Description = "Also replace hand-edited files, after backing each up beside itself as NAME.md.bak-N." };
        var restore = new Option<string>("--restore") { Description = "Bring back a file an editor deleted (ingest never writes a deleted file again otherwise), by its slug: 'the-hague' or 'people/the-hague'." };
        var command = new Command("ingest", "Extract articles, people, quotes, events and analysis from raw seeds into content/.") { seeds, content, force, restore };
        command.SetAction(parse =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(content)) is { } refused) return refused;
            var options = new IngestOptions(
                RepositoryLayout.Default(parse.GetValue(seeds), "seeds"),
                RepositoryLayout.Default(parse.GetValue(content), "content"),
                parse.GetValue(force),
                parse.GetValue(restore));
            using var siteLock = SiteLocking.AcquireSources(options.ContentDir, SiteVerb.Ingest, Console.Error, out var refusal);
            if (refusal is not null) return DiagnosticPrinter.Finish([refusal], () => "");
            var result = IngestRunner.Run(options);
            if (result.Diagnostics.Any(d => d.Code is DiagnosticCodes.IngestStateUnreadable or DiagnosticCodes.NothingToRestore))
            {
                return DiagnosticPrinter.Finish([.. result.Diagnostics], () => "nothing was written");
            }
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToDisplayString(parse.GetValue(CommandLine.Verbose)));
            var shown = Path.GetFileName(Path.TrimEndingDirectorySeparator(options.ContentDir));
            foreach (var f in result.Files)
            {
                if (f.Action == WriteAction.Kept) Console.WriteLine($"kept: {shown}/{f.RelativePath} (edited)");
                if (f.Action == WriteAction.Overwritten) Console.WriteLine($"overwrote: {shown}/{f.RelativePath} (edited; backup {shown}/{f.Backup})");
                if (f.Action == WriteAction.Removed) Console.WriteLine($"removed: {shown}/{f.RelativePath} (unedited; the seeds' new text, or an article an editor deleted, no longer gives it)");
                if (f.Action == WriteAction.LeftDeleted)
                    Console.WriteLine($"left deleted: {shown}/{f.RelativePath} (an editor deleted it; 'ingest --restore {Path.GetFileNameWithoutExtension(f.RelativePath)}' brings it back)");
            }
            foreach (var d in EditedFilesCitingMissingParagraphs(options.ContentDir, result))
                Console.WriteLine(d.ToDisplayString(parse.GetValue(CommandLine.Verbose)));
            int Count(WriteAction a) => result.Files.Count(f => f.Action == a);
            var skipped = result.Diagnostics.Count(d => d.IsError);
            Console.WriteLine($"ingested {result.Extraction.Articles.Length} seed{(result.Extraction.Articles.Length == 1 ? "" : "s")}"
                + $": {Count(WriteAction.Created)} created, {Count(WriteAction.Updated)} updated, {Count(WriteAction.Unchanged)} unchanged, {Count(WriteAction.Kept)} kept"
                + (Count(WriteAction.Overwritten) > 0 ? $", {Count(WriteAction.Overwritten)} overwritten" : "")
                + (Count(WriteAction.Removed) > 0 ? $", {Count(WriteAction.Removed)} removed" : "")
                + (Count(WriteAction.LeftDeleted) > 0 ? $", {Count(WriteAction.LeftDeleted)} left deleted" : "")
                + (skipped > 0 ? $"; {skipped} seed{(skipped == 1 ? "" : "s")} skipped" : ""));
            return skipped > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// The files that now cite a paragraph their article no longer has: edited files ingest kept while their seed's text
    /// changed under them (ingest rewrites or removes the unedited ones). The build's own SG1203 at the citation, as
    /// 'check' reports it, with what to do.
    /// </summary>
    private static IEnumerable<Diagnostic> EditedFilesCitingMissingParagraphs(string contentDir, IngestResult result)
    {
        if (result.Files.Length == 0 || !AnyCitingFileOtherThanThisRuns(contentDir, result)) return [];
        var loaded = SiteLoader.Load(contentDir, includeDrafts: true, ContentFolder.DefaultDisplayRoot(contentDir), checks: ContentChecks.All);
        return loaded.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.MissingParagraph)
            .Select(d => d with { Severity = Severity.Warning, Message = d.Message + "; ingest keeps edited files as they are: correct the paragraph number to the article's new text, or delete the file and run ingest again" });
    }

    /// <summary>
    /// Whether a file that can cite a paragraph (an article's quotes, a timeline entry, an analysis) is one this run did
    /// not write as it stands now: an edited file it kept, or one an editor made. Files this run wrote all cite the
    /// paragraphs of the text they were made from, so without another there is nothing to check, and the content
    /// folder is not loaded again (a first ingest of a long seed loaded its whole article a second time).
    /// </summary>
    private static bool AnyCitingFileOtherThanThisRuns(string contentDir, IngestResult result)
    {
        var written = result.Files.Where(f => f.Action is WriteAction.Created or WriteAction.Updated or WriteAction.Unchanged or WriteAction.Overwritten)
            .Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in new[] { SiteLoader.ArticlesFolder, SiteLoader.TimelineFolder, SiteLoader.AnalysisFolder })
        {
            var dir = Path.Combine(contentDir, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories))
            {
                if (!written.Contains(Path.GetRelativePath(contentDir, file).Replace('\\', '/'))) return true;
            }
        }
        return false;
    }
}
