using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Where a stage gets an article's Markdown body. The content model keeps none, so loading and rendering can be reasoned
/// about apart: the stage that loaded the site hands its source to whatever renders or checks bodies.
/// </summary>
public interface IArticleBodies
{
    /// <summary>The body exactly as loading read it; throws <see cref="ContentChangedException"/> when that is no longer to be had.</summary>
    string Read(Article article);
}

/// <summary>Bodies kept in memory, by the file they came from (serve, check, tests).</summary>
public sealed class HeldArticleBodies(ImmutableDictionary<string, string> bodies) : IArticleBodies
{
    public static readonly HeldArticleBodies None = new(ImmutableDictionary<string, string>.Empty);

    public string Read(Article article) => bodies[article.Origin.Path];
}

/// <summary>
/// Bodies read again from their files whenever they are needed (build), so a build of 100,000 articles does not keep
/// every body for its whole run. A file edited since loading is the one place SG5850 is raised: its pages would mix two versions.
/// </summary>
public sealed class StreamedArticleBodies(string contentDir, ImmutableDictionary<string, StreamedArticleBodies.Loaded> loaded, BuildTimings timings) : IArticleBodies
{
    /// <summary>
    /// What loading saw of a body: the file, and the hash of its whole text (<see cref="Article.SourceHash"/>) to recognise
    /// it again. A stable hash, not string.GetHashCode: a build state keeps it across runs.
    /// </summary>
    public sealed record Loaded(string FullPath, UInt128 TextHash);

    public string Read(Article article)
    {
        var display = article.Origin.Path;
        var file = loaded[display];
        var start = timings.Start();
        var text = SiteFileReader.ReadText(file.FullPath, contentDir, display, new DiagnosticBag());
        var normalised = text is null ? null : FrontMatterDocument.NormaliseText(text);
        timings.Add(BuildStep.ReadFile, start);
        if (normalised is not null && FrontMatterDocument.HashOf(normalised) == file.TextHash && FrontMatterDocument.BodyOf(normalised) is { } body) return body;
        throw new ContentChangedException(new Diagnostic(Severity.Error, DiagnosticCodes.ContentChangedDuringBuild, SourceSpan.StartOf(display),
            "the file was edited while the build was reading it, so its pages would mix two versions; nothing was written: build again"));
    }
}

/// <summary>A content file was edited while a build that had read it was still running: its pages would mix two versions.</summary>
public sealed class ContentChangedException(Diagnostic diagnostic) : Exception($"{diagnostic.Span.Path} changed while the build was running")
{
    /// <summary>The SG5850 error to report in place of the build's result.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;

    public string DisplayPath => Diagnostic.Span.Path;
}
