using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>
/// A person already in content/people/, as an editor left them: ingest attributes with their name and aliases before it
/// proposes anyone new, and keeps their slug, name, role and kind.
/// </summary>
public sealed record KnownPerson(string Slug, string Name, ImmutableArray<string> Aliases, string? Role, string? Affiliation, PersonKind Kind)
{
    /// <summary>The people of a content folder (none when it has no people/).</summary>
    public static ImmutableArray<KnownPerson> InContent(string contentDir) =>
        [.. SiteLoader.LoadPeople(contentDir).Select(p => new KnownPerson(p.Slug, p.Name, p.Aliases, p.Role, p.Affiliation, p.Kind))];

    /// <summary>Aliases that are names ("Berg", "Anna van der Berg"): they start with a capital and not with "The".</summary>
    public IEnumerable<string> NameAliases => Aliases.Where(a => a.Length > 0 && char.IsUpper(a[0]) && !IsDescriptive(a));

    /// <summary>
    /// Aliases that describe ("the Norlander", "The harbour master"): they start with a lower-case word or "The", and stand for the
    /// person only where the article has named them already, as a reader takes them.
    /// </summary>
    public IEnumerable<string> DescriptiveAliases => Aliases.Where(IsDescriptive);

    private static bool IsDescriptive(string alias) =>
        alias.Contains(' ') && (char.IsLower(alias[0]) || alias.StartsWith("The ", StringComparison.Ordinal));
}
