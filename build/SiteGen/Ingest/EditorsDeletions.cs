using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>What an editor's deletion of a person takes out of an extraction: their quotes and claims, and their place in events.</summary>
internal static class EditorsDeletions
{
    public static string ArticlePath(string slug) => $"{SiteLoader.ArticlesFolder}/{slug}.md";

    public static string PersonPath(string slug) => $"{SiteLoader.PeopleFolder}/{slug}.md";

    /// <summary>
    /// The extraction without the people whose files editors deleted (a dateline's place read as a name, say): a quote
    /// or claim of theirs is left out, as a quote no sieve is sure of is, and events name the others.
    /// </summary>
    public static Extraction WithoutDeletedPeople(Extraction extraction, IReadOnlySet<string> deleted)
    {
        bool Gone(PersonRecord p) => deleted.Contains(PersonPath(p.Slug));
        if (!extraction.People.Any(Gone)) return extraction;
        return extraction with
        {
            People = [.. extraction.People.Where(p => !Gone(p))],
            Articles = [.. extraction.Articles.Select(a => a with
            {
                Quotes = [.. a.Quotes.Where(q => !Gone(q.Speaker))],
                Claims = [.. a.Claims.Where(c => !Gone(c.Speaker))],
                Events = [.. a.Events.Select(e => e with { People = [.. e.People.Where(p => !Gone(p))] })],
            })],
        };
    }
}
