using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>schema.org JSON-LD for search engines: NewsArticle, Person, Event and BreadcrumbList, built as JSON nodes (no reflection).</summary>
public static class StructuredData
{
    // The default encoder escapes <, >, & and quotes, so content can never close the surrounding <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static string Serialize(IEnumerable<JsonObject> items)
    {
        var graph = new JsonArray([.. items]);
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }

    public static JsonObject WebSite(SiteInfo site)
    {
        var node = new JsonObject
        {
            ["@type"] = "WebSite",
            ["name"] = site.Title,
            ["description"] = site.Description,
            ["url"] = site.BaseUrl,
            ["inLanguage"] = site.Language,
        };
        // A site that names no publisher (a new one) claims no nameless organisation.
        if (site.Publisher.Length > 0) node["publisher"] = Organization(site.Publisher);
        return node;
    }

    /// <summary>A source article as the outlet published it: the outlet is its publisher (never this site), and the original is what this page is based on.</summary>
    // description: the text that may describe it (its caption), or null when the site may not republish it.
    public static JsonObject NewsArticle(Article article, string url, SiteInfo site, string? description)
    {
        var node = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = site.Language,
        };
        if (article.Date is { } date) node["datePublished"] = date.Iso;
        if (article.Byline.Reporter is { } reporter) node["author"] = new JsonObject { ["@type"] = "Person", ["name"] = reporter };
        if (article.Outlet is { } outlet)
        {
            var publisher = Organization(outlet);
            if (article.Url is { } original && LinkFilter.TryParse(original, UriKind.Absolute, out var uri)) publisher["url"] = uri.GetLeftPart(UriPartial.Authority) + "/";
            node["publisher"] = publisher;
        }
        if (article.Url is { } source) node["isBasedOn"] = source;
        if (description is not null) node["description"] = description;
        return node;
    }

    public static JsonObject Person(Person person, string url)
    {
        var node = new JsonObject { ["@type"] = "Person", ["name"] = person.Name, ["url"] = url };
        if (person.Role is { } role) node["jobTitle"] = role;
        if (person.Affiliation is { } affiliation) node["affiliation"] = Organization(affiliation);
        if (person.Aliases.Length > 0) node["alternateName"] = new JsonArray([.. person.Aliases.Select(a => (JsonNode)a)]);
        return node;
    }

    /// <summary>An Event with its start date at the precision the reporting fixes ("2019", "2025-08-15").</summary>
    public static JsonObject Event(TimelineEvent e, string url, IEnumerable<string> performers)
    {
        var node = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = e.Title,
            ["url"] = url,
            // schema.org has no "proposed" or "past" status: a dated or floated event is as scheduled as anything reported.
            ["eventStatus"] = "https://schema.org/EventScheduled",
        };
        if (e.Date is { } date) node["startDate"] = date.Iso;
        if (e.Place is { } place) node["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
        var people = performers.Select(name => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = name }).ToArray();
        if (people.Length > 0) node["performer"] = new JsonArray(people);
        return node;
    }

    public static JsonObject? Breadcrumbs(IReadOnlyList<LinkView> crumbs, Func<string, string> absolute)
    {
        if (crumbs.Count < 2) return null;
        return new JsonObject
        {
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray([.. crumbs.Select((c, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c.Title,
                ["item"] = absolute(c.Url),
            })]),
        };
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };
}
