using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>Everyone in the who's who must say something or take part in something; a bare name tells the reader nothing.</summary>
public sealed class PeopleMustHaveQuoteOrEvent : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag bag)
    {
        var content = context.Content;
        var mentioned = content.AllQuotes.Select(q => q.Speaker.Slug)
            .Concat(content.Events.SelectMany(e => e.People).Select(r => r.Slug))
            .Concat(content.Analyses.SelectMany(a => a.Experts).Select(r => r.Slug))
            .Concat(content.Analyses.SelectMany(a => a.Claims).Select(c => c.Speaker?.Slug).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var person in content.People)
        {
            // Journalists are credited in bylines, not quoted: the rule is about the people the story is about.
            if (person.Kind == PersonKind.Journalist || mentioned.Contains(person.Slug)) continue;
            context.Report(bag, Severity.Warning, DiagnosticCodes.PersonWithoutMentions, person.NameSpan,
                $"{person.Name} has no quote and takes part in no event or analysis; cite them (speaker: {person.Slug}), add them to an event's 'people', or delete the file");
        }
    }
}
