using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Checking;

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
    public static ImmutableArray<Diagnostic> Check(BuildResult result, BuildOptions options, IEnumerable<ICheckRule>? rules = null)
    {
        if (result.Content is null) return [];
        var context = new CheckContext(result.Content, result.Files, options);
        var bag = new DiagnosticBag();
        foreach (var rule in rules ?? Rules) rule.Check(context, bag);
        return bag.ToImmutable();
    }
}
