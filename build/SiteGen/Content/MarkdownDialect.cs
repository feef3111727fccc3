using Markdig;
using Markdig.Extensions.SmartyPants;
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
        .UseSmartyPants(TypographicCharacters())
        .Build();

    // Markdig writes curly quotes and dashes as HTML entities by default, which then reach the feed and the search
    // index as literal "&lsquo;". Real characters are the same on a page and are plain text everywhere else.
    private static SmartyPantOptions TypographicCharacters()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = "\u2018";
        options.Mapping[SmartyPantType.RightQuote] = "\u2019";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "\u201C";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "\u201D";
        options.Mapping[SmartyPantType.LeftAngleQuote] = "\u00AB";
        options.Mapping[SmartyPantType.RightAngleQuote] = "\u00BB";
        options.Mapping[SmartyPantType.Ellipsis] = "\u2026";
        options.Mapping[SmartyPantType.Dash2] = "\u2013";
        options.Mapping[SmartyPantType.Dash3] = "\u2014";
        return options;
    }

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
