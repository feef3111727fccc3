namespace SiteGen.Content;

/// <summary>
/// Every front-matter key, spelt once: the loader reads these and ingest writes them, so the two cannot drift apart.
/// </summary>
public static class FrontMatterKeys
{
    // Any file
    public const string Slug = "slug";
    public const string Draft = "draft";
    public const string Ingest = "ingest";

    // site.yaml
    public const string Title = "title";
    public const string Description = "description";
    public const string Language = "language";
    public const string BaseUrl = "base_url";
    public const string Publisher = "publisher";
    public const string Republish = "republish";
    public const string RelativeUrls = "relative_urls";
    public const string AsOf = "as_of";
    public const string Cards = "cards";

    // site.yaml and any page: the social card image
    public const string Image = "image";
    public const string ImageAlt = "image_alt";

    // _index.md
    public const string Lede = "lede";
    public const string When = "when";
    public const string Where = "where";
    public const string Duration = "duration";
    public const string Outcome = "outcome";

    // Articles
    public const string Date = "date";
    public const string Outlet = "outlet";
    public const string Url = "url";
    public const string Seed = "seed";
    public const string Byline = "byline";
    public const string Reporter = "reporter";
    public const string Photo = "photo";
    public const string Editors = "editors";
    public const string Caption = "caption";
    public const string CaptionCredit = "caption_credit";
    public const string Quotes = "quotes";
    public const string Speaker = "speaker";
    public const string Text = "text";
    public const string Partial = "partial";
    public const string Paragraph = "paragraph";
    public const string Attribution = "attribution";
    public const string Review = "review";

    // People
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Role = "role";
    public const string Affiliation = "affiliation";
    public const string Kind = "kind";

    // Timeline
    public const string Status = "status";
    public const string Place = "place";
    public const string People = "people";
    public const string Sources = "sources";
    public const string Article = "article";

    // Analysis
    public const string Summary = "summary";
    public const string Experts = "experts";
    public const string Claims = "claims";

    // Pages
    public const string Layout = "layout";
}
