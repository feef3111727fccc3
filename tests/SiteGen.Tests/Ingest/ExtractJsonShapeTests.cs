using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>The shape of `extract --json`, which scoring scripts read: its keys, in order, and how review flags follow the attribution level.</summary>
public sealed class ExtractJsonShapeTests
{
    [Fact]
    public void ExtractJsonHasTheDocumentedShape()
    {
        var json = ExtractReport.From(RealisticArticleTests.Extract("wire.txt", RealisticArticleTests.WireCopy)).ToJson();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["articles", "people", "quotes", "events"], root.EnumerateObject().Select(p => p.Name));
        var article = root.GetProperty("articles")[0];
        Assert.Equal(["seed", "title", "date", "outlet", "url", "byline", "caption"], article.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["reporter", "photo", "editors"], article.GetProperty("byline").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "aliases", "role", "affiliation", "credit"], root.GetProperty("people")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["seed", "speaker", "text", "partial", "paragraph", "attribution", "review"], root.GetProperty("quotes")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["seed", "date", "precision", "status", "title", "paragraph", "attribution", "review"], root.GetProperty("events")[0].EnumerateObject().Select(p => p.Name));
        // A surname-only attribution is reported as such and flagged for review, in the JSON as in the content files.
        var surname = root.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("attribution").GetString() == "surname");
        Assert.True(surname.GetProperty("review").GetBoolean());
        var named = root.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("attribution").GetString() == "named");
        Assert.False(named.GetProperty("review").GetBoolean());
        Assert.Contains("“", json, StringComparison.Ordinal);
    }

    /// <summary>
    /// `extract --json` writes the report as it is made, through a small buffer: text outside ASCII (a character split
    /// between two writes), long quotes and many of them come out as the one string would.
    /// </summary>
    [Fact]
    public void WrittenAsItIsMadeTheReportIsTheSameTextAsTheOneString()
    {
        var quotes = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"\"Ça va, {i} — 世界 ✓ {new string('é', i % 50)}\" Roe said. "));
        var articles = new[] { RealisticArticleTests.WireCopy, "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga.\n" + quotes + "\n" };
        var report = ExtractReport.From(IngestTestSupport.Extract(articles));
        using var written = new StringWriter();

        report.WriteJson(written);

        var json = report.ToJson();
        Assert.True(json.Length > 100_000, $"the report is {json.Length:N0} characters; it should cross many buffers");
        Assert.Equal(json, written.ToString());
    }
}
