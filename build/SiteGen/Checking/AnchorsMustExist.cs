using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>A link's #fragment must name an id on the page it points at (or on its own page, for "#x").</summary>
public sealed class AnchorsMustExist : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        var pages = context.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var link in context.Links)
        {
            if (link.Fragment is null || link.TargetPath is null) continue;
            if (context.ExistingTarget(link.TargetPath) is not { } target || !pages.TryGetValue(target, out var page)) continue;
            if (page.Anchors.Contains(link.Fragment)) continue;
            var close = page.Anchors.Where(a => a.StartsWith(link.Fragment[..Math.Min(3, link.Fragment.Length)], StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            context.ReportLink(bag, Severity.Error, DiagnosticCodes.BrokenAnchor, link, where =>
                $"the link '{link.Attribute.Value}' jumps to '#{link.Fragment}', but {context.Urls.BasePath}{link.TargetPath} has no element with that id{where}; "
                + (close is null ? "link to an existing heading's id or remove the fragment" : $"did you mean '#{close}'?"));
        }
    }
}
