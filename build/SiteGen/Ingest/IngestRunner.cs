using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>Where ingest reads and writes, and whether it may replace edited files (after a backup).</summary>
public sealed record IngestOptions(string SeedsDir, string ContentDir, bool Force = false);

/// <summary>The result of one ingest run: what happened to each file, and the seeds that were skipped.</summary>
public sealed record IngestResult(Extraction Extraction, ImmutableArray<WriteOutcome> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool SkippedSeeds => Diagnostics.Any(d => d.IsError);
}

/// <summary>The ingest stage from end to end: seeds/*.txt → extraction → content/ files, preserving edits.</summary>
public static class IngestRunner
{
    public static IngestResult Run(IngestOptions options, string? displayRoot = null)
    {
        var root = displayRoot ?? Directory.GetCurrentDirectory();
        var seeds = Directory.Exists(options.SeedsDir) ? Extractor.SeedFiles([options.SeedsDir]) : [];
        var extraction = new Extractor().ExtractFiles(seeds, root);
        var diagnostics = extraction.Diagnostics;
        if (!Directory.Exists(options.SeedsDir))
        {
            var bag = new DiagnosticBag();
            bag.Error(DiagnosticCodes.SeedUnreadable, SourceSpan.StartOf(Path.GetRelativePath(root, options.SeedsDir)), "the seeds folder does not exist");
            diagnostics = bag.ToImmutable();
        }
        var files = ContentRenderer.Render(extraction);
        var outcomes = new ContentWriter(options.ContentDir, options.Force).Write(files);
        return new IngestResult(extraction, [.. outcomes], diagnostics);
    }
}
