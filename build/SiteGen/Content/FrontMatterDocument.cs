using Markdig.Syntax;
using SiteGen.Diagnostics;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>A Markdown file split into its YAML front matter (as a node tree with positions) and its body.</summary>
public sealed class FrontMatterDocument
{
    private FrontMatterDocument(FieldReader fields, string body, int bodyLine, MarkdownDocument bodyDocument)
    {
        Fields = fields;
        Body = body;
        BodyLine = bodyLine;
        BodyDocument = bodyDocument;
        Links = MarkdownBody.Links(fields.Path, body, bodyLine, bodyDocument);
    }

    /// <summary>The links the body holds, each where its address is written.</summary>
    public System.Collections.Immutable.ImmutableArray<MarkdownLink> Links { get; }

    public FieldReader Fields { get; }

    /// <summary>The Markdown after the closing fence, with line ends normalised to '\n' and control characters dropped.</summary>
    public string Body { get; }

    /// <summary>A hash of the file's text, set for a build and the preview (see <see cref="Article.SourceHash"/>).</summary>
    public UInt128 TextHash { get; internal set; }

    /// <summary>Set for a build, which neither keeps bodies nor needs what only 'check' and 'serve' read (the links).</summary>
    public bool Streamed { get; internal set; }

    /// <summary>The file line (1-based) on which <see cref="Body"/> starts.</summary>
    public int BodyLine { get; }

    /// <summary>The body as Markdig parsed it at load, already checked for nesting depth.</summary>
    public MarkdownDocument BodyDocument { get; }

