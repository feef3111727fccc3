using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// Where ingest reads and writes, whether it may replace edited files (after a backup), and the slug of a file an editor
/// deleted that this run brings back.
/// </summary>
public sealed record IngestOptions(string SeedsDir, string ContentDir, bool Force = false, string? Restore = null);

/// <summary>The result of one ingest run: what happened to each file, and the seeds that were skipped.</summary>
public sealed record IngestResult(Extraction Extraction, ImmutableArray<WriteOutcome> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool SkippedSeeds => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The ingest stage from end to end: seeds/*.txt → extraction → content/ files, preserving edits. The editor's word is
/// final: the people of content/ attribute the quotes, and a file an editor deleted is not written again.
/// </summary>
public static class IngestRunner
{
    public static IngestResult Run(IngestOptions options, string? displayRoot = null)
    {
        var root = displayRoot ?? Directory.GetCurrentDirectory();
        var bag = new DiagnosticBag();
        var empty = new Extraction([], [], []);
        if (IngestState.Read(options.ContentDir, root, bag) is not { } state) return new IngestResult(empty, [], bag.ToImmutable());
        state = state.WithEditorsDeletions(options.ContentDir);
        var restored = ImmutableArray<string>.Empty;
        if (options.Restore is { } slug)
        {
            restored = state.Named(slug);
            if (restored.IsEmpty)
            {
                var list = state.Deleted.Count == 0 ? "no file is" : "the deleted files are " + string.Join(", ", state.Deleted.Select(d => d[..^3]));
                bag.Error(DiagnosticCodes.NothingToRestore, SourceSpan.StartOf(Path.GetRelativePath(root, IngestState.PathIn(options.ContentDir)).Replace('\\', '/')),
                    $"no deleted file is called '{slug}'; {list}");
                return new IngestResult(empty, [], bag.ToImmutable());
            }
            state = state with { Deleted = state.Deleted.Except(restored) };
        }

        if (!Directory.Exists(options.SeedsDir))
        {
            bag.Error(DiagnosticCodes.SeedUnreadable, SourceSpan.StartOf(Path.GetRelativePath(root, options.SeedsDir)), "the seeds folder does not exist");
        }
        var seeds = Directory.Exists(options.SeedsDir) ? Extractor.SeedFiles([options.SeedsDir]) : [];
        var extractor = new Extractor(KnownPerson.InContent(options.ContentDir));
        var extraction = extractor.ExtractFiles(seeds, root);
        // A deleted article's seed is read as if it were not there, so nothing cites the article.
        var deletedArticles = extraction.Articles.Where(a => state.Deleted.Contains(EditorsDeletions.ArticlePath(a.Slug))).ToList();
        var skip = deletedArticles.Select(a => a.Seed).ToHashSet(StringComparer.Ordinal);
        if (deletedArticles.Count > 0) extraction = extractor.ExtractFiles([.. seeds.Where(s => !skip.Contains(Path.GetFileName(s)))], root);
        var deletedPeople = extraction.People.Select(p => EditorsDeletions.PersonPath(p.Slug)).Where(state.Deleted.Contains).ToList();
        extraction = EditorsDeletions.WithoutDeletedPeople(extraction, state.Deleted);
        var files = ContentRenderer.Render(extraction);
        // An article the build could not load (SiteFileReader's limit: a seed of one short quote said a hundred thousand
        // times makes front matter eight times its size) is never written: its seed is refused, and read as if it were not
        // there, as an unreadable one is, so nothing cites the article.
        var refused = new DiagnosticBag();
        while (Oversized(files, extraction) is { Count: > 0 } oversized)
        {
            foreach (var (seed, article, bytes) in oversized)
            {
                skip.Add(seed);
                refused.Error(DiagnosticCodes.SeedArticleTooLarge, SourceSpan.StartOf(DisplayPath(seeds.First(s => Path.GetFileName(s) == seed), root)), string.Create(CultureInfo.InvariantCulture,
                    $"skipped: the article it makes (articles/{article}.md) would be {bytes:N0} bytes, over the {SiteFileReader.MaxTextBytes / (1024 * 1024)} MB a content file may be, so the build could not load it; split the seed, or cut the text it repeats"));
            }
            extraction = extractor.ExtractFiles([.. seeds.Where(s => !skip.Contains(Path.GetFileName(s)))], root);
            deletedPeople = extraction.People.Select(p => EditorsDeletions.PersonPath(p.Slug)).Where(state.Deleted.Contains).ToList();
            extraction = EditorsDeletions.WithoutDeletedPeople(extraction, state.Deleted);
            files = ContentRenderer.Render(extraction);
        }
        bag.AddRange(extraction.Diagnostics);
        bag.AddRange(refused.ToImmutable());
        var written = files.Where(f => !state.Deleted.Contains(f.RelativePath)).ToList();
        // The state is saved before anything is removed and again at the end, so a killed run never leaves a file ingest
        // removed itself on record as written (and so, next time, as an editor's deletion).
        var writtenBefore = state.Written.Union(written.Select(f => f.RelativePath));
        void Save(IEnumerable<string> removed) =>
            new IngestState([.. writtenBefore.Except(removed).Where(w => File.Exists(Path.Combine(options.ContentDir, w)))], state.Deleted).Save(options.ContentDir);
        var outcomes = new ContentWriter(options.ContentDir, options.Force, deletedArticles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal))
            .Write(written, removed => Save(removed)).ToList();
        Save(outcomes.Where(o => o.Action == WriteAction.Removed).Select(o => o.RelativePath));
        outcomes.AddRange(files.Where(f => state.Deleted.Contains(f.RelativePath)).Select(f => f.RelativePath)
            .Concat(deletedArticles.Select(a => EditorsDeletions.ArticlePath(a.Slug))).Concat(deletedPeople)
            .Select(path => new WriteOutcome(path, WriteAction.LeftDeleted)));
        return new IngestResult(extraction, [.. outcomes.DistinctBy(o => o.RelativePath).OrderBy(o => o.RelativePath, StringComparer.Ordinal)], bag.ToImmutable());
    }

    /// <summary>Each article over the size a content file may be, with its seed, slug and size in bytes.</summary>
    private static List<(string Seed, string Slug, long Bytes)> Oversized(IReadOnlyList<GeneratedFile> files, Extraction extraction)
    {
        var sizes = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        return [.. extraction.Articles.Select(a => (a.Seed, a.Slug, Bytes: sizes[EditorsDeletions.ArticlePath(a.Slug)].ByteCount)).Where(a => a.Bytes > SiteFileReader.MaxTextBytes)];
    }

    private static string DisplayPath(string file, string root) => Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
}
