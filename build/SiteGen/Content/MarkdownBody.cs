using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;

namespace SiteGen.Content;

/// <summary>
/// Parses a content body once at load, bounded: nesting deeper than <see cref="MaxNesting"/> is an error at its place
/// instead of Markdig's unplaced exception (or a minute of work on a 9 MB list), and links the
/// <see cref="LinkFilter"/> refuses are reported where they are written.
/// </summary>
public static class MarkdownBody
{
    /// <summary>How many lists, quotes, emphases and links may nest; prose needs a handful, and Markdig itself gives up at 128 tree levels.</summary>
    public const int MaxNesting = 32;

    /// <param name="path">The file, as diagnostics name it.</param>
    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="bodyLine">The file line (1-based) the body starts on.</param>
    /// <param name="bag">Receives the problems.</param>
    /// <returns>The parsed body, or null when it is nested too deeply to use.</returns>
    public static MarkdownDocument? Parse(string path, string body, int bodyLine, DiagnosticBag bag)
    {
        // Markdig's block parser slows down with depth long before it refuses: look at each line's container prefix first.
        if (TooDeepLine(body) is { } line)
        {
            ReportTooDeep(bag, SourceSpan.At(path, bodyLine + line.Line, line.Column + 1));
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, MarkdownDialect.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, hit inside a line (thousands of '['); it says not where, so point at the likeliest line.
            var (guessLine, guessColumn) = DensestInlineNesting(body);
            ReportTooDeep(bag, SourceSpan.At(path, bodyLine + guessLine, guessColumn + 1));
            return null;
        }

        var lines = new LineStarts(body);
        if (TooDeepObject(document) is { } deep)
        {
            ReportTooDeep(bag, lines.SpanOf(path, bodyLine, deep));
            return null;
        }

        foreach (var link in LinkFilter.UnsafeLinks(document))
        {
            var address = LinkFilter.AddressOf(link)!;
            var shown = address.Length > 60 ? address[..60] + "…" : address;
            var what = link is LinkInline { IsImage: true } ? "image" : "link";
            bag.Warning(DiagnosticCodes.UnsafeLink, lines.SpanOf(path, bodyLine, link),
                $"the {what} address '{Printable(shown)}' is shown as text, not linked: only http, https, mailto and addresses on this site may be links");
        }
        return document;
    }

