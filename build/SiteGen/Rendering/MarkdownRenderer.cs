using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Pipeline;

namespace SiteGen.Rendering;

/// <summary>
/// Renders content Markdown to HTML: site-absolute links gain base_url's sub-path, article paragraphs gain #pN anchors,
/// links the <see cref="LinkFilter"/> refuses become their text, and links to other sites get rel="noopener noreferrer".
/// </summary>
/// <param name="urls">The site's address scheme: its sub-path is added to site-absolute links, and links to other hosts are external.</param>
/// <param name="cache">Rendered bodies kept between renders (the preview server's).</param>
public sealed class MarkdownRenderer(SiteUrls urls, RenderCache? cache = null)
{
    public string Render(string markdown) => Render(markdown, numberParagraphs: false);

    /// <summary>Renders an article body with <c>id="pN"</c> on each numbered paragraph, so quotes and events can cite it.</summary>
    public string RenderArticle(string markdown) => Render(markdown, numberParagraphs: true);

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
        return RenderDocument(document, numbers);
    }

    public static string ParagraphId(int number) => SiteUrls.ParagraphId(number);

    private string Render(string markdown, bool numberParagraphs)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        return cache is null ? RenderNow(markdown, numberParagraphs) : cache.Markdown(markdown, numberParagraphs, () => RenderNow(markdown, numberParagraphs));
    }

    private string RenderNow(string markdown, bool numberParagraphs)
    {
        var start = BuildTimings.Start();
        // Content is cleaned when read; cleaning again here keeps the renderer total for any string it is handed.
        var document = Markdown.Parse(TextHygiene.Clean(markdown), MarkdownDialect.Pipeline);
        var html = RenderDocument(document, numberParagraphs ? MarkdownDialect.NumberedParagraphs(document).ToDictionary(p => (Block)p.Block, p => p.Number) : null);
        BuildTimings.Add(BuildStep.RenderMarkdown, start);
        return html;
    }

    // numbers: each numbered paragraph's number, counted on the whole body (a cited-only body has gaps); null to number none.
    private string RenderDocument(MarkdownDocument document, Dictionary<Block, int>? numbers)
    {
        LinkFilter.RenderUnsafeLinksAsText(document);
        MarkExternalLinks(document);
        foreach (var (block, number) in numbers ?? [])
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var attributes = block.GetAttributes();
            attributes.Id = ParagraphId(number);
            attributes.AddProperty("data-n", n);
            // The number is a link to the paragraph itself, so a reader can copy the address of exactly this paragraph.
            var link = new HtmlInline($"<a class=\"pn\" href=\"#{ParagraphId(number)}\"><span class=\"visually-hidden\">Paragraph </span>{n}</a> ");
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

    // Editors write links as the site will show them ("/people/zhang-hong/"); the sub-path is added here so content never depends on where the site is hosted.
    private string RewriteLink(string url) => urls.Published(url);
}
