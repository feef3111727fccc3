using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Renders content Markdown to HTML: site-absolute links gain base_url's sub-path, article paragraphs gain #pN anchors,
/// links the <see cref="LinkFilter"/> refuses become their text, and links to other sites get rel="noopener noreferrer".
/// Images of content/ are given their fingerprinted address and their width and height, so the page does not jump as they load.
/// </summary>
/// <param name="urls">The site's address scheme: its sub-path is added to site-absolute links, and links to other hosts are external.</param>
/// <param name="memo">Rendered bodies kept between renders (the preview server's).</param>
/// <param name="images">The images of content/ that bodies may show.</param>
/// <param name="timings">Where Markdown time is counted (off when not given).</param>
/// <param name="paragraphLabel">What a screen reader hears before an article paragraph's number, in the site's language
/// (<c>article.paragraph_label</c>); without one the number stands alone.</param>
public sealed class MarkdownRenderer(SiteUrls urls, IRenderMemo? memo = null, ContentImages? images = null, BuildTimings? timings = null, string? paragraphLabel = null)
{
    private readonly string _hiddenLabel = string.IsNullOrEmpty(paragraphLabel) ? "" : $"<span class=\"visually-hidden\">{System.Net.WebUtility.HtmlEncode(paragraphLabel)} </span>";

    /// <param name="markdown">The body.</param>
    /// <param name="folder">The folder under content/ of the file it comes from ("people"), which its relative image addresses start from.</param>
    public string Render(string markdown, string folder = "") => Render(markdown, numberParagraphs: false, folder);

    /// <summary>Renders an article body with <c>id="pN"</c> on each numbered paragraph, so quotes and events can cite it.</summary>
    public string RenderArticle(string markdown) => Render(markdown, numberParagraphs: true, SiteLoader.ArticlesFolder);

    /// <summary>
    /// Renders only the numbered paragraphs in <paramref name="cited"/>, each keeping its number and #pN anchor, for a site
    /// that may not republish whole articles; headings and everything else between them are left out.
    /// </summary>
    public string RenderCitedParagraphs(string markdown, IReadOnlySet<int> cited)
    {
        if (string.IsNullOrWhiteSpace(markdown) || cited.Count == 0) return "";
        var document = Markdown.Parse(TextHygiene.Clean(markdown), MarkdownDialect.Pipeline);
        var numbers = MarkdownDialect.NumberedParagraphs(document).ToDictionary(p => (Block)p.Block, p => p.Number);
        for (var i = document.Count - 1; i >= 0; i--)
        {
            if (!numbers.TryGetValue(document[i], out var number) || !cited.Contains(number)) document.RemoveAt(i);
        }
        return RenderDocument(document, numbers, SiteLoader.ArticlesFolder);
    }

    public static string ParagraphId(int number) => SiteUrls.ParagraphId(number);

    private string Render(string markdown, bool numberParagraphs, string folder)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        // The same body in another folder may name other images: the folder is part of what the cache knows it by.
        var key = folder.Length == 0 ? markdown : folder + "\0" + markdown;
        return memo is null ? RenderNow(markdown, numberParagraphs, folder) : memo.Markdown(key, numberParagraphs, () => RenderNow(markdown, numberParagraphs, folder));
    }

    private string RenderNow(string markdown, bool numberParagraphs, string folder)
    {
        var start = (timings ?? BuildTimings.Off).Start();
        // Content is cleaned when read; cleaning again here keeps the renderer total for any string it is handed.
        var document = Markdown.Parse(TextHygiene.Clean(markdown), MarkdownDialect.Pipeline);
        var html = RenderDocument(document, numberParagraphs ? MarkdownDialect.NumberedParagraphs(document).ToDictionary(p => (Block)p.Block, p => p.Number) : null, folder);
        (timings ?? BuildTimings.Off).Add(BuildStep.RenderMarkdown, start);
        return html;
    }

    // numbers: each numbered paragraph's number, counted on the whole body (a cited-only body has gaps); null to number none.
    private string RenderDocument(MarkdownDocument document, Dictionary<Block, int>? numbers, string folder)
    {
        LinkFilter.RenderUnsafeLinksAsText(document);
        MarkExternalLinks(document);
        PublishImages(document, folder);
        foreach (var (block, number) in numbers ?? [])
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var attributes = block.GetAttributes();
            attributes.Id = ParagraphId(number);
            attributes.AddProperty("data-n", n);
            // The number is a link to the paragraph itself, so a reader can copy the address of exactly this paragraph.
            var link = new HtmlInline($"<a class=\"pn\" href=\"#{ParagraphId(number)}\">{_hiddenLabel}{n}</a> ");
            if (((ParagraphBlock)block).Inline is { } inline)
            {
                if (inline.FirstChild is { } first) first.InsertBefore(link);
                else inline.AppendChild(link);
            }
        }
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        MarkdownDialect.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // A page opened from the site must not get a handle on it (window.opener) nor learn where the reader came from.
    private void MarkExternalLinks(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants().OfType<Inline>())
        {
            var external = inline switch
            {
                LinkInline { IsImage: false } link => LinkFilter.IsExternal(link.Url ?? "", urls.Host),
                AutolinkInline { IsEmail: false } auto => LinkFilter.IsExternal(auto.Url, urls.Host),
                _ => false,
            };
            if (external) inline.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
        }
    }

    /// <summary>
    /// Points links and images at content/'s images under their fingerprinted names and gives each image its size, lazy
    /// loading after the first (the first is likely in view, and lazy loading it would only delay it) and async decoding.
    /// An image marked decorative gets an empty alt, which tells screen readers to skip it.
    /// </summary>
    private void PublishImages(MarkdownDocument document, string folder)
    {
        var first = true;
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var image = images?.Find(link.Url ?? "", folder).Image;
            // Written as a site path, as editors write links: the link rewriter adds base_url's sub-path.
            if (image is not null) link.Url = "/" + image.PublishedPath;
            if (!link.IsImage) continue;
            var attributes = link.GetAttributes();
            if (image is { Width: { } width, Height: { } height })
            {
                attributes.AddProperty("width", width.ToString(CultureInfo.InvariantCulture));
                attributes.AddProperty("height", height.ToString(CultureInfo.InvariantCulture));
            }
            if (!first) attributes.AddProperty("loading", "lazy");
            attributes.AddProperty("decoding", "async");
            first = false;
            if (string.Equals(link.Title?.Trim(), MarkdownBody.DecorativeTitle, StringComparison.OrdinalIgnoreCase))
            {
                link.Title = null;
                foreach (var child in link.ToList()) child.Remove();
            }
        }
    }

    // Editors write links as the site will show them ("/people/anna-berg/"); the sub-path is added here so content never depends on where the site is hosted.
    private string RewriteLink(string url) => urls.Published(url);
}