    /// <summary>
    /// Every link address written in a parsed body, in reading order, each at the place its address is written: inline
    /// links and images, autolinks and reference definitions. The checker points an editor at these, so it never searches text.
    /// </summary>
    public static ImmutableArray<MarkdownLink> Links(string path, string body, int bodyLine, MarkdownDocument document)
    {
        var lines = new LineStarts(body);
        var links = ImmutableArray.CreateBuilder<MarkdownLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Reference: null, Url: { Length: > 0 } url } link:
                    // The address follows the label: look after it, so a label that repeats the address is not taken for it.
                    var after = !link.IsAutoLink && link.LastChild is { Span.End: var labelEnd } && labelEnd >= link.Span.Start ? labelEnd + 1 : link.Span.Start;
                    links.Add(new MarkdownLink(url, lines.SpanAt(path, bodyLine, AddressOffset(body, link.Span, after, url)))
                    {
                        IsImage = link.IsImage,
                        Alt = link.IsImage ? AltText(link) : "",
                        Decorative = link.IsImage && string.Equals(link.Title?.Trim(), DecorativeTitle, StringComparison.OrdinalIgnoreCase),
                    });
                    break;
                case AutolinkInline { Url: { Length: > 0 } url } autolink:
                    links.Add(new MarkdownLink(url, lines.SpanAt(path, bodyLine, AddressOffset(body, autolink.Span, autolink.Span.Start, url))));
                    break;
                case LinkReferenceDefinition { Url: { Length: > 0 } url } definition:
                    links.Add(new MarkdownLink(url, lines.SpanAt(path, bodyLine, AddressOffset(body, definition.Span, definition.Span.Start + definition.Label?.Length ?? definition.Span.Start, url))));
                    break;
            }
        }
        return links.ToImmutable();
    }

    /// <summary>The title that marks an image as decoration, which needs no alt text: <c>![](rule.png "decorative")</c>.</summary>
    public const string DecorativeTitle = "decorative";

    /// <summary>An image's alt text as a reader of the page hears it: its label's text, without the Markdown.</summary>
    public static string AltText(LinkInline image) =>
        string.Concat(image.Descendants().Select(d => d switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();

    /// <summary>Where the address starts inside its link's own source (after "](" or "&lt;"), or the link's start when it is written escaped.</summary>
    private static int AddressOffset(string body, Markdig.Syntax.SourceSpan span, int from, string url)
    {
        if (span.Start < 0 || span.End >= body.Length || from < span.Start || from > span.End) return Math.Max(0, span.Start);
        var at = body.AsSpan(from, span.End + 1 - from).IndexOf(url.AsSpan(), StringComparison.Ordinal);
        return at >= 0 ? from + at : span.Start;
    }

    /// <summary>
    /// Where each line of the body starts, to place an object by its character offset. Markdig's own Line is wrong for
    /// inlines in a multi-line setext heading (it counts the heading's lines twice); its Span is right.
    /// </summary>
    private sealed class LineStarts
    {
        private readonly List<int> _starts = [0];

        public LineStarts(string text)
        {
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts.Add(i + 1);
        }

        public SourceSpan SpanOf(string path, int bodyLine, MarkdownObject node) => SpanAt(path, bodyLine, node.Span.Start);

        public SourceSpan SpanAt(string path, int bodyLine, int offset)
        {
            offset = Math.Max(0, offset);
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return SourceSpan.At(path, bodyLine + line, offset - _starts[line] + 1);
        }
    }

    private static void ReportTooDeep(DiagnosticBag bag, SourceSpan span) =>
        bag.Error(DiagnosticCodes.MarkdownTooDeep, span, $"the Markdown here nests lists, quotes or emphasis more than {MaxNesting} levels deep; flatten it");

    /// <summary>
    /// The first line whose leading containers ('&gt;' markers, list markers and indentation, two columns a level at
    /// least) could nest deeper than the limit. Only lines that open containers count; a thematic break is not a list.
    /// </summary>
    private static (int Line, int Column)? TooDeepLine(string body)
    {
        var lineNumber = 0;
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            if (TooDeepAt(body.AsSpan(start, end - start)) is { } column) return (lineNumber, column);
            lineNumber++;
            start = end + 1;
        }
        return null;
    }

    private static int? TooDeepAt(ReadOnlySpan<char> line)
    {
        int levels = 0, indent = 0, i = 0;
        while (i < line.Length)
        {
            var at = i;
            var c = line[i];
            if (c == ' ') { indent++; i++; }
            else if (c == '\t') { indent += 4 - (indent % 4); i++; }
            else if (c == '>')
            {
                levels++;
                i++;
                if (i < line.Length && line[i] == ' ') i++; // the space after '>' belongs to the marker
            }
            else if (c is '-' or '+' or '*' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                if (IsThematicBreak(line[i..])) break;
                levels++;
                i = SkipMarkerSpaces(line, i + 1);
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerLength(line[i..]) is var length and > 0)
            {
                levels++;
                i = SkipMarkerSpaces(line, i + length);
            }
            else break;
            // Indentation alone may be a code block: it counts only on a line whose markers open containers.
            if (levels > 0 && levels + indent / 2 > MaxNesting) return at;
        }
        return null;
    }

    /// <summary>Skips the spaces after a list marker (up to four: more would start an indented code block inside the item).</summary>
    private static int SkipMarkerSpaces(ReadOnlySpan<char> line, int i)
    {
        var end = Math.Min(line.Length, i + 4);
        while (i < end && line[i] == ' ') i++;
        return i;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.Trim(" \t");
        return trimmed.Length >= 3 && trimmed.IndexOfAnyExcept([trimmed[0], ' ', '\t']) < 0;
    }

    /// <summary>The length of "12." or "3)" followed by a space or the line's end, or 0.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits])) digits++;
        if (digits is 0 or > 9 || digits >= rest.Length || rest[digits] is not ('.' or ')')) return 0;
        return digits + 1 == rest.Length || rest[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }

    /// <summary>The first block or inline nested deeper than the limit, counting what an editor sees as a level.</summary>
    private static MarkdownObject? TooDeepObject(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            // A list item sits inside its list, and paragraphs and plain text nest nothing: neither is a level of its own.
            var opensLevel = node is EmphasisInline or LinkInline || (node is ContainerBlock && node is not (ListItemBlock or MarkdownDocument));
            var level = opensLevel ? depth + 1 : depth;
            if (level > MaxNesting) return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], level));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, level));
                    break;
                case ContainerInline inlines:
                    List<Inline> children = [.. inlines];
                    for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], level));
                    break;
            }
        }
        return null;
    }

    /// <summary>The line with the most '[', '*' and '_' and the column of its first one: where Markdig most likely gave up.</summary>
    private static (int Line, int Column) DensestInlineNesting(string body)
    {
        var lines = body.Split('\n');
        var best = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].AsSpan().Count('[') + lines[i].AsSpan().Count('*') + lines[i].AsSpan().Count('_')
                > lines[best].AsSpan().Count('[') + lines[best].AsSpan().Count('*') + lines[best].AsSpan().Count('_')) best = i;
        }
        var column = lines[best].AsSpan().IndexOfAny("[*_");
        return (best, Math.Max(0, column));
    }

    /// <summary>An address as it may appear in a one-line message: controls and line breaks shown as '?'.</summary>
    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));
}
