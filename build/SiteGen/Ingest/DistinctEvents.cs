using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>
/// One event per date and status in an article: the caption and the lede often restate the same day. An undated
/// proposal between two people the article has already floated a meeting between is that meeting again ("Roe is
/// ready to meet Doe" ... "Doe said he could meet Roe"). Sifted as events are found, in reading order, so an article
/// that repeats a date thousands of times holds one event for it, not one (with its sentence) per mention.
/// </summary>
internal sealed class DistinctEvents
{
    private readonly HashSet<(string?, EventStatus, string)> _seen = [];
    private readonly List<ExtractedEvent> _floated = [];
    private readonly List<ExtractedEvent> _kept = [];

    /// <summary>The events kept so far, in the order they were found.</summary>
    public IReadOnlyList<ExtractedEvent> Kept => _kept;

    public void Add(ExtractedEvent e)
    {
        var key = (e.Date?.Iso, e.Status, e.Date is null ? e.Sentence : "");
        if (!_seen.Add(key)) return;
        if (e.Date is null && e.Status == EventStatus.Proposed)
        {
            if (_floated.Any(f => f.People.Intersect(e.People).Count() >= 2)) return;
            _floated.Add(e);
        }
        _kept.Add(e);
    }
}
