using SiteGen.Diagnostics;
using SiteGen.Ingest;

namespace SiteGen.Serving;

/// <summary>
/// The one call serve makes when a file in seeds/ changes: re-ingest, under ingest's own never-lose-edits rules
/// (hand-edited files are kept). Ingest writes content/, which the watcher then sees like any other edit.
/// </summary>
public static class SeedIngestion
{
    public static IReadOnlyList<Diagnostic> Run(string seedsDir, string contentDir, string displayRoot) =>
        IngestRunner.Run(new IngestOptions(seedsDir, contentDir), displayRoot).Diagnostics;
}
