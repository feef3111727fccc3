using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>A page or entry with the date its content last changed, as the sitemap and feed need it.</summary>
public sealed record DatedEntry(string Title, string Url, PartialDate? Date, string Summary);

/// <summary>The machine-read files a static host and crawlers expect: sitemap.xml, robots.txt and an Atom feed.</summary>
public static class SiteFeeds
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>How many addresses one sitemap file may list (sitemaps.org; search engines ignore the rest).</summary>
    public const int SitemapUrlLimit = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// sitemap.xml, where robots.txt points. A site with more pages than one sitemap may list gets parts
    /// (sitemap-1.xml, sitemap-2.xml, ...) and sitemap.xml becomes their index.
    /// </summary>
    /// <param name="pages">Every public page, in the order to list them.</param>
    /// <param name="urls">The site's addresses.</param>
    /// <param name="limit">Addresses per file; tests lower it.</param>
    public static ImmutableArray<OutputFile> Sitemaps(IReadOnlyList<DatedEntry> pages, SiteUrls urls, int limit = SitemapUrlLimit)
    {
        if (pages.Count <= limit) return [Sitemap("sitemap.xml", pages, urls)];
        var parts = pages.Chunk(limit).Select((chunk, i) => Sitemap($"sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml", chunk, urls)).ToList();
        var index = Xml("sitemap.xml", writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var part in parts)
            {
                writer.WriteStartElement("sitemap");
                writer.WriteElementString("loc", urls.Absolute(urls.Asset(part.Path)));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
        return [index, .. parts];
    }

    private static OutputFile Sitemap(string path, IEnumerable<DatedEntry> pages, SiteUrls urls) => Xml(path, writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        foreach (var page in pages)
        {
            writer.WriteStartElement("url");
            writer.WriteElementString("loc", urls.Absolute(page.Url));
            if (LastModified(page.Date) is { } lastmod) writer.WriteElementString("lastmod", lastmod);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    public static OutputFile Robots(SiteUrls urls) =>
        new("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n"));

    /// <summary>
    /// What every page may load. The templates satisfy it: scripts and styles come only from the site's own files (the
    /// JSON-LD block is data, which script-src does not govern), no style attribute or inline handler; images may be remote.
    /// frame-ancestors is left open so a newsroom can embed pages in an iframe.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The timeline's embed page is made to be framed by any site, and says so. Its rule repeats the whole policy: Netlify
    /// serves one rule's value of a header, Cloudflare Pages joins every matching rule's with a comma (two policies, both
    /// enforced), and either way the embed keeps the site's script and style limits. So a site-wide frame-ancestors other
    /// than * would also bind the embed on Cloudflare Pages: restrict framing per section, never in the site-wide rule.
    /// </summary>
    public const string EmbedContentSecurityPolicy = ContentSecurityPolicy + "; frame-ancestors *";

    /// <summary>
    /// The policy _headers gives the file at this address (as requested, under the base path). serve sends the same, so a
    /// preview refuses what the host will, and an SVG opened from serve runs no script even if one slipped through.
    /// </summary>
    public static string ContentSecurityPolicyFor(SiteUrls urls, string requestPath) =>
        requestPath == urls.TimelineEmbed || requestPath == urls.TimelineEmbed + "index.html" ? EmbedContentSecurityPolicy : ContentSecurityPolicy;

    /// <summary>
    /// _headers, read by Netlify and Cloudflare Pages (other hosts ignore it): the security policy for every page and a
    /// year's immutable cache for each fingerprinted asset, whose name changes whenever its content does.
    /// </summary>
    public static OutputFile Headers(SiteUrls urls, IEnumerable<string> fingerprintedUrls)
    {
        var text = new StringBuilder();
        text.Append(urls.BasePath).Append("*\n");
        text.Append("  Content-Security-Policy: ").Append(ContentSecurityPolicy).Append('\n');
        text.Append("  X-Content-Type-Options: nosniff\n");
        text.Append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        text.Append(urls.TimelineEmbed).Append('\n');
        text.Append("  Content-Security-Policy: ").Append(EmbedContentSecurityPolicy).Append('\n');
        foreach (var url in fingerprintedUrls.Order(StringComparer.Ordinal))
            text.Append(url).Append("\n  Cache-Control: public, max-age=31536000, immutable\n");
        return new OutputFile("_headers", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// How many entries the feed carries. A feed reader polls for what is new; a feed of every article of a large site
    /// was megabytes fetched on each poll (10 MB at 10,000 articles).
    /// </summary>
    public const int EntryLimit = 50;

    /// <summary>Newest first, undated last, ties in address order: the feed's order.</summary>
    public static IEnumerable<T> NewestFirst<T>(IEnumerable<T> entries, Func<T, PartialDate?> date, Func<T, string> url) =>
        entries.OrderByDescending(e => date(e) ?? default).ThenBy(url, StringComparer.Ordinal);

    /// <summary>An Atom feed of the newest source articles and timeline updates; its dates come from content, never the clock.</summary>
    public static OutputFile Atom(SiteInfo site, IEnumerable<DatedEntry> entries, SiteUrls urls) => Xml("feed.xml", writer =>
    {
        var ordered = NewestFirst(entries, e => e.Date, e => e.Url).Take(EntryLimit).ToList();
        const string ns = "http://www.w3.org/2005/Atom";
        writer.WriteStartElement("feed", ns);
        writer.WriteAttributeString("xml", "lang", null, site.Language);
        writer.WriteElementString("title", ns, site.Title);
        writer.WriteElementString("subtitle", ns, site.Description);
        writer.WriteElementString("id", ns, site.BaseUrl);
        writer.WriteElementString("updated", ns, Timestamp(ordered.Select(e => e.Date).FirstOrDefault(d => d is not null)));
        Link(writer, urls.Absolute(urls.Feed), "self");
        Link(writer, site.BaseUrl, "alternate");
        writer.WriteStartElement("author", ns);
        writer.WriteElementString("name", ns, site.Publisher.Length > 0 ? site.Publisher : site.Title);
        writer.WriteEndElement();
        foreach (var entry in ordered)
        {
            writer.WriteStartElement("entry", ns);
            writer.WriteElementString("title", ns, entry.Title);
            writer.WriteElementString("id", ns, urls.Absolute(entry.Url));
            writer.WriteElementString("updated", ns, Timestamp(entry.Date));
            Link(writer, urls.Absolute(entry.Url), "alternate");
            if (entry.Summary.Length > 0) writer.WriteElementString("summary", ns, entry.Summary);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>Atom needs a full timestamp: a coarser date stands for its first day, at midnight UTC.</summary>
    private static string Timestamp(PartialDate? date)
    {
        var d = date ?? new PartialDate(1970, 1, 1);
        return new DateTime(d.Year, Math.Max(1, d.Month), Math.Max(1, d.Day), 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The sitemap's lastmod takes a W3C date; only a day-precise date says when the page changed.</summary>
    private static string? LastModified(PartialDate? date) => date is { Precision: DatePrecision.Day } d ? d.Iso : null;

    private static OutputFile Xml(string path, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }
}
