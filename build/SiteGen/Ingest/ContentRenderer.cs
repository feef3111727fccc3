using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;
using Keys = SiteGen.Content.FrontMatterKeys;

namespace SiteGen.Ingest;

/// <summary>A file ingest wants under content/: its path relative to content/ (with '/') and its full text, ingest line included.</summary>
internal sealed record GeneratedFile(string RelativePath, string Text);

/// <summary>Turns an extraction into the content files the build stage loads: articles, people, timeline and analysis, each stamped with its ingest hash.</summary>
internal static class ContentRenderer
{
    public const string IngestKey = Keys.Ingest;

    public static IReadOnlyList<GeneratedFile> Render(Extraction extraction)
    {
        var files = new List<GeneratedFile>();
        files.AddRange(extraction.Articles.Select(Article));
        files.AddRange(extraction.People.Select(Person));
        files.AddRange(Timeline(extraction));
        files.AddRange(extraction.People.Where(p => p.Kind == PersonKind.Expert && !p.Credit).Select(p => Analysis(p, extraction)));
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static GeneratedFile Article(ExtractedArticle a)
    {
        var y = new YamlWriter()
            .Field(Keys.Title, a.Title)
            .Field(Keys.Date, a.Date?.Iso)
            .Field(Keys.Outlet, a.Outlet)
            .Field(Keys.Url, a.Url)
            .Field(Keys.Language, a.Language)
            .Field(Keys.Seed, a.Seed);
        if (a.Reporter is not null || a.Photo is not null || a.Editors.Length > 0)
        {
            y.Open(Keys.Byline).Field(Keys.Reporter, a.Reporter, 2).Field(Keys.Photo, a.Photo, 2);
            if (a.Editors.Length > 0) y.List(Keys.Editors, a.Editors, 2);
        }
        y.Field(Keys.Caption, a.Caption).Field(Keys.CaptionCredit, a.CaptionCredit);
        if (a.Quotes.Length > 0)
        {
            y.Open(Keys.Quotes);
            foreach (var q in a.Quotes)
            {
                y.Item(Keys.Speaker, q.Speaker.Slug, 2).Field(Keys.Text, q.Text, 4).Field(Keys.Paragraph, q.Paragraph, 4).Field(Keys.Partial, q.Partial, 4);
                AttributionFields(y, q.Attribution, 4);
            }
        }
        // The one writer of article Markdown: block n that is not a heading is the paragraph number quotes and events cite.
        var body = ArticleBodyWriter.Write(a.Blocks.Select(b => (b.Text, b.IsHeading)));
        return Stamp($"{SiteLoader.ArticlesFolder}/{a.Slug}.md", y, body);
    }

    private static GeneratedFile Person(PersonRecord p)
    {
        var y = new YamlWriter()
            .Field(Keys.Name, p.Name)
            .List(Keys.Aliases, p.Aliases)
            .Field(Keys.Role, p.Role)
            .Field(Keys.Affiliation, p.Affiliation)
            .Field(Keys.Kind, PersonKindNames.Of(p.Kind));
        return Stamp($"{SiteLoader.PeopleFolder}/{p.Slug}.md", y, "");
    }

    /// <summary>Events of different seeds on the same date, with the same status and people, are one timeline entry with several sources.</summary>
    private static IEnumerable<GeneratedFile> Timeline(Extraction extraction)
    {
        var groups = new List<List<ExtractedEvent>>();
        foreach (var e in extraction.Events)
        {
            var group = e.Date is null ? null : groups.FirstOrDefault(g => g[0].Date == e.Date && g[0].Status == e.Status && g[0].Seed != e.Seed
                && g[0].People.Select(p => p.Slug).Order().SequenceEqual(e.People.Select(p => p.Slug).Order()) && e.People.Length > 0);
            if (group is null) groups.Add([e]);
            else group.Add(e);
        }
        var slugs = ArticleSlugsBySeed(extraction);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups.OrderBy(g => g[0].Date?.Iso ?? "~", StringComparer.Ordinal).ThenBy(g => g[0].Seed, StringComparer.Ordinal).ThenBy(g => g[0].Paragraph))
        {
            var first = group[0];
            var stem = (first.Date is { } d ? d.Iso : first.Status.ToString().ToLowerInvariant()) + "-" + Slug.From(first.Title, 6);
            var slug = Slug.Unique(stem, used);
            var y = new YamlWriter()
                .Field(Keys.Title, first.Title)
                .Field(Keys.Date, first.Date?.Iso)
                .Field(Keys.Status, first.Status.ToString().ToLowerInvariant())
                .Field(Keys.Place, group.Select(e => e.Place).FirstOrDefault(p => p is not null))
                .List(Keys.People, [.. group.SelectMany(e => e.People).Select(p => p.Slug).Distinct(StringComparer.Ordinal)]);
            AttributionFields(y, group.Max(e => e.Attribution), 0);
            y.Open(Keys.Sources);
            foreach (var e in group) y.Item(Keys.Article, slugs[e.Seed], 2).Field(Keys.Paragraph, e.Paragraph, 4);
            yield return Stamp($"{SiteLoader.TimelineFolder}/{slug}.md", y, ArticleBodyWriter.Paragraph(first.Sentence));
        }
    }

