using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// site.yaml's <c>language:</c> picks a strings file under templates/i18n/: every word a reader sees comes from it, a
/// missing key or file is an error at its line, and a French site shows no English word of the interface.
/// </summary>
public sealed partial class SiteLanguageTests
{
    /// <summary>The fixture site with <c>language:</c> set to <paramref name="language"/>.</summary>
    internal static TempSite FixtureIn(string language)
    {
        var site = TempSite.FromFixture();
        site.Replace("content/site.yaml", "language: en", "language: " + language);
        return site;
    }

    [Fact]
    public void TheEnglishAndFrenchStringsFilesHaveTheSameKeys()
    {
        var english = TestStrings.English.Keys.Order(StringComparer.Ordinal).ToList();
        var french = TestStrings.French.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(english, french);
        Assert.True(english.Count > 100, $"expected every interface string, found {english.Count}");
    }

    [Fact]
    public void EveryKeySiteGenReadsIsInTheEnglishFile() =>
        Assert.Empty(StringKeys.All.Except(TestStrings.English.Keys));

    [Theory]
    [InlineData("en", "2019", "2019")]
    [InlineData("en", "2025-08", "August 2025")]
    [InlineData("en", "2025-08-15", "15 August 2025")]
    [InlineData("en", "2025-01-01", "1 January 2025")]
    [InlineData("fr", "2025-08", "août 2025")]
    [InlineData("fr", "2025-08-15", "15 août 2025")]
    [InlineData("fr", "2025-08-01", "1er août 2025")]
    public void ADateReadsAsTheSiteLanguageWritesIt(string language, string iso, string expected)
    {
        Assert.True(SiteGen.Content.PartialDate.TryParse(iso, out var date));
        Assert.Equal(expected, (language == "en" ? TestStrings.English : TestStrings.French).Date(date));
    }

