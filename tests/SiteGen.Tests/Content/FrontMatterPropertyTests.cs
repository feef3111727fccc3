using CsCheck;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// The front-matter reader never throws on what editors and scrapers can put in a file, reports every problem as a diagnostic
/// with a real position, and reads the same file the same way every time.
/// </summary>
public sealed class FrontMatterPropertyTests
{
    private const string Path = "content/articles/x.md";

    private static readonly string[] Keys = ["title", "date", "slug", "draft", "paragraph", "quotes", "people", "byline", "kind", "aliases"];

    private static readonly Gen<string> Scalars = Gen.OneOf(
        Gen.OneOf("Summit in Geneva", "2025-08-15", "2025-13-40", "2025", "0000", "true", "no", "~", "null", "", "42", "-7", "1e9", "99999999999", "con", "../etc"),
        TextGen.Hostile, TextGen.Noise, TextGen.Names, TextGen.DateExpressions,
        Gen.Select(TextGen.QuoteMarks, TextGen.QuotedWords, (m, q) => m.Open + q + m.Close),
        Gen.Select(TextGen.Hostile, TextGen.Names, TextGen.Hostile, (a, n, b) => a + n + b));

    /// <summary>A YAML value: a scalar in any style, a flow or block collection, an anchor or alias, or brackets nested a bounded depth.</summary>
    private static readonly Gen<string> Values = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Scalars
        : Gen.Frequency(
            (6, Scalars),
            (1, Scalars.Select(s => "\"" + s + "\"")),
            (1, Scalars.Select(s => "'" + s + "'")),
            (1, Scalars.Select(s => "|\n  " + s)),
            (1, Scalars.Select(s => ">-\n  " + s + "\n  " + s)),
            (2, self.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
            (1, self.Array[0, 3].Select(items => "{" + string.Join(", ", items.Select((v, i) => $"k{i}: {v}")) + "}")),
            (2, self.Array[1, 3].Select(items => string.Concat(items.Select(v => "\n  - " + v.Replace("\n", "\n    "))))),
            (1, Gen.Select(Gen.OneOf(Keys), self).Select(kv => $"\n  {kv.Item1}: {kv.Item2.Replace("\n", "\n  ")}")),
            (1, self.Select(v => "&a " + v)),
            (1, Gen.Const("*a")),
            (1, Gen.Select(Gen.OneOf("!!str", "!!int", "!!map", "!custom", "!<tag:x>"), self, (t, v) => t + " " + v)),
            // Deep but bounded: the depth cap for runaway nesting is a separate feature; this checks the reader copes below it.
            (1, Gen.Select(Gen.Int[1, 200], Gen.OneOf("[", "{", "[{"), (n, open) => string.Concat(Enumerable.Repeat(open, n)) + "x" + string.Concat(Enumerable.Repeat(open == "[" ? "]" : open == "{" ? "}" : "}]", n)))),
            (1, Gen.Select(Gen.Int[1, 200], n => string.Concat(Enumerable.Repeat("[", n))))));

    private static readonly Gen<string> Lines = Gen.Frequency(
        (8, Gen.Select(Gen.OneOf(Gen.OneOf(Keys), TextGen.Noise, TextGen.Hostile), Values, (k, v) => $"{k}: {v}")),
        (1, Gen.OneOf("---", "...", "# comment", "", "  ", "\t", "- item", "? complex", ": orphan", "key:value", "key :", "%YAML 1.2", "--- !x")),
        (1, TextGen.Noise));

    /// <summary>A whole file: the fences in their usual place or not, any line ends, a BOM or not, and a body that may look like YAML.</summary>
    private static readonly Gen<string> Files = Gen.Select(
        Gen.OneOf("---\n", "---\r\n", "\uFEFF---\n", "--- \n", "", "---"),
        Lines.Array[0, 8],
        Gen.OneOf("---\n", "...\n", "--- \n", "", "---"),
        Gen.OneOf("", "Body text.\n", "key: value\n---\nmore\n", "# Heading\n\n\"Quote,\" she said.\n"),
        Gen.OneOf("\n", "\r\n", "\r"),
        (open, lines, close, body, newline) => open + string.Join(newline, lines) + newline + close + body);

    [Fact]
    public void ReadsAnyFileWithoutThrowingAndReportsProblemsAtRealPositions()
    {
        Files.Sample(text =>
        {
            var (summary, diagnostics) = Read(text);
            Assert.NotNull(summary);
            var lineCount = FrontMatterDocument.NormaliseText(text).Split('\n').Length;
            foreach (var d in diagnostics)
            {
                Assert.Equal(Path, d.Span.Path);
                Assert.True(d.Span.Line >= 1 && d.Span.Line <= lineCount, $"{d} is not within the file's {lineCount} lines");
                Assert.True(d.Span.Column >= 1, $"column {d.Span.Column} in {d}");
                Assert.StartsWith("SG", d.Code, StringComparison.Ordinal);
            }
        }, iter: TextGen.Iterations);
    }