    /// <summary>Each seed's article slug: where a timeline source or a claim points.</summary>
    private static Dictionary<string, string> ArticleSlugsBySeed(Extraction extraction) =>
        extraction.Articles.ToDictionary(a => a.Seed, a => a.Slug, StringComparer.Ordinal);

    private static GeneratedFile Analysis(PersonRecord expert, Extraction extraction)
    {
        var slugs = ArticleSlugsBySeed(extraction);
        var claims = extraction.Articles.SelectMany(a => a.Claims).Where(c => c.Speaker == expert).ToList();
        var where = expert.Affiliation is null ? expert.Role : $"{expert.Role} at {expert.Affiliation}";
        var y = new YamlWriter()
            .Field(Keys.Title, $"{expert.Name}'s analysis")
            .Field(Keys.Summary, claims.Count > 0 ? claims[0].Text : where is null ? expert.Name : $"{expert.Name}, {where}.")
            .List(Keys.Experts, [expert.Slug]);
        if (claims.Count == 0) y.List(Keys.Claims, []);
        else
        {
            y.Open(Keys.Claims);
            foreach (var c in claims)
            {
                y.Item(Keys.Speaker, expert.Slug, 2).Field(Keys.Text, c.Text, 4).Field(Keys.Article, slugs[c.Seed], 4).Field(Keys.Paragraph, c.Paragraph, 4);
            }
        }
        var body = ArticleBodyWriter.Paragraph(expert.Affiliation is null ? $"{expert.Name}: {expert.Role}." : $"{expert.Name}: {expert.Role}, {expert.Affiliation}.");
        return Stamp($"{SiteLoader.AnalysisFolder}/{expert.Slug}.md", y, body);
    }

    /// <summary>How the person was found, and <c>review: true</c> for anything weaker than a full name: a newsroom never publishes an unchecked guess.</summary>
    private static void AttributionFields(YamlWriter y, Attribution attribution, int indent)
    {
        y.Field(Keys.Attribution, AttributionNames.Of(attribution), indent);
        if (attribution != Attribution.Named) y.Field(Keys.Review, true, indent);
    }

    /// <summary>Assembles the file and adds <c>ingest: sha256</c>, the hash of the file's bytes without that line.</summary>
    private static GeneratedFile Stamp(string path, YamlWriter frontMatter, string body)
    {
        var front = frontMatter.ToString();
        var rest = body.Length > 0 ? body.TrimEnd('\n') : "";
        // The file without its stamp is hashed in pieces, never assembled: for a long article that was two more copies.
        var hash = Hash(["---\n", front, "---\n", body.Length > 0 ? "\n" : "", rest, body.Length > 0 ? "\n" : ""]);
        return new GeneratedFile(path, Assemble(front + $"{IngestKey}: {hash}\n", body));
    }

    private static string Assemble(string frontMatter, string body) =>
        "---\n" + frontMatter + "---\n" + (body.Length > 0 ? "\n" + body.TrimEnd('\n') + "\n" : "");

    public static string Hash(string text) => Hash([text]);

    /// <summary>The hash of the pieces' text joined, in UTF-8, encoded a block at a time.</summary>
    private static string Hash(ReadOnlySpan<string> pieces)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // One encoder across the pieces, so a character split between two (a surrogate pair) is encoded as when joined.
        var encoder = Encoding.UTF8.GetEncoder();
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(1024)];
        for (var p = 0; p < pieces.Length; p++)
        {
            var chars = pieces[p].AsSpan();
            var last = p == pieces.Length - 1;
            do
            {
                var block = chars[..Math.Min(1024, chars.Length)];
                chars = chars[block.Length..];
                var n = encoder.GetBytes(block, bytes, flush: last && chars.IsEmpty);
                sha.AppendData(bytes[..n]);
            }
            while (!chars.IsEmpty);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
