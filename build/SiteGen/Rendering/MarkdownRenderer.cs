using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>Renders content Markdown to HTML: site-absolute links gain base_url's sub-path, article paragraphs gain #pN anchors.</summary>
public sealed class MarkdownRenderer(string basePath, RenderCache? cache = null)
{
    public string Render(string markdown) => Render(markdown, numberParagraphs: false);

    /// <summary>Renders an article body with <c>id="pN"</c> on each numbered paragraph, so quotes and events can cite it.</summary>
    public string RenderArticle(string markdown) => Render(markdown, numberParagraphs: true);

    public static string ParagraphId(int number) => "p" + number.ToString(CultureInfo.InvariantCulture);

    private string Render(string markdown, bool numberParagraphs)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        return cache is null ? RenderNow(markdown, numberParagraphs) : cache.Markdown(markdown, numberParagraphs, () => RenderNow(markdown, numberParagraphs));
    }

    private string RenderNow(string markdown, bool numberParagraphs)
    {
        var document = Markdown.Parse(markdown, MarkdownDialect.Pipeline);
        if (numberParagraphs)
        {
            foreach (var (block, number) in MarkdownDialect.NumberedParagraphs(document))
            {
                var attributes = block.GetAttributes();
                attributes.Id = ParagraphId(number);
                attributes.AddProperty("data-n", number.ToString(CultureInfo.InvariantCulture));
            }
        }
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        MarkdownDialect.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // Editors write links as the site will show them ("/people/zhang-hong/"); the sub-path is added here so content never depends on where the site is hosted.
    private string RewriteLink(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url.TrimStart('/') : url;
}
