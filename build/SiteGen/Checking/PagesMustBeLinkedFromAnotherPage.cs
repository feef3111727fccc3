using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>Every page except the home page and the 404 page must be linked from some other page, or readers cannot find it.</summary>
public sealed class PagesMustBeLinkedFromAnotherPage : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in context.Links)
        {
            if (link.TargetPath is null || context.ExistingTarget(link.TargetPath) is not { } target || target == link.From.Path) continue;
            linked.Add(target);
        }
        var sources = context.Content.Articles.Select(a => (a.Slug, a.Origin))
            .Concat(context.Content.People.Select(p => (p.Slug, p.Origin)))
            .Concat(context.Content.Events.Select(e => (e.Slug, e.Origin)))
            .Concat(context.Content.Analyses.Select(a => (a.Slug, a.Origin)))
            .Concat(context.Content.Pages.Select(p => (p.Slug, p.Origin)))
            .ToList();

        foreach (var page in context.Pages)
        {
            if (page.Path is "index.html" or "404.html" || linked.Contains(page.Path)) continue;
            var url = context.Urls.PathOf(page.Path);
            var segments = page.Path.Replace(".html", "", StringComparison.Ordinal).Split('/');
            // The content file a page came from: the one whose slug and folder name appear in the page's path.
            var origin = sources.Where(s => segments.Contains(s.Slug) && s.Origin.Path.Split('/').Any(segments.Contains))
                .Select(s => (SourceSpan?)s.Origin).FirstOrDefault()
                ?? sources.Where(s => segments.Contains(s.Slug)).Select(s => (SourceSpan?)s.Origin).FirstOrDefault()
                ?? context.TemplateOf(page.Path);
            context.Report(bag, Severity.Warning, DiagnosticCodes.OrphanPage, origin,
                $"no other page links to {url}, so readers can only reach it by typing its address; link it from a related page, or mark it 'draft: true'");
        }
    }
}
