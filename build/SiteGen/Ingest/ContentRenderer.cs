using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;
using Keys = SiteGen.Content.FrontMatterKeys;

namespace SiteGen.Ingest;

/// <summary>
/// A file ingest wants under content/: its path relative to content/ (with '/'), its front matter as the fields to write,
/// and its body as Markdown blocks, one line each. The file is written out as it is made, never held whole: a run of
/// quotes in one seed makes an article whose front matter is several times the seed's size (issue #23).
/// </summary>
internal sealed class GeneratedFile(string relativePath, Action<YamlWriter> frontMatter, IReadOnlyList<string> body)
{
    public string RelativePath { get; } = relativePath;

    /// <summary>The <c>ingest:</c> stamp: the hash of the file's UTF-8 bytes without its ingest line.</summary>
    public string Hash => Measured.Hash;

    /// <summary>
    /// The size of the whole file in UTF-8, ingest line included, counted in the pass that hashes it: ingest must know a
    /// file is over what the build may load before it writes it.
    /// </summary>
    public long ByteCount => Measured.Bytes + Encoding.UTF8.GetByteCount(StampLine(Measured.Hash));

    private (string Hash, long Bytes) Measured => field.Hash is null ? field = Measure(writer => Write(writer, stamp: null)) : field;

    private static string StampLine(string stamp) => $"{ContentRenderer.IngestKey}: {stamp}\n";

    /// <summary>The whole file, ingest line included, as one string (for tests and small files; the writer streams).</summary>
    public string Text
    {
        get
        {
            var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            WriteTo(text);
            return text.ToString();
        }
    }

    /// <summary>Writes the whole file, ingest line included.</summary>
    public void WriteTo(TextWriter writer) => Write(writer, Hash);

    private void Write(TextWriter writer, string? stamp)
    {
        writer.Write("---\n");
        var yaml = new YamlWriter(writer);
        frontMatter(yaml);
        yaml.Finish();
        if (stamp is not null) writer.Write(StampLine(stamp));
        writer.Write("---\n");
        if (body.Count == 0) return;
        // Blocks are one line each, one blank line between them.
        writer.Write('\n');
        for (var i = 0; i < body.Count; i++)
        {
            if (i > 0) writer.Write("\n\n");
            writer.Write(body[i]);
        }
        writer.Write('\n');
    }

    /// <summary>The SHA-256 of what <paramref name="write"/> writes, in UTF-8, encoded a block at a time.</summary>
    internal static string HashOf(Action<TextWriter> write) => Measure(write).Hash;

    /// <summary>The SHA-256 of what <paramref name="write"/> writes, in UTF-8, and how many bytes that is.</summary>
    private static (string Hash, long Bytes) Measure(Action<TextWriter> write)
    {
        using var hashing = new HashingWriter();
        write(hashing);
        var hash = hashing.Finish();
        return (hash, hashing.Bytes);
    }

    /// <summary>A writer that keeps nothing of its text but its hash.</summary>
    private sealed class HashingWriter : TextWriter
    {
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // One encoder for all writes, so a character split between two (a surrogate pair) is encoded as when joined.
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(1024)];

        public override Encoding Encoding => Encoding.UTF8;

        /// <summary>How many bytes have been hashed.</summary>
        public long Bytes { get; private set; }

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> chars) => Encode(chars, flush: false);

        public string Finish()
        {
            Encode([], flush: true);
            return Convert.ToHexStringLower(_sha.GetHashAndReset());
        }

        private void Encode(ReadOnlySpan<char> chars, bool flush)
        {
            do
            {
                var block = chars[..Math.Min(1024, chars.Length)];
                chars = chars[block.Length..];
                var n = _encoder.GetBytes(block, _bytes, flush && chars.IsEmpty);
                _sha.AppendData(_bytes, 0, n);
                Bytes += n;
            }
            while (!chars.IsEmpty);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _sha.Dispose();
            base.Dispose(disposing);
        }
    }
}

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
        // The one writer of article Markdown: block n that is not a heading is the paragraph number quotes and events cite.
        var body = ArticleBodyWriter.Lines(a.Blocks.Select(b => (b.Text, b.IsHeading)));
        return new GeneratedFile($"{SiteLoader.ArticlesFolder}/{a.Slug}.md", y => ArticleFrontMatter(y, a), body);
    }

    private static void ArticleFrontMatter(YamlWriter y, ExtractedArticle a)
    {
        y.Field(Keys.Title, a.Title)
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
    }

    private static GeneratedFile Person(PersonRecord p) =>
        new($"{SiteLoader.PeopleFolder}/{p.Slug}.md", y => y
            .Field(Keys.Name, p.Name)
            .List(Keys.Aliases, p.Aliases)
            .Field(Keys.Role, p.Role)
            .Field(Keys.Affiliation, p.Affiliation)
            .Field(Keys.Kind, PersonKindNames.Of(p.Kind)), []);

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
            yield return new GeneratedFile($"{SiteLoader.TimelineFolder}/{slug}.md", y =>
            {
                y.Field(Keys.Title, first.Title)
                    .Field(Keys.Date, first.Date?.Iso)
                    .Field(Keys.Status, first.Status.ToString().ToLowerInvariant())
                    .Field(Keys.Place, group.Select(e => e.Place).FirstOrDefault(p => p is not null))
                    .List(Keys.People, [.. group.SelectMany(e => e.People).Select(p => p.Slug).Distinct(StringComparer.Ordinal)]);
                AttributionFields(y, group.Max(e => e.Attribution), 0);
                y.Open(Keys.Sources);
                foreach (var e in group) y.Item(Keys.Article, slugs[e.Seed], 2).Field(Keys.Paragraph, e.Paragraph, 4);
            }, [ArticleBodyWriter.Paragraph(first.Sentence)]);
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
        var body = ArticleBodyWriter.Paragraph(expert.Affiliation is null ? $"{expert.Name}: {expert.Role}." : $"{expert.Name}: {expert.Role}, {expert.Affiliation}.");
        return new GeneratedFile($"{SiteLoader.AnalysisFolder}/{expert.Slug}.md", y =>
        {
            y.Field(Keys.Title, $"{expert.Name}'s analysis")
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
        }, [body]);
    }

    /// <summary>How the person was found, and <c>review: true</c> for anything weaker than a full name: a newsroom never publishes an unchecked guess.</summary>
    private static void AttributionFields(YamlWriter y, Attribution attribution, int indent)
    {
        y.Field(Keys.Attribution, AttributionNames.Of(attribution), indent);
        if (attribution != Attribution.Named) y.Field(Keys.Review, true, indent);
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes, as the <c>ingest:</c> stamp writes it.</summary>
    public static string Hash(string text) => GeneratedFile.HashOf(writer => writer.Write(text));
}
