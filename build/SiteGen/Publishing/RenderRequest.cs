using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Cards;

namespace SiteGen.Publishing;

/// <summary>
/// One render of a site, as one value: what to render, and how the stage that asks wants it done. <c>build</c> gives a
/// sink and a sources key; <c>serve</c> gives a cache and takes the search index later; <c>check</c> gives neither.
/// </summary>
/// <param name="Content">The loaded, checked content.</param>
/// <param name="Bodies">Where the articles' bodies come from: memory (serve, check) or their files again (build).</param>
/// <param name="Templates">The parsed templates and assets.</param>
public sealed record RenderRequest(SiteContent Content, IArticleBodies Bodies, TemplateSet Templates)
{
    /// <summary>How long one page's templates may run before they are stopped and reported.</summary>
    public TimeSpan PageRenderLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>What the previous render can lend (the preview server's); pages whose model did not change are reused.</summary>
    public RenderCache? Cache { get; init; }

    /// <summary>
    /// When given, every file goes to it as soon as it is made and none is kept: a build streams its pages to disk, so
    /// memory does not grow with the page count. <see cref="RenderOutput.Files"/> is then empty.
    /// </summary>
    public IOutputSink? Sink { get; init; }

    /// <summary>With a sink or <see cref="Published"/>: <see cref="PageKeys.SourcesKey"/>, so an article page whose inputs are unchanged is kept unrendered (see <see cref="PageIndex"/>).</summary>
    public UInt128? SourcesKey { get; init; }

    /// <summary>
    /// Leave the search index out of the files, to be made by <see cref="RenderOutput.SearchIndexLater"/>: the preview
    /// serves the new pages first (merging a large site's index takes longer than its pages).
    /// </summary>
    public bool SearchIndexLater { get; init; }

    /// <summary>With a sink or <see cref="Published"/>: what the build state keeps of each article's body (search documents, people named), so a kept article's body is not read again.</summary>
    public ArticleMemo? ArticleMemo { get; init; }

    /// <summary>
    /// For the preview's first render after a restart: the last build's output/, from which a page or card whose input key
    /// it indexes (with <see cref="SourcesKey"/>) is read back instead of rendered. <see cref="ArticleMemo"/> then lends
    /// that build's search documents to the render cache.
    /// </summary>
    public PublishedSite? Published { get; init; }

    /// <summary>What draws the share cards no cache holds (a test counts with its own).</summary>
    public IShareCardPainter CardPainter { get; init; } = ShareCardPainter.Instance;

    /// <summary>Where this render's time is counted (SITEGEN_TIMINGS=1).</summary>
    public BuildTimings Timings { get; init; } = BuildTimings.Off;
}

/// <summary>What a render made: the files it kept in memory, and the search index when it was asked for later.</summary>
public sealed record RenderOutput(ImmutableArray<OutputFile> Files, Func<ImmutableArray<OutputFile>>? SearchIndexLater);
