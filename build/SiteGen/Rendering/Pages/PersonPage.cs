using System.Text.Json.Serialization;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record PersonView(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Affiliation,
    string Kind,
    string KindLabel,
    string BodyHtml,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<QuoteView> PartialQuotes,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<ArticleSummary> Credits,
    IReadOnlyList<AnalysisSummary> Analyses);

public sealed record PersonModel(PageView Page, PersonView Person) : IPageModel;

[JsonSerializable(typeof(PersonModel))]
public sealed partial class PersonPageJson : JsonSerializerContext;

/// <summary>Each person's page: their quotes, events, mentions, credits and analyses.</summary>
public sealed class PersonPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs)
    {
        foreach (var person in context.PeopleInOrder)
            jobs.Add("person", context.Urls.OutputPath(context.Urls.Person(person.Slug)), () => Model(person), PersonPageJson.Default.PersonModel);
    }

    public PersonModel Model(Person p)
    {
        var quotes = context.Quotes.Where(q => q.Speaker.Slug == p.Slug).ToList();
        var description = string.Join(", ", new[] { RoleOf(p), p.Affiliation }.Where(s => !string.IsNullOrEmpty(s)));
        var mentions = context.Mentions[p.Slug];
        return new PersonModel(
            context.PageOf(p.Name, description.Length > 0 ? $"{p.Name}, {description}" : p.Name, context.Urls.Person(p.Slug), "people", [Crumb(context.Strings[StringKeys.NavPeople], context.Urls.People), Crumb(p.Name, context.Urls.Person(p.Slug))],
                Latest(mentions.Select(a => a.Date)), "profile", [StructuredData.Person(p, context.Urls.Absolute(context.Urls.Person(p.Slug)))], p.Image, SiteLoader.PeopleFolder),
            new PersonView(
                p.Slug,
                p.Name,
                // "Also written as" lists spellings of the name; references such as "the expert" help ingest, not readers.
                [.. p.Aliases.Where(a => a.Length > 0 && char.IsUpper(a[0]) && a != p.Name)],
                RoleOf(p),
                p.Affiliation,
                PersonKindNames.Of(p.Kind),
                context.KindLabel(p.Kind, one: true),
                context.Markdown.Render(p.Body, SiteLoader.PeopleFolder),
                [.. quotes.Where(q => !q.Partial)],
                [.. quotes.Where(q => q.Partial)],
                [.. context.Events.Where(e => e.Event.People.Any(r => r.Slug == p.Slug)).Select(e => e.View)],
                [.. mentions.Select(context.ArticleSummaryOf)],
                [.. context.ArticlesInOrder.Where(a => IsCredited(a, p)).Select(context.ArticleSummaryOf)],
                [.. context.Content.Analyses.Where(a => a.Experts.Any(e => e.Slug == p.Slug)).OrderBy(a => a.Slug, StringComparer.Ordinal).Select(context.AnalysisSummaryOf)]));
    }

    private static bool IsCredited(Article a, Person p) =>
        a.Byline.Reporter == p.Name || a.Byline.Photo == p.Name || a.Byline.Editors.Contains(p.Name);
}
