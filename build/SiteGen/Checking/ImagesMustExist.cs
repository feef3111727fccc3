using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>Every image the site shows from its own address must be a file of the build.</summary>
public sealed class ImagesMustExist : ICheckRule
{
    internal static bool IsImage(HtmlAttribute attribute) =>
        attribute.Name == "src" && attribute.Tag is "img" or "source" or "picture";

    public void Check(CheckContext context, DiagnosticBag bag)
    {
        foreach (var link in context.Links)
        {
            if (!IsImage(link.Attribute)) continue;
            if (link.TargetPath is not null && context.Files.ContainsKey(link.TargetPath)) continue;
            context.ReportLink(bag, Severity.Error, DiagnosticCodes.MissingImage, link, where =>
                $"the image '{link.Attribute.Value}' is not part of the site{where}; "
                + ((link.TargetPath is null ? null : InternalLinksMustResolve.Suggestion(context, link.TargetPath)) ?? "add the image file to the site or fix its name"));
        }
    }
}