    /// <summary>The hash <see cref="TextHash"/> holds: the first half of SHA-256 over the normalised text's UTF-16 code units.</summary>
    public static UInt128 HashOf(string normalisedText) =>
        System.Runtime.InteropServices.MemoryMarshal.Read<UInt128>(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(normalisedText.AsSpan())));

    /// <summary>Normalises what editors' tools leave behind (BOM, CRLF) so positions and output do not depend on it.</summary>
    public static string NormaliseText(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>Parses a Markdown file with front matter; problems go to <paramref name="bag"/> and the result is null when unusable.</summary>
    public static FrontMatterDocument? Parse(string path, string text, DiagnosticBag bag)
    {
        text = NormaliseText(text);
        bag.RememberSource(path, text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            bag.Error(DiagnosticCodes.MissingFrontMatter, SourceSpan.StartOf(path), "the file must start with a '---' line that opens its YAML front matter");
            return null;
        }

        // Find the closing fence ourselves rather than letting the YAML parser see the Markdown:
        // a body line such as "key: value" must never be read as front matter.
        var lines = text.Split('\n');
        var close = ClosingFence(lines);
        if (close < 0)
        {
            bag.Error(DiagnosticCodes.UnclosedFrontMatter, SourceSpan.StartOf(path), "the front matter opened on line 1 is never closed with a '---' line");
            return null;
        }

        var yaml = string.Join('\n', lines, 1, close - 1);
        var root = ParseYaml(path, yaml, lineOffset: 1, bag);
        // The body is checked even when the front matter is broken, so one run reports both.
        var body = BodyAfter(lines, close);
        var bodyDocument = MarkdownBody.Parse(path, body, close + 2, bag);
        if (root is null || bodyDocument is null) return null;
        return new FrontMatterDocument(root, body, bodyLine: close + 2, bodyDocument);
    }

    /// <summary>
    /// The body of a normalised text <see cref="Parse"/> accepted, found as Parse finds it but without splitting the
    /// file into lines or parsing anything: a build reads each body again when it renders the page.
    /// </summary>
    public static string? BodyOf(string normalisedText)
    {
        // Joining the '\n'-split lines after the fence, as Parse does, gives back the text after the fence line's '\n'.
        var end = normalisedText.IndexOf('\n');
        while (end >= 0)
        {
            var next = normalisedText.IndexOf('\n', end + 1);
            var line = next < 0 ? normalisedText.AsSpan(end + 1) : normalisedText.AsSpan(end + 1, next - end - 1);
            if (line.TrimEnd() is "---" or "...") return TextHygiene.Clean(next < 0 ? "" : normalisedText[(next + 1)..]);
            end = next;
        }
        return null;
    }

    private static int ClosingFence(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...") return i;
        }
        return -1;
    }

    private static string BodyAfter(string[] lines, int close) => TextHygiene.Clean(string.Join('\n', lines, close + 1, lines.Length - close - 1));

    /// <summary>Parses a whole YAML file (such as site.yaml) into a field reader.</summary>
    public static FieldReader? ParseYamlFile(string path, string text, DiagnosticBag bag)
    {
        text = NormaliseText(text);
        bag.RememberSource(path, text);
        return ParseYaml(path, text, lineOffset: 0, bag);
    }

    /// <summary>
    /// How deep lists and mappings may nest. Real front matter needs three or four levels; YamlDotNet builds its node tree
    /// recursively, so thousands of nested '[' would overflow the stack and kill the process (or the preview server).
    /// </summary>
    public const int MaxNesting = 64;

    private static FieldReader? ParseYaml(string path, string yaml, int lineOffset, DiagnosticBag bag)
    {
        // YamlDotNet reads NEL, LS and PS as line breaks (YAML 1.1) where editors and every other position here count
        // only '\n': as spaces they keep each value readable and each line where the editor sees it.
        yaml = yaml.Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
        // YamlDotNet can place an error one line past the text it was given (at the end of the stream): clamp every
        // position to the front matter, whose closing fence is the last line an error there can name.
        var lastLine = yaml.Split('\n').Length + (lineOffset > 0 ? 1 : 0);
        SourceSpan At(long line, long column) => SourceSpan.At(path, (int)Math.Clamp(line, 1, lastLine) + lineOffset, (int)Math.Max(1, column));

        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlRefusedException ex)
        {
            bag.Error(ex.Code, At(ex.Start.Line, ex.Start.Column), ex.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails without a position on some unterminated input (an unclosed '[' at the end):
            // report it just after the last thing that parsed.
            var mark = parser.LastEnd;
            var line = Math.Max(1, (int)mark.Line);
            if (ReportTabIndentation(path, yaml, line, lineOffset, bag)) return null;
            bag.Error(DiagnosticCodes.YamlSyntax, At(line, mark.Column),
                "the YAML is malformed: it ends inside an unclosed '[', '{' or quote");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node loader rejects an event it does not expect (an indented line such as " : x", a ':' with
            // no key) with an ArgumentException instead of a YamlException: report it after the last thing that parsed.
            var mark = parser.LastEnd;
            bag.Error(DiagnosticCodes.YamlSyntax, At(mark.Line, mark.Column),
                "the YAML is malformed: this line cannot be read as 'key: value' (is the key before ':' missing?)");
            return null;
        }
        catch (YamlException ex)
        {
            // YamlDotNet counts lines from the start of the slice it was given: add the fence line back.
            var line = Math.Max(1, (int)ex.Start.Line);
            // The scanner notices a tab only when the scalar before it ends, so its wording is what says a tab is to blame.
            if (ReportTabIndentation(path, yaml, YamlMessage(ex).Contains("tab", StringComparison.Ordinal) ? int.MaxValue : line, lineOffset, bag)) return null;
            var column = Math.Max(1, (int)ex.Start.Column);
            bag.Error(DiagnosticCodes.YamlSyntax, At(line, column), "the YAML is malformed: " + YamlMessage(ex));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new FieldReader(path, new YamlMappingNode(), lineOffset, bag);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var node = stream.Documents[0].RootNode;
            bag.Error(DiagnosticCodes.WrongType, At(node.Start.Line, node.Start.Column), "the front matter must be a set of 'key: value' lines");
            return null;
        }
        return new FieldReader(path, map, lineOffset, bag);
    }

    /// <summary>
    /// YamlDotNet's wording for a tab in the indentation is about tokens, and its position is often a later line: when a
    /// parse fails, a line up to the failure that is indented with a tab is named instead, at the tab.
    /// </summary>
    private static bool ReportTabIndentation(string path, string yaml, int failedLine, int lineOffset, DiagnosticBag bag)
    {
        var lineNumber = 0;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            if (++lineNumber > failedLine) break;
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indent].IndexOf('\t');
            if (tab < 0 || indent == line.Length) continue;
            bag.Error(DiagnosticCodes.YamlSyntax, SourceSpan.At(path, lineNumber + lineOffset, tab + 1),
                "this line is indented with a tab; YAML allows only spaces for indentation: replace the tab with spaces");
            return true;
        }
        return false;
    }

    /// <summary>YAML the parser reads but YamlDotNet's node loader cannot survive, refused before the loader sees it.</summary>
    private sealed class YamlRefusedException(Mark start, string code, string message) : Exception(message)
    {
        public Mark Start { get; } = start;
        public string Code { get; } = code;
    }

    /// <summary>
    /// Remembers where the last parsed YAML event ended, for errors YamlDotNet raises without a position, and stops the
    /// load at what would crash the node loader: lists and mappings nested deeper than <see cref="MaxNesting"/> (it
    /// recurses), and an alias used before its anchor is complete (as a mapping key, YamlDotNet's alias resolution
    /// recurses forever and overflows the stack). The parser itself keeps no call stack, so counting its events is safe.
    /// </summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        private int _depth;
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
        // The anchor of each open list or mapping (null for none): an alias to one of them would hold itself.
        private readonly Stack<string?> _open = new();

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastEnd = current.End;
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++_depth > MaxNesting)
                    {
                        throw new YamlRefusedException(inner.Current.Start, DiagnosticCodes.YamlTooDeep,
                            $"the front matter nests lists and mappings more than {MaxNesting} levels deep; SiteGen reads at most {MaxNesting}");
                    }
                    var anchor = ((YamlDotNet.Core.Events.NodeEvent)inner.Current).Anchor;
                    _open.Push(anchor.IsEmpty ? null : anchor.Value);
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    _depth--;
                    if (_open.TryPop(out var closed) && closed is not null) _anchors.Add(closed);
                    break;
                case YamlDotNet.Core.Events.Scalar { Anchor.IsEmpty: false } scalar:
                    _anchors.Add(scalar.Anchor.Value);
                    break;
                case YamlDotNet.Core.Events.AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                    var why = _open.Contains(alias.Value.Value) ? "inside the list or mapping it names, so it would hold itself" : "before any '&" + alias.Value.Value + "' anchor";
                    throw new YamlRefusedException(inner.Current.Start, DiagnosticCodes.YamlSyntax, $"the YAML is malformed: the alias '*{alias.Value.Value}' is used {why}");
            }
            return true;
        }
    }

    private static string YamlMessage(YamlException ex)
    {
        // YamlDotNet prefixes its own "(Line: .., Col: ..)" position: drop it, the span carries the place.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
        message = message.TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "unknown YAML error";
    }
}