    [Fact]
    public void AKeyMissingFromTheSiteLanguageFileIsAnErrorAtItsSectionNamingTheEnglishLine()
    {
        using var site = FixtureIn("fr");
        site.Replace("templates/i18n/fr.yaml", "  planned: Prévu\n", "");
        site.Replace("templates/i18n/fr.yaml", "  skip: Aller au contenu\n", "");
        var result = new Site(site.Options).Render();
        Assert.False(result.Succeeded);
        var fr = site.Read("templates/i18n/fr.yaml").Split('\n');
        var en = site.Read("templates/i18n/en.yaml").Split('\n');
        int LineOf(string[] lines, string text) => Array.FindIndex(lines, l => l == text) + 1;
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        // Both at once, each at the line of the section it belongs in.
        Assert.Contains(errors, e => e.StartsWith($"templates/i18n/fr.yaml:{LineOf(fr, "status:")}:1: error SG1702: 'status.planned' is missing", StringComparison.Ordinal)
            && e.Contains($"templates/i18n/en.yaml has it at line {LineOf(en, "  planned: Planned")}: \"Planned\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"templates/i18n/fr.yaml:{LineOf(fr, "nav:")}:1: error SG1702: 'nav.skip' is missing", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void AKeyMissingFromAnotherLanguageFileDoesNotStopASiteThatDoesNotUseIt()
    {
        using var site = TempSite.FromFixture();
        site.Replace("templates/i18n/fr.yaml", "  planned: Prévu\n", "");
        Assert.True(new Site(site.Options).Render().Succeeded);
    }

    [Fact]
    public void ALanguageWithNoStringsFileIsAnErrorAtTheLanguageLine()
    {
        using var site = FixtureIn("de");
        var result = new Site(site.Options).Render();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        var line = Array.FindIndex(site.Read("content/site.yaml").Split('\n'), l => l.StartsWith("language:", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"content/site.yaml:{line}:11: error SG1701: no strings file for language 'de': expected templates/i18n/de.yaml (there are en.yaml, fr.yaml)", error.ToString());
    }

    [Fact]
    public void ATemplatesFolderWithNoStringsFilesUsesTheBuiltInOnes()
    {
        // Templates from before the strings files (an older init's, the benchmark's page shell) still build, in any
        // language built into the program; but a folder that has i18n/ is the whole truth.
        using var site = FixtureIn("fr");
        Directory.Delete(site.Path("templates/i18n"), recursive: true);
        var built = BuiltSite.Render(site.Options);
        Assert.Contains(built.Document("index.html").QuerySelectorAll("nav a"), a => a.TextContent == "Chronologie");

        Directory.CreateDirectory(site.Path("templates/i18n"));
        File.Copy(Path.Combine(Repository.Templates, "i18n", "en.yaml"), site.Path("templates/i18n/en.yaml"));
        var result = new Site(site.Options).Render();
        Assert.Contains(result.Diagnostics, d => d.Code == "SG1701");
    }

    [Fact]
    public void ARegionalTagUsesItsLanguagesFileAndKeepsItsOwnTagInTheLangAttribute()
    {
        using var site = FixtureIn("fr-CA");
        var built = BuiltSite.Render(site.Options);
        var html = built.Document("index.html").DocumentElement;
        Assert.Equal("fr-CA", html.GetAttribute("lang"));
        Assert.Contains(html.QuerySelectorAll("nav a"), a => a.TextContent == "Chronologie");
    }

    [Fact]
    public void AnEditedStringReachesEveryPageOnTheNextBuild()
    {
        using var site = TempSite.FromFixture();
        var build = new Site(site.Options);
        Assert.True(build.Build().Succeeded);
        site.Replace("templates/i18n/en.yaml", "  timeline: Timeline\n", "  timeline: Chronology\n");
        Assert.True(build.Build().Succeeded);
        Assert.Contains(">Chronology</a>", site.Read("output/people/index.html"));
        Assert.Contains(">Chronology</a>", site.Read("output/articles/harbour-talks-end/index.html"));
    }

    /// <summary>Text the interface puts together from the strings, rather than content the editor wrote.</summary>
    private static readonly string[] ReaderAttributes = ["aria-label", "alt", "title", "placeholder"];

    [Fact]
    public void AFrenchSiteShowsNoEnglishInterfaceTextOutsideTheArticlesOwnContent()
    {
        using var site = FixtureIn("fr");
        var built = BuiltSite.Render(site.Options);
        var english = EnglishOnly();
        var found = new List<string>();
        foreach (var path in built.Pages)
        {
            var document = built.Document(path);
            Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
            foreach (var text in ReaderText(document)) found.AddRange(EnglishIn(text, english).Select(e => $"{path}: \"{e}\" in \"{text}\""));
        }
        // The feed and the search index carry interface words too (an event's "Timeline:", a paragraph's "paragraph 3").
        var feed = built.Text("feed.xml");
        found.AddRange(Regex.Matches(feed, "<title>([^<]*)</title>").SelectMany(m => EnglishIn(m.Groups[1].Value, english)).Select(e => $"feed.xml: \"{e}\""));
        foreach (var file in built.Files.Keys.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal)))
        {
            using var docs = JsonDocument.Parse(built.Files[file]);
            foreach (var doc in docs.RootElement.EnumerateArray())
                found.AddRange(EnglishIn(doc[1].GetString()!, english).Select(e => $"{file}: \"{e}\" in \"{doc[1].GetString()}\""));
        }
        Assert.True(found.Count == 0, $"{found.Count} English interface strings on the French site:\n" + string.Join("\n", found.Distinct().Take(40)));
    }

    [Fact]
    public void TheEnglishCheckFindsAnEnglishLabelLeftInATemplate()
    {
        // The check must be able to fail: a heading left in English on the French site.
        using var site = FixtureIn("fr");
        site.Replace("templates/people.scriban-html", "<h1>{{ t.nav.people }}</h1>", "<h1>People</h1>");
        site.Replace("templates/partials/header.scriban-html", "aria-label=\"{{ t.nav.label }}\"", "aria-label=\"Main\"");
        site.Replace("templates/i18n/fr.yaml", "paragraph_label: Paragraphe", "paragraph_label: Paragraph");
        var built = BuiltSite.Render(site.Options);
        var english = EnglishOnly();
        var texts = ReaderText(built.Document("people/index.html")).ToList();
        Assert.Contains(texts, t => EnglishIn(t, english).Contains("People"));
        Assert.Contains(texts, t => EnglishIn(t, english).Contains("Main"));
        Assert.Contains(ReaderText(built.Document("articles/harbour-talks-end/index.html")), t => EnglishIn(t, english).Contains("Paragraph"));
    }

    /// <summary>
    /// Where a page shows what the fixture's editors and outlets wrote, in English, rather than interface words: the
    /// republished article body and photo caption, quotes, roles ("Reporter" is a person's), the person page's role line,
    /// the home page's own lede and facts, and the search page's listed record text.
    /// </summary>
    private const string ContentAreas = "script, style, .article-body, .caption, blockquote, q, .excerpt, .role, .person .lede, .explainer .lede, dl.facts dd, .search-all .meta";

    /// <summary>
    /// Every piece of text a reader meets on a page: text nodes outside script, style and the content areas, the
    /// reader-facing attributes, the strings site.js shows (data-*) and the JSON-LD breadcrumbs' names. The meta description
    /// is an index page's lede (checked there) or an article's caption (content).
    /// </summary>
    private static IEnumerable<string> ReaderText(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var node in document.Body!.Descendants().OfType<IText>())
        {
            // A paragraph's number link (and its hidden "Paragraph" label) is SiteGen's, inside the outlet's text.
            if (node.ParentElement?.Closest(ContentAreas) is not null && node.ParentElement.Closest(".pn") is null) continue;
            var text = Normalise(node.TextContent);
            if (text.Length > 0) yield return text;
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (ReaderAttributes.Contains(attribute.Name) || (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && attribute.Value.Any(char.IsWhiteSpace)))
                    yield return Normalise(attribute.Value);
            }
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            using var json = JsonDocument.Parse(script.TextContent);
            foreach (var item in json.RootElement.GetProperty("@graph").EnumerateArray().Where(i => i.GetProperty("@type").GetString() == "BreadcrumbList"))
                foreach (var crumb in item.GetProperty("itemListElement").EnumerateArray()) yield return crumb.GetProperty("name").GetString()!;
        }
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>
    /// The English strings file's words that French does not share: each value's literal pieces between {placeholders},
    /// without edge punctuation, and each month name. "Sources" or "Photo", the same in both, cannot betray English.
    /// </summary>
    private static HashSet<string> EnglishOnly()
    {
        var french = new HashSet<string>(TestStrings.French.Keys.SelectMany(k => Pieces(TestStrings.French.Raw(k))), StringComparer.Ordinal);
        return [.. TestStrings.English.Keys.SelectMany(k => Pieces(TestStrings.English.Raw(k))).Where(p => !french.Contains(p))];
    }

    private static IEnumerable<string> Pieces(IEnumerable<string> values) =>
        values.SelectMany(v => Placeholder().Split(Regex.Replace(v, "<[^>]+>", "{tag}")))
            .Select(p => p.Trim(' ', ',', '.', ':', ';', '“', '”', '(', ')', '·'))
            .Where(p => p.Any(char.IsLetter) && p.Length > 1);

    /// <summary>English pieces in a text: the whole text, or a phrase of two words or more inside it, or a word of its own.</summary>
    private static List<string> EnglishIn(string text, HashSet<string> english)
    {
        var found = new List<string>();
        foreach (var piece in english)
        {
            var hit = piece.Contains(' ', StringComparison.Ordinal)
                ? text.Contains(piece, StringComparison.Ordinal)
                : text == piece || Regex.IsMatch(text, $@"(?<![\p{{L}}']){Regex.Escape(piece)}(?![\p{{L}}'])") && piece.Length >= 4 && char.IsUpper(piece[0]) && IsInterfaceWord(piece);
            if (hit) found.Add(piece);
        }
        return found;
    }

    /// <summary>
    /// A capitalised English word alone ("Timeline", "August") is looked for inside longer text only when it cannot be the
    /// fixture's own English content: the month names and the words of the menu and the people headings.
    /// </summary>
    private static bool IsInterfaceWord(string word) => word is "Timeline" or "People" or "Analysis" or "Explainer" or "Leaders" or "Officials" or "Experts" or "Journalists" or "Others" or "Happened" or "Planned" or "Proposed" or "Permalink"
        || TestStrings.English.Raw(StringKeys.Months).Contains(word);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();
}
