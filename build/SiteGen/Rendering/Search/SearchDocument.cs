namespace SiteGen.Rendering.Search;

/// <summary>What a search result is; results are grouped in this order.</summary>
public enum SearchKind
{
    Paragraph,
    Quote,
    Event,
    Person,
    Analysis,
    Article,
}

/// <summary>
/// One thing a reader can land on: a paragraph, quote, claim, event, person, analysis or article.
/// </summary>
/// <param name="Kind">Which group of results it is shown in.</param>
/// <param name="Title">Shown as the result's link text.</param>
/// <param name="Url">Where the result leads, down to its anchor (an article paragraph's <c>#pN</c>).</param>
/// <param name="Text">The words searched and shown under the title.</param>
/// <param name="TitleIsSearched">Whether the title's words are searched too, and count more than the text's (a person's
/// name, an event's title); a paragraph's title is its article's, which would match every paragraph of it.</param>
public sealed record SearchDocument(SearchKind Kind, string Title, string Url, string Text, bool TitleIsSearched);
