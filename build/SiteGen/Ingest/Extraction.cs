using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// Words a person said, as found in one seed; <see cref="Paragraph"/> counts body paragraphs from 1, and
/// <see cref="Attribution"/> says how the speaker was found (anything below a full name is for an editor to review).
/// </summary>
public sealed record ExtractedQuote(string Seed, PersonRecord Speaker, string Text, bool Partial, int Paragraph, Attribution Attribution);

/// <summary>A reported-speech point ("X cautioned that ...") an expert makes.</summary>
public sealed record ExtractedClaim(string Seed, PersonRecord Speaker, string Text, int Paragraph);

/// <summary>A dated or floated event as one seed reports it.</summary>
public sealed record ExtractedEvent(
    string Seed,
    PartialDate? Date,
    EventStatus Status,
    string Title,
    string Sentence,
    int Paragraph,
    string? Place,
    ImmutableArray<PersonRecord> People,
    Attribution Attribution);

/// <summary>Everything extracted from one seed.</summary>
public sealed record ExtractedArticle(
    string Seed,
    string Slug,
    string Title,
    PartialDate? Date,
    string? Outlet,
    string? Reporter,
    string? Photo,
    ImmutableArray<string> Editors,
    ImmutableArray<Credit> Credits,
    string? Caption,
    string? CaptionCredit,
    ImmutableArray<ArticleBlock> Blocks,
    ExtractedQuotes Quotes,
    ImmutableArray<ExtractedEvent> Events,
    ImmutableArray<ExtractedClaim> Claims,
    int BoilerplateRemoved)
{
    /// <summary>Where the article was first published, when the seed says.</summary>
    public string? Url { get; init; }

    /// <summary>The language the article is written in, when its seed's header says (a tag: "fr", "pt-br").</summary>
    public string? Language { get; init; }

    /// <summary>This article with every person it refers to replaced through <paramref name="final"/>.</summary>
    internal ExtractedArticle WithPeople(IReadOnlyDictionary<PersonRecord, PersonRecord> final) => this with
    {
        Quotes = [.. Quotes.Select(q => q with { Speaker = final[q.Speaker] })],
        Events = [.. Events.Select(e => e with { People = [.. e.People.Select(p => final[p])] })],
        Claims = [.. Claims.Select(c => c with { Speaker = final[c.Speaker] })],
    };
}

/// <summary>What ingest found in a set of seeds: articles, the people across them, and the seeds it had to skip.</summary>
public sealed record Extraction(ImmutableArray<ExtractedArticle> Articles, ImmutableArray<PersonRecord> People, ImmutableArray<Diagnostic> Diagnostics)
{
    public IEnumerable<ExtractedQuote> Quotes => Articles.SelectMany(a => a.Quotes);
    public IEnumerable<ExtractedEvent> Events => Articles.SelectMany(a => a.Events);
}