    /// <summary>Cases the property above once found: each problem is placed on a line of the file, as an editor counts lines.</summary>
    public static TheoryData<string, string> PlacedCases => new()
    {
        // YamlDotNet counts U+2028, U+2029 and NEL as line breaks; editors do not.
        { "---\ntitle: \"a\u2028b\u2029c\u0085d\"\nbyline: [x]\nkind: 1\n---\nBody.\n", "content/articles/x.md:3:" },
        { "---\ntitle: a\u2028b\nbyline: [x]\n---\nBody.\n", "content/articles/x.md:3:" },
        // An unclosed '[' on the last line: the error is at the closing fence at the latest.
        { "---\ntitle: x\nm: [[[[\n---", "content/articles/x.md:" },
    };

    [Theory]
    [MemberData(nameof(PlacedCases))]
    public void PlacesEachProblemOnALineOfTheFile(string text, string placeStart)
    {
        var (_, diagnostics) = Read(text);
        var lineCount = FrontMatterDocument.NormaliseText(text).Split('\n').Length;
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.InRange(d.Span.Line, 1, lineCount));
        Assert.Contains(diagnostics, d => d.ToString().StartsWith(placeStart, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheSameFileTheSameWay()
    {
        Files.Sample(text =>
        {
            var (first, firstDiagnostics) = Read(text);
            var (second, secondDiagnostics) = Read(text);
            Assert.Equal(first, second);
            Assert.Equal(firstDiagnostics, secondDiagnostics);
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void ReadsAnyYamlFileWithoutThrowing()
    {
        Lines.Array[0, 10].Select(lines => string.Join("\n", lines)).Sample(text =>
        {
            var bag = new DiagnosticBag();
            var fields = FrontMatterDocument.ParseYamlFile("content/site.yaml", text, bag);
            Assert.True(fields is not null || bag.ToImmutable().Any(d => d.Severity == Severity.Error), "a file that could not be read must say why");
            if (fields is not null) ReadEveryField(fields);
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void ContentFileReaderReadsAnyFileWithoutThrowing()
    {
        using var site = TempSite.Empty();
        var folder = System.IO.Path.Combine(site.Content, "articles");
        Directory.CreateDirectory(folder);
        var file = System.IO.Path.Combine(folder, "x.md");
        // One file on disk, rewritten each time: run the samples one after another.
        Files.Sample(text =>
        {
            // Lone surrogates cannot be saved as UTF-8: they become U+FFFD, as an editor would save them.
            File.WriteAllBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
            var first = ReadFolder(site);
            Assert.Equal(first, ReadFolder(site));
        }, iter: 100, threads: 1);
    }

    /// <summary>Everything a reading of the file yields, as text, so two readings compare whole.</summary>
    private static (string Summary, List<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var doc = FrontMatterDocument.Parse(Path, text, bag);
        var summary = doc is null ? "unusable" : doc.BodyLine + "\n" + doc.Body + "\n" + ReadEveryField(doc.Fields);
        var diagnostics = bag.ToImmutable().ToList();
        Assert.True(doc is not null || diagnostics.Any(d => d.Severity == Severity.Error), "a file that could not be read must say why");
        return (summary, diagnostics);
    }

    /// <summary>Reads every key with every accessor, as the loaders do for the fields they expect, whatever type each value has.</summary>
    private static string ReadEveryField(FieldReader fields)
    {
        var values = new List<string>();
        foreach (var key in Keys)
        {
            values.Add($"{key}={fields.String(key)}|{fields.Bool(key)}|{fields.Int(key, min: 1)}|{fields.Date(key)}|{fields.SpanOf(key)}");
            values.Add(string.Join(",", fields.StringList(key)));
            values.Add(string.Join(",", fields.References(key).Select(r => r.ToString())));
            values.Add(fields.ReferenceField(key)?.ToString() ?? "");
            foreach (var item in fields.Mappings(key)) values.Add(item.String("text") + "|" + item.Int("paragraph") + "|" + item.Span);
            values.Add(fields.Mapping(key)?.String("reporter") ?? "");
        }
        fields.WarnUnknownKeys(new HashSet<string>(Keys));
        return string.Join("\n", values);
    }

    private static string ReadFolder(TempSite site)
    {
        var bag = new DiagnosticBag();
        var reader = new ContentFileReader(site.Content, site.Root, bag);
        var items = reader.ReadFolder("articles", (slug, doc) => slug + "\n" + doc.Body + "\n" + ReadEveryField(doc.Fields));
        return string.Join("\n", items) + "\n" + string.Join("\n", bag.ToImmutable()) + "\n" + string.Join(",", reader.Unusable.Order(StringComparer.Ordinal));
    }
}
