using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>Every link inside the site (href and src under the base path) must name a file the build produced.</summary>
public sealed class InternalLinksMustResolve : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        foreach (var link in context.Links)
        {
            if (ImagesMustExist.IsImage(link.Attribute)) continue;
            if (link.TargetPath is not null && context.ExistingTarget(link.TargetPath) is not null) continue;
            // Locating the source is a search through content/: only pay for it once a link is known to be broken.
            if (link.TargetPath is null)
            {
                context.ReportLink(bag, Severity.Error, DiagnosticCodes.BrokenLink, link, where =>
                    $"the link '{link.Attribute.Value}' leaves the site's base path {context.Urls.BasePath}, so it breaks once published{where}; start it with {context.Urls.BasePath}");
                continue;
            }
            var suggestion = Suggestion(context, link.TargetPath) ?? "fix the address or create the page";
            context.ReportLink(bag, Severity.Error, DiagnosticCodes.BrokenLink, link, where =>
                $"the link '{link.Attribute.Value}' points at {context.Urls.BasePath}{link.TargetPath}, which the site does not have{where}; {suggestion}");
        }
    }

    /// <summary>A built page whose last path segment is close to the missing one, such as a slug with a typo.</summary>
    internal static string? Suggestion(CheckContext context, string missing)
    {
        var wanted = LastSegment(missing);
        if (wanted.Length == 0) return null;
        var best = context.Files.Keys
            .Select(path => (path, distance: EditDistance.Between(wanted, LastSegment(path))))
            .Where(c => c.distance <= Math.Max(2, wanted.Length / 3))
            .OrderBy(c => c.distance).ThenBy(c => c.path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.path is null) return null;
        var url = context.Urls.PathOf(best.path);
        return $"did you mean '{url}'?";
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] : path.TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return name.EndsWith(".html", StringComparison.Ordinal) ? name[..^5] : name;
    }

}
