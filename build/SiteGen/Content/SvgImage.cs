using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace SiteGen.Content;

/// <summary>
/// Reads an SVG from content/ and publishes it only if every element, attribute, stylesheet function and address in it is
/// on a list of what a static picture needs: shapes, paths, text, gradients, patterns, clips, masks, simple filters,
/// <c>use</c> of a local <c>#id</c>, and presentation attributes. An SVG opened on its own is a document that may run
/// script, fetch other files and navigate, so a list of what is forbidden lets each new element of HTML or SVG through;
/// this list names what is allowed instead. Nothing else is published: no other vocabulary (XHTML, Inkscape), no
/// animation (it can turn a link into script), no address other than <c>#id</c> (no other file, site or data: image).
/// </summary>
public static partial class SvgImage
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The elements a static picture is drawn with.</summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.Create(StringComparer.Ordinal,
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode",
        "feDropShadow", "feMorphology", "feComponentTransfer", "feFuncR", "feFuncG", "feFuncB", "feFuncA");

    /// <summary>Geometry and presentation attributes; each value is read as CSS would read it (see <see cref="CssProblem"/>).</summary>
    public static readonly FrozenSet<string> PresentationAttributes = FrozenSet.Create(StringComparer.Ordinal,
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points",
        "pathLength", "viewBox", "preserveAspectRatio", "transform", "version", "style",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
        "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
        "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
        "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "patternUnits", "patternContentUnits", "patternTransform",
        "filter", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values", "operator",
        "k1", "k2", "k3", "k4", "flood-color", "flood-opacity", "radius", "tableValues", "slope", "intercept", "amplitude",
        "exponent", "shape-rendering", "text-rendering", "color-interpolation", "color-interpolation-filters",
        "vector-effect", "paint-order", "isolation", "mix-blend-mode");

    /// <summary>Attributes of free text that no browser reads as CSS or as an address.</summary>
    public static readonly FrozenSet<string> TextAttributes = FrozenSet.Create(StringComparer.Ordinal,
        "id", "class", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable");

    /// <summary>The CSS functions a picture's colours, sizes, transforms and gradients use; url() only as url(#id).</summary>
    public static readonly FrozenSet<string> CssFunctions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "url", "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color-mix", "calc", "min", "max", "clamp", "var",
        "translate", "translatex", "translatey", "rotate", "scale", "scalex", "scaley", "skewx", "skewy", "matrix",
        "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient", "repeating-radial-gradient",
        "blur", "drop-shadow", "brightness", "contrast", "grayscale", "saturate", "sepia", "hue-rotate", "invert", "opacity", "cubic-bezier");

    /// <summary>The one kind of address an SVG may hold: a part of itself, by id.</summary>
    [GeneratedRegex(@"^#[A-Za-z_][A-Za-z0-9_.:-]*$")]
    private static partial Regex LocalReference();

    [GeneratedRegex(@"(?<name>[A-Za-z_-][A-Za-z0-9_-]*)\s*\(\s*(?<argument>[^)]*)")]
    private static partial Regex CssFunctionCall();

    [GeneratedRegex(@"@(?<rule>[A-Za-z-]+)")]
    private static partial Regex CssAtRule();

    [GeneratedRegex(@"^\s*(?<quote>['""]?)#[A-Za-z_][A-Za-z0-9_.:-]*\k<quote>\s*$")]
    private static partial Regex LocalCssUrl();

    /// <summary>A part of the SVG not on the list, where it starts in the file.</summary>
    public sealed record Refusal(string Problem, int Line, int Column);

    /// <summary>
    /// The SVG's size (from the root's width and height in pixels, else its viewBox), or why it is not published: the first
    /// part not on the list, at its line and column, with how many more there are.
    /// </summary>
    public static ImageHeader Read(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var refusals = new List<Refusal>();
        ImageHeader? size = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var place = (IXmlLineInfo)reader;
            var stack = new Stack<string>();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (size is null)
                        {
                            if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
                                return Broken("the file is not an SVG image: its root element is not <svg> in the SVG namespace (xmlns=\"http://www.w3.org/2000/svg\")");
                            size = Size(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));
                        }
                        if (ElementProblem(reader) is { } element) refusals.Add(new Refusal(element, place.LineNumber, Math.Max(1, place.LinePosition - 1)));
                        for (var next = reader.MoveToFirstAttribute(); next; next = reader.MoveToNextAttribute())
                        {
                            if (AttributeProblem(reader) is { } attribute) refusals.Add(new Refusal(attribute, place.LineNumber, place.LinePosition));
                        }
                        reader.MoveToElement();
                        if (!reader.IsEmptyElement) stack.Push(reader.LocalName);
                        break;
                    case XmlNodeType.EndElement:
                        stack.TryPop(out _);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when stack.TryPeek(out var parent) && parent == "style":
                        if (CssProblem(reader.Value) is { } css) refusals.Add(new Refusal($"the SVG's <style> {css}", place.LineNumber, place.LinePosition));
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        refusals.Add(new Refusal($"the SVG holds a processing instruction (<?{reader.Name} ...?>), which can load a stylesheet from elsewhere; remove it", place.LineNumber, Math.Max(1, place.LinePosition - 2)));
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            return Broken($"the file is not a readable SVG image: {ex.Message.TrimEnd('.')}");
        }
        if (size is null) return Broken("the file is not an SVG image: it holds no element");
        if (refusals.Count == 0) return size;
        var first = refusals[0];
        var more = refusals.Count > 1 ? $" ({refusals.Count - 1} more part{(refusals.Count == 2 ? "" : "s")} of it not on the list either)" : "";
        return new ImageHeader(null, null, first.Problem + more, Fatal: true) { Line = first.Line, Column = first.Column };
    }

    private static ImageHeader Broken(string problem) => new(null, null, problem, Fatal: true);

    private static string? ElementProblem(XmlReader element)
    {
        if (element.NamespaceURI != SvgNamespace)
            return $"the SVG holds an element of another vocabulary (<{element.Name}>, namespace '{element.NamespaceURI}'); only SVG's own elements are published";
        if (Elements.Contains(element.LocalName)) return null;
        var why = element.LocalName switch
        {
            "script" or "foreignObject" or "iframe" or "handler" => "SiteGen publishes no script or embedded page from content",
            "set" or "animate" or "animateTransform" or "animateMotion" or "animateColor" or "discard" => "animation can turn a link into script, and a published picture holds still",
            "image" or "feImage" or "font-face-uri" or "a" => "it loads or links to another file (export the picture flat)",
            _ => "it is not on the list of what a static picture needs (shapes, paths, text, gradients, use of a local #id)",
        };
        return $"the SVG holds the element <{element.LocalName}>, which SiteGen does not publish: {why}; remove it";
    }

    private static string? AttributeProblem(XmlReader attribute)
    {
        var name = attribute.LocalName;
        var value = attribute.Value;
        switch (attribute.NamespaceURI)
        {
            case XmlnsNamespace:
                return value is SvgNamespace or XlinkNamespace || name == "xmlns" && value.Length == 0
                    ? null
                    : $"the SVG declares another vocabulary ('{attribute.Name}=\"{value}\"'); only SVG's own elements and attributes are published";
            case XmlNamespace:
                return name is "space" or "lang" ? null : $"the SVG has an attribute '{attribute.Name}', which is not on the list of what a static picture needs; remove it";
            case XlinkNamespace or "" when name == "href":
                return LocalReference().IsMatch(value) ? null
                    : $"the SVG refers to '{Shown(value)}'; it may refer only to a part of itself ('#id'), never to another file, site or data: address";
            case "":
                if (TextAttributes.Contains(name)) return null;
                if (!PresentationAttributes.Contains(name))
                {
                    return name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        ? $"the SVG has an event handler ('{name}'); SiteGen publishes no script from content, so remove it"
                        : $"the SVG has an attribute '{name}', which is not on the list of what a static picture needs; remove it";
                }
                return CssProblem(value) is { } css ? $"the SVG's '{name}' attribute {css}" : null;
            default:
                return $"the SVG has an attribute of another vocabulary ('{attribute.Name}', namespace '{attribute.NamespaceURI}'); only SVG's own attributes are published";
        }
    }

    /// <summary>
    /// Why CSS (a style sheet, a style attribute or a presentation attribute, which browsers parse as CSS) would fetch or
    /// run something: an escape (which can spell any word), an at-rule other than @media, a function not on the list, or a
    /// url() that is not a part of this file. Null when it only draws.
    /// </summary>
    public static string? CssProblem(string css)
    {
        if (css.Contains('\\')) return "holds a CSS escape ('\\'), which can spell an address or a function; write the characters themselves";
        foreach (Match rule in CssAtRule().Matches(css))
        {
            if (!rule.Groups["rule"].Value.Equals("media", StringComparison.OrdinalIgnoreCase))
                return $"holds a CSS '@{rule.Groups["rule"].Value}' rule, which SiteGen does not publish (@import and @font-face load other files)";
        }
        foreach (Match call in CssFunctionCall().Matches(css))
        {
            var function = call.Groups["name"].Value;
            if (!CssFunctions.Contains(function))
                return $"uses the CSS function '{function}()', which is not on the list of what a static picture needs";
            if (function.Equals("url", StringComparison.OrdinalIgnoreCase) && !LocalCssUrl().IsMatch(call.Groups["argument"].Value))
                return $"refers to 'url({Shown(call.Groups["argument"].Value)})'; it may refer only to a part of itself ('url(#id)'), never to another file, site or data: address";
        }
        return null;
    }

    private static string Shown(string value)
    {
        var oneLine = string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }

    private static ImageHeader Size(string? width, string? height, string? viewBox)
    {
        if (Length(width) is { } w && Length(height) is { } h) return new ImageHeader(w, h);
        var parts = (viewBox ?? "").Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4
            && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw) && vw > 0 && vw < int.MaxValue
            && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh) && vh > 0 && vh < int.MaxValue)
            return new ImageHeader((int)Math.Round(vw), (int)Math.Round(vh));
        return new ImageHeader(null, null, "the SVG gives no width and height in pixels and no viewBox, so pages cannot reserve its space and may jump as it loads; add a viewBox");
    }

    /// <summary>A length in CSS pixels ("640" or "640px"); percentages and other units say nothing about the intrinsic size.</summary>
    private static int? Length(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.EndsWith("px", StringComparison.Ordinal)) text = text[..^2];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && n < int.MaxValue ? (int)Math.Round(n) : null;
    }
}
