using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Checking;

/// <summary>A site rendered in memory, as the rules read it: the content (with the text of its files) and the built pages.</summary>
/// <param name="Content">The loaded content.</param>
/// <param name="Files">The built files, by their path under the output folder.</param>
/// <param name="Sources">The text of each content file, by the path diagnostics name it.</param>
/// <param name="OutputDir">The output folder, which check names built pages by but never writes.</param>
/// <param name="DisplayRoot">Diagnostics name files relative to this folder.</param>
public sealed record CheckInput(SiteContent Content, ImmutableArray<OutputFile> Files, ImmutableDictionary<string, string> Sources, string OutputDir, string DisplayRoot)
{
    /// <summary>The text of each template, by the path diagnostics name it, so a template's link is reported at its line.</summary>
    public ImmutableDictionary<string, string> TemplateSources { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>Runs every check rule over a build held in memory; used by 'check' and by the preview overlay.</summary>
public static class SiteChecker
{
    /// <summary>The rules, in the order their reports are most useful to read.</summary>
    public static readonly ImmutableArray<ICheckRule> Rules =
    [
        new InternalLinksMustResolve(),
        new AnchorsMustExist(),
        new ImagesMustExist(),
        new PagesMustBeLinkedFromAnotherPage(),
        new PeopleMustHaveQuoteOrEvent(),
        new EventDatesMustFitTheirArticle(),
        new GuessesMustBeReviewed(),
    ];

    /// <summary>The rules' findings only (the build's own diagnostics are not repeated).</summary>
    public static ImmutableArray<Diagnostic> Check(CheckInput input, IEnumerable<ICheckRule>? rules = null)
    {
        var context = new CheckContext(input);
        var bag = new DiagnosticBag();
        foreach (var rule in rules ?? Rules) rule.Check(context, bag);
        context.ReportTemplateFindings(bag);
        return bag.ToImmutable();
    }
}
