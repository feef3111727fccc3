using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>
/// The one call serve makes when a file in seeds/ changes: re-ingest, under ingest's own never-lose-edits rules.
/// Ingest writes content/, which the watcher then sees like any other edit, so serve needs nothing more from it.
/// </summary>
public static class SeedIngestion
{
    /// <summary>
    /// Re-ingests the changed seeds. The ingest stage is being built on another branch; until it lands on this one,
    /// this reports that the seeds changed and what to run, so the editor is not left wondering.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Run(string seedsDir, string contentDir, IReadOnlyList<string> changedSeeds)
    {
        // Wire here when the ingest branch is merged (it exposes IngestRunner.Run(IngestOptions, displayRoot)):
        //     return IngestRunner.Run(new IngestOptions(seedsDir, contentDir), displayRoot).Diagnostics;
        // Ingest re-reads every seed and keeps hand-edited files, so passing only the changed ones is not needed.
        _ = contentDir;
        return [.. changedSeeds.Select(seed => new Diagnostic(Severity.Warning, DiagnosticCodes.SeedChangedWithoutIngest,
            SourceSpan.StartOf(Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(seedsDir)) ?? ".", seed).Replace('\\', '/')),
            "this seed changed, but ingest is not available in this build; run 'sitegen ingest' to update content/"))];
    }
}
