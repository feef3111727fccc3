using SiteGen.Diagnostics;

using SiteGen.Content;

namespace SiteGen.Checking;

/// <summary>
/// Checks every image a file names, in its Markdown body or its <c>image:</c> field, against the images of content/:
/// a missing one or one that is not an image is an error where it is written, and an image without alt text is a
/// warning unless marked decorative. Run after every load: an image can appear or vanish while the Markdown stays the same.
/// </summary>
public sealed class ImageReferenceChecker : IContentCheck
{
    private const string Kinds = "png, jpg, jpeg, gif, webp, avif or svg";

    public SiteContent Check(SiteContent content, IArticleBodies bodies, IReadOnlySet<string> leftOut, DiagnosticBag bag)
    {
        // Each file's body, then its image: field, in the order the site is loaded.
        (IEnumerable<MarkdownLink> Links, ImageField? Image, string Folder)[] files =
        [
            ([], content.Site.Image, ""),
            (content.Home.Links, content.Home.Image, ""),
            .. content.Articles.Select(a => ((IEnumerable<MarkdownLink>)a.Links, a.Image, SiteLoader.ArticlesFolder)),
            .. content.People.Select(p => ((IEnumerable<MarkdownLink>)p.Links, p.Image, SiteLoader.PeopleFolder)),
            .. content.Events.Select(e => ((IEnumerable<MarkdownLink>)e.Links, (ImageField?)null, SiteLoader.TimelineFolder)),
            .. content.Analyses.Select(a => ((IEnumerable<MarkdownLink>)a.Links, a.Image, SiteLoader.AnalysisFolder)),
            .. content.Pages.Select(p => ((IEnumerable<MarkdownLink>)p.Links, p.Image, SiteLoader.PagesFolder)),
        ];
        foreach (var (links, image, folder) in files)
        {
            CheckBody(links, folder, content.Images, bag);
            CheckField(image, folder, content.Images, bag);
        }
        return content;
    }

    private static void CheckBody(IEnumerable<MarkdownLink> links, string folder, ContentImages images, DiagnosticBag bag)
    {
        foreach (var link in links.Where(l => l.IsImage && LinkFilter.IsAllowed(l.Address)))
        {
            var (result, _, tried) = images.Find(link.Address, folder);
            switch (result)
            {
                case ContentImages.Lookup.Missing:
                    bag.Error(DiagnosticCodes.ImageNotFound, link.Span, Missing(link.Address, tried!, folder, images));
                    continue;
                case ContentImages.Lookup.NotAnImage:
                    bag.Error(DiagnosticCodes.NotAnImage, link.Span, $"'{link.Address}' is content/{tried}, which is not an image ({Kinds}); link to it with [text](address) instead");
                    continue;
            }
            if (link.Alt.Length == 0 && !link.Decorative)
                bag.Warning(DiagnosticCodes.ImageWithoutAlt, link.Span,
                    $"the image '{link.Address}' has no alt text, so a reader who cannot see it learns nothing: say what it shows in ![...], or mark it as decoration with the title \"{MarkdownBody.DecorativeTitle}\"");
        }
    }

    private static void CheckField(ImageField? field, string folder, ContentImages images, DiagnosticBag bag)
    {
        if (field is null) return;
        var (result, image, tried) = images.Find(field.Written, folder);
        switch (result)
        {
            case ContentImages.Lookup.NotContent:
                bag.Error(DiagnosticCodes.ImageNotFound, field.Span, $"'image' must name an image file in content/ ({Kinds}), such as images/card.png, not '{field.Written}'");
                break;
            case ContentImages.Lookup.Missing:
                bag.Error(DiagnosticCodes.ImageNotFound, field.Span, Missing(field.Written, tried!, folder, images));
                break;
            case ContentImages.Lookup.NotAnImage:
                bag.Error(DiagnosticCodes.NotAnImage, field.Span, $"'image' names content/{tried}, which is not an image ({Kinds})");
                break;
            case ContentImages.Lookup.Found when !ImageFormats.ShownInSocialCards(image!.Format):
                bag.Warning(DiagnosticCodes.ImageNotShownInSocialCards, field.Span,
                    $"social networks show no {ImageFormats.Name(image.Format)} card, so this page gets none; use a PNG or JPEG (1200 × 630 suits every network)");
                break;
        }
    }

    private static string Missing(string written, string tried, string folder, ContentImages images)
    {
        var besideFile = !written.TrimStart().StartsWith('/') && folder.Length > 0;
        var where = besideFile ? $"content/{folder}/ or content/" : "content/";
        var hint = images.SameNameOtherCase(tried) is { } other ? $"; did you mean content/{other}? (letter case matters on a web host)" : "";
        return $"there is no image '{written}' in {where}{hint}";
    }
}
