using System.Text;
using CsCheck;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// SVG documents built from parts a static picture uses and parts that run script, animate, fetch or belong to another
/// vocabulary, mixed at any depth: the filter publishes a document exactly when it holds no forbidden part.
/// </summary>
public sealed class SvgAllowlistPropertyTests
{
    /// <summary>A piece of markup and whether publishing it would let something run, move or load.</summary>
    private sealed record Part(string Xml, bool Forbidden)
    {
        public string AttributeName => Xml[..Xml.IndexOf('=')];
    }

    private sealed record ElementName(string Open, string Close, bool Forbidden);

    private static Part Ok(string xml) => new(xml, false);

    private static Part Bad(string xml) => new(xml, true);

    private static readonly Gen<Part> Attributes = Gen.Frequency(
        (4, Gen.OneOf(
            Ok("fill=\"#1f5f8f\""), Ok("fill=\"url(#paint)\""), Ok("stroke=\"url('#paint')\""), Ok("stroke-width=\"2.5\""),
            Ok("transform=\"rotate(45 5 5) translate(1,2)\""), Ok("style=\"fill: rgb(1, 2, 3); opacity: calc(1 - .2)\""),
            Ok("id=\"paint\""), Ok("class=\"route main\""), Ok("aria-label=\"Map (2025) of the route\""), Ok("href=\"#paint\""),
            Ok("xlink:href=\"#shape\""), Ok("d=\"M0 0L10 10Z\""), Ok("xml:space=\"preserve\""), Ok("clip-path=\"url(#clip)\""))),
        (1, Gen.OneOf(
            Bad("onload=\"alert(1)\""), Bad("onClick=\"alert(1)\""), Bad("href=\"javascript:alert(1)\""), Bad("href=\" #paint\""),
            Bad("href=\"https://tracker.example/pixel.png\""), Bad("href=\"data:image/svg+xml;base64,PHN2Zy8+\""),
            Bad("xlink:href=\"java&#9;script:alert(1)\""), Bad("fill=\"url(https://tracker.example/p.svg#g)\""),
            Bad("style=\"background: url(data:image/png;base64,AAAA)\""), Bad("style=\"fill: u\\72l(https://x.example/)\""),
            Bad("style=\"width: expression(alert(1))\""), Bad("fill=\"image-set('https://x.example/a.png' 1x)\""),
            Bad("xml:base=\"https://x.example/\""), Bad("attributeName=\"href\""), Bad("target=\"_blank\""),
            Bad("requiredExtensions=\"http://www.w3.org/1999/xhtml\""),
            Bad("ink:label=\"layer\" xmlns:ink=\"http://www.inkscape.org/namespaces/inkscape\""))));

    private static readonly Gen<ElementName> Names = Gen.Frequency(
        (5, Gen.OneOf("g", "rect", "circle", "path", "text", "tspan", "defs", "use", "linearGradient", "stop", "clipPath", "filter", "feGaussianBlur", "title", "symbol")
            .Select(n => new ElementName(n, n, false))),
        (1, Gen.OneOf(
            new ElementName("script", "script", true), new ElementName("foreignObject", "foreignObject", true),
            new ElementName("set", "set", true), new ElementName("animate", "animate", true), new ElementName("animateMotion", "animateMotion", true),
            new ElementName("image", "image", true), new ElementName("feImage", "feImage", true), new ElementName("a", "a", true),
            new ElementName("iframe", "iframe", true), new ElementName("handler", "handler", true), new ElementName("discard", "discard", true),
            new ElementName("h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\"", "h:iframe", true),
            new ElementName("iframe xmlns=\"http://www.w3.org/1999/xhtml\"", "iframe", true),
            new ElementName("math xmlns=\"http://www.w3.org/1998/Math/MathML\"", "math", true))));

    /// <summary>Whole parts that are no element with attributes: style sheets, a processing instruction, text.</summary>
    private static readonly Gen<Part> Leaves = Gen.OneOf(
        Ok("<style>rect { fill: #123; stroke: url(#paint) }</style>"), Ok("<text x=\"1\" y=\"5\">Route &amp; (stops) &lt;2025&gt;</text>"),
        Ok("<style><![CDATA[@media print { rect { fill: black } }]]></style>"),
        Bad("<style>@import url(https://x.example/s.css);</style>"), Bad("<style>rect { fill: url(https://x.example/p.svg#g) }</style>"),
        Bad("<style>@font-face { font-family: x; src: local(x) }</style>"), Bad("<style>rect { fill: u\\72l(x) }</style>"),
        Bad("<?xml-stylesheet href=\"https://x.example/s.css\"?>"));

    private static Gen<Part> Element(int depth) => Gen.Select(
        Names,
        Attributes.Array[0, 4],
        depth == 0 ? Gen.Const(Array.Empty<Part>()) : Gen.Frequency((3, Element(depth - 1)), (1, Leaves)).Array[0, 3],
        (name, attributes, children) =>
        {
            // A repeated attribute is malformed XML, which is refused for another reason: keep each name once.
            var distinct = attributes.DistinctBy(a => a.AttributeName).ToList();
            var xml = new StringBuilder("<").Append(name.Open);
            foreach (var attribute in distinct) xml.Append(' ').Append(attribute.Xml);
            xml.Append('>');
            foreach (var child in children) xml.Append('\n').Append(child.Xml);
            xml.Append("</").Append(name.Close).Append('>');
            return new Part(xml.ToString(), name.Forbidden || distinct.Any(a => a.Forbidden) || children.Any(c => c.Forbidden));
        });

    private static readonly Gen<Part> Documents = Gen.Select(Gen.Frequency((3, Element(2)), (1, Leaves)).Array[0, 4], Attributes.Array[0, 2], (children, rootAttributes) =>
    {
        var root = rootAttributes.DistinctBy(a => a.AttributeName).Where(a => a.AttributeName is not ("id" or "d")).ToList();
        var xml = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"");
        foreach (var attribute in root) xml.Append(' ').Append(attribute.Xml);
        xml.Append('>');
        foreach (var child in children) xml.Append('\n').Append(child.Xml);
        xml.Append("\n</svg>\n");
        return new Part(xml.ToString(), root.Any(a => a.Forbidden) || children.Any(c => c.Forbidden));
    });

    [Fact]
    public void PublishesADocumentExactlyWhenItHoldsNoForbiddenPart()
    {
        Documents.Sample(document =>
        {
            var header = ImageHeader.Read(Encoding.UTF8.GetBytes(document.Xml), ImageFormat.Svg);
            Assert.True(header.Fatal == document.Forbidden, $"{(document.Forbidden ? "published" : "refused")}: {header.Problem}\n{document.Xml}");
            if (header.Fatal) Assert.True(header.Line >= 1 && header.Column >= 1);
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void PointsAtTheForbiddenPart()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n  <rect width=\"1\" height=\"1\"/>\n  <g fill=\"red\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></g>\n</svg>\n";
        var header = ImageHeader.Read(Encoding.UTF8.GetBytes(svg), ImageFormat.Svg);
        Assert.True(header.Fatal);
        Assert.Equal((3, 17), (header.Line, header.Column));
        Assert.StartsWith("the SVG holds the element <set>, which SiteGen does not publish: animation", header.Problem);
        Assert.EndsWith("(2 more parts of it not on the list either)", header.Problem);
    }
}
