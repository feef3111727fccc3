namespace SiteGen.Ingest;

/// <summary>One role an article gives a person, with the body it names and whether the full name stood beside it.</summary>
internal sealed record RoleSighting(string Role, string? Affiliation, bool WithFullName)
{
    /// <summary>
    /// The role most introductions give, as a reader of all the articles would sum the person up: one caption's
    /// "Ruritania's President" does not outvote two reports' "Ruritanian President". Roles given with the full name come
    /// first, a role of several words beats a bare "President", and between roles given as often the first one wins.
    /// </summary>
    public static (string Role, string? Affiliation) Choose(IReadOnlyList<RoleSighting> sightings)
    {
        var pool = sightings.Any(s => s.WithFullName) ? sightings.Where(s => s.WithFullName).ToList() : [.. sightings];
        if (pool.Any(s => s.Role.Contains(' '))) pool = [.. pool.Where(s => s.Role.Contains(' '))];
        var best = pool
            .Select((s, i) => (Sighting: s, Index: i, Key: Key(s.Role)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(s => s.Index))
            .First()
            .OrderBy(s => s.Index)
            .First().Sighting;
        return (best.Role, best.Affiliation);
    }

    // "Secretary-General" and "Secretary General", "Roe’s" and "Roe's" are one role told twice.
    private static string Key(string role) =>
        role.ToLowerInvariant().Replace('-', ' ').Replace('\u2019', '\'');
}
