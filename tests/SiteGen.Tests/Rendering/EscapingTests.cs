using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A &lt;script&gt; or a quote mark in any front-matter field, or in a Markdown body, comes out inert and escaped.</summary>
public sealed class EscapingTests
{
    private const string Payload = "<script>alert(\"x\")</script>";

    // file, the field's text as written in the fixture, and the same field with the payload in it
    public static TheoryData<string, string, string> Fields() => new()
    {
        { "content/site.yaml", "title: Harbour Talks, Explained", $"title: '{Payload}'" },
        { "content/site.yaml", "description: A small fixture site for SiteGen's tests.", $"description: '{Payload}'" },
        { "content/site.yaml", "publisher: Fixture Desk", $"publisher: '{Payload}'" },
        { "content/site.yaml", "language: en", $"language: 'en-{Payload}'" },
        { "content/_index.md", "title: The harbour talks, explained", $"title: '{Payload}'" },
        { "content/_index.md", "lede: Two mayors met for a day and agreed to meet again.", $"lede: '{Payload}'" },
        { "content/_index.md", "when: Tuesday, 3 June 2025", $"when: '{Payload}'" },
        { "content/_index.md", "where: Port Example", $"where: '{Payload}'" },
        { "content/_index.md", "duration: Six hours", $"duration: '{Payload}'" },
        { "content/_index.md", "outcome: A joint statement, no treaty", $"outcome: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "title: Harbour talks end with a statement", $"title: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "outlet: Example Gazette", $"outlet: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "reporter: Ann Writer", $"reporter: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "photo: Example Agency", $"photo: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "editors: [Ed One, Ed Two]", $"editors: ['{Payload}']" },
        { "content/articles/harbour-talks-end.md", "caption: The two mayors shake hands in Port Example on June 3, 2025.", $"caption: '{Payload}'" },
        { "content/articles/harbour-talks-end.md", "caption_credit: EXA", $"caption_credit: '{Payload}'" },
        // A quote must be in the paragraph it cites, so these put the payload in both.
        { "content/articles/harbour-talks-end.md", "We found more common ground than I expected", Payload },
        { "content/articles/harbour-talks-end.md", "good faith", Payload },
        { "content/articles/harbour-talks-end.md", "Lopez said both sides", $"{Payload} Lopez said both sides" },
        { "content/people/maria-lopez.md", "name: Maria Lopez", $"name: '{Payload}'" },
        { "content/people/maria-lopez.md", "aliases: [Lopez]", $"aliases: [Lopez, '{Payload}']" },
        { "content/people/maria-lopez.md", "role: Mayor", $"role: '{Payload}'" },
        { "content/people/maria-lopez.md", "affiliation: Port Example", $"affiliation: '{Payload}'" },
        { "content/timeline/2025-06-03-harbour-talks.md", "title: The mayors meet in Port Example", $"title: '{Payload}'" },
        { "content/timeline/2025-06-03-harbour-talks.md", "place: Port Example", $"place: '{Payload}'" },
        { "content/timeline/2025-06-03-harbour-talks.md", "The two mayors talk for six hours.", Payload },
        { "content/analysis/jon-berg-on-the-talks.md", "title: Why the quotas remain hard", $"title: '{Payload}'" },
        { "content/analysis/jon-berg-on-the-talks.md", "summary: Jon Berg on what the statement leaves open.", $"summary: '{Payload}'" },
        { "content/analysis/jon-berg-on-the-talks.md", "text: The quotas are still the hardest part of any deal.", $"text: '{Payload}'" },
        { "content/pages/about.md", "title: About", $"title: '{Payload}'" },
        { "content/pages/about.md", "About the fixture.", Payload },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void ComesOutInert(string file, string original, string replacement)
    {
        using var site = TempSite.FromFixture();
        site.Replace(file, original, replacement);
        var built = BuiltSite.Render(site.Options);

        var seen = false;
        foreach (var page in built.Pages)
        {
            var html = built.Text(page);
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(\"x\")", html, StringComparison.Ordinal);
            // The only scripts are SiteGen's own: JSON-LD data (valid JSON, never closed early) and the site script by its URL.
            foreach (var script in built.Document(page).QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json") System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
                else Assert.Matches(@"^/harbour/assets/site\.[0-9a-f]{10}\.js$", script.GetAttribute("src") ?? "");
            }
            // Markdown bodies curl the quote marks (SmartyPants), so look for the escaped tag itself.
            seen |= html.Contains("&lt;script&gt;alert(", StringComparison.Ordinal);
        }
        Assert.True(seen, "the escaped payload should appear on at least one page (else this test tests nothing)");
    }
}
