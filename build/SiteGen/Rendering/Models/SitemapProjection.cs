namespace SiteGen.Rendering;

/// <summary>The sitemap's entries: every listed page (<see cref="PageView.Listed"/>) with the date its content last changed.</summary>
public static class SitemapProjection
{
    /// <param name="pages">The rendered pages' values, in the order the site lists them.</param>
    public static IEnumerable<DatedEntry> Entries(IEnumerable<PageView> pages) =>
        pages.Where(p => p.Listed).Select(p => new DatedEntry(p.Title, p.Url, p.Modified is { } m && Content.PartialDate.TryParse(m, out var d) ? d : null, p.Description));
}
