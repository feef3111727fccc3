using Markdig;
using Markdig.Syntax;

namespace SiteGen.Content;

/// <summary>The one Markdown dialect used everywhere, so the paragraphs the loader counts are the paragraphs the renderer numbers.</summary>
public static class MarkdownDialect
{
    // Raw HTML is off: article bodies come from scraped text, and a "<script>" there must stay text.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseSmartyPants()
        .Build();

    /// <summary>The top-level paragraphs of a body, numbered from 1; headings, lists and quotes are not numbered.</summary>
    public static IEnumerable<(ParagraphBlock Block, int Number)> NumberedParagraphs(MarkdownDocument document)
    {
        var number = 0;
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph) yield return (paragraph, ++number);
        }
    }
}
