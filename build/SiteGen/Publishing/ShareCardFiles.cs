using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Cards;

namespace SiteGen.Publishing;

/// <summary>
/// Writes the share cards the rendered pages name. A card is drawn only when nothing holds it already: a build keeps
/// the one the last build wrote under the same key (its file name is that key), the preview keeps the one it drew last
/// (and, after a restart, reads the one the last build wrote).
/// </summary>
public static class ShareCardFiles
{
    /// <summary>The cards of these pages, each once, in page order; drawn, kept or reused, then written or returned.</summary>
    /// <param name="pages">The rendered pages' values.</param>
    /// <param name="painter">What draws a card that no cache holds.</param>
    /// <param name="sink">A build's staged site, which keeps a card the last build wrote; null for a render into memory.</param>
    /// <param name="cache">The preview's cache of the cards it drew last; null for a build or a check.</param>
    /// <param name="published">The last build's output/, on the preview's first render after a restart: its card under the same key is read back.</param>
    /// <param name="siteFile">Where site.yaml is, whose <c>cards: false</c> turns cards off.</param>
    /// <param name="bag">Receives why cards could not be drawn at all.</param>
    /// <returns>The cards' files when there is no sink (they were written to it otherwise).</returns>
    public static List<OutputFile> Publish(IEnumerable<PageView> pages, IShareCardPainter painter, IOutputSink? sink, RenderCache? cache, PublishedSite? published, SourceSpan siteFile, DiagnosticBag bag)
    {
        var cards = pages.Select(p => p.Card).OfType<ShareCard>().DistinctBy(c => c.Key).ToList();
        var files = new OutputFile?[cards.Count];
        var used = new ConcurrentDictionary<UInt128, byte[]>();
        try
        {
            Parallel.For(0, cards.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var card = cards[i];
                if (sink is not null && sink.TryKeep(card.PublishedPath, card.Key)) return;
                var bytes = cache?.Card(card.Key) ?? published?.Read(card.PublishedPath, card.Key) ?? painter.Paint(card);
                used[card.Key] = bytes;
                var file = new OutputFile(card.PublishedPath, bytes);
                if (sink is not null) sink.Write(file, card.Key);
                else files[i] = file;
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(NativeLibraryMissing) is { } missing)
        {
            bag.Error(DiagnosticCodes.ShareCardsUnavailable, siteFile,
                $"share cards could not be drawn ({missing.GetBaseException().Message.Split(". ")[0].TrimEnd('.')}): the native libraries libSkiaSharp and libHarfBuzzSharp must be beside the sitegen program; set 'cards: false' in site.yaml to build without cards");
            return [];
        }
        cache?.KeepCards(used);
        return [.. files.OfType<OutputFile>()];
    }

    private static bool NativeLibraryMissing(Exception ex) =>
        ex.GetBaseException() is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException;
}
