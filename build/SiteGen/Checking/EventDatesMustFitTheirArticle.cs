using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>
/// Within one article, the events it reports must be in a possible date order: nothing it reports as having happened
/// can come after the article's own date, and nothing it reports as planned can come before something it reports as done.
/// Both usually mean a date was resolved in the wrong week or year ("on Monday", "last year").
/// </summary>
public sealed class EventDatesMustFitTheirArticle : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        var articles = context.Content.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var bySource = context.Content.Events
            .Where(e => e.Date is not null)
            .SelectMany(e => e.Sources.Select(s => (Article: s.Article.Slug, Event: e)))
            .GroupBy(x => x.Article, x => x.Event, StringComparer.Ordinal);

        foreach (var group in bySource)
        {
            if (!articles.TryGetValue(group.Key, out var article)) continue;
            var events = group.Distinct().ToList();
            if (article.Date is { } published)
            {
                foreach (var e in events.Where(e => e.Status == EventStatus.Happened && First(e.Date!.Value) > Last(published)))
                {
                    context.Report(bag, Severity.Error, DiagnosticCodes.EventsOutOfOrder, e.DateSpan,
                        $"'{e.Title}' is dated {e.Date!.Value.Iso} and marked as happened, but its source '{article.Slug}' is dated {published.Iso}; "
                        + "correct the date, or set 'status: planned' if the article announces it");
                }
            }

            var done = events.Where(e => e.Status == EventStatus.Happened).ToList();
            foreach (var plan in events.Where(e => e.Status == EventStatus.Planned))
            {
                var later = done.Where(d => Last(plan.Date!.Value) < First(d.Date!.Value)).OrderByDescending(d => d.Date!.Value).FirstOrDefault();
                if (later is null) continue;
                context.Report(bag, Severity.Warning, DiagnosticCodes.EventsOutOfOrder, plan.DateSpan,
                    $"'{plan.Title}' is planned for {plan.Date!.Value.Iso}, before '{later.Title}' ({later.Date!.Value.Iso}), which the same article '{article.Slug}' reports as done; "
                    + "check the date (a weekday may have been resolved to the wrong week), or set 'status: happened'");
            }
        }
    }

    private static DateOnly First(PartialDate d) => new(d.Year, d.Month == 0 ? 1 : d.Month, d.Day == 0 ? 1 : d.Day);

    private static DateOnly Last(PartialDate d)
    {
        var month = d.Month == 0 ? 12 : d.Month;
        return new DateOnly(d.Year, month, d.Day == 0 ? DateTime.DaysInMonth(d.Year, month) : d.Day);
    }
}
