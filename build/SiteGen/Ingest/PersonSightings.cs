namespace SiteGen.Ingest;

/// <summary>
/// What the second pass sees of each person (the seeds that mention them, the short forms and roles that refer to them),
/// gathered while the people stay frozen, then applied once by <see cref="Apply"/>.
/// </summary>
internal sealed class PersonSightings
{
    private readonly Dictionary<PersonRecord, (SortedSet<string> Seeds, SortedSet<string> Aliases)> _seen = [];

    public void MentionedIn(PersonRecord person, string seed) => Of(person).Seeds.Add(seed);

    public void CalledBy(PersonRecord person, string alias) => Of(person).Aliases.Add(alias);

    /// <summary>Adds what was seen of one article's people to <paramref name="into"/>, each under the person they merged into.</summary>
    public void MergeInto(PersonSightings into, IReadOnlyDictionary<PersonRecord, PersonRecord> merged)
    {
        foreach (var (person, (seeds, aliases)) in _seen)
        {
            var target = into.Of(merged[person]);
            target.Seeds.UnionWith(seeds);
            target.Aliases.UnionWith(aliases);
        }
    }

    /// <summary>Every person with their sightings; the map sends each frozen person to their final record.</summary>
    public IReadOnlyDictionary<PersonRecord, PersonRecord> Apply(IEnumerable<PersonRecord> people) =>
        people.ToDictionary(p => p, p => _seen.TryGetValue(p, out var seen) ? p.WithSightings(seen.Seeds, seen.Aliases) : p);

    internal (SortedSet<string> Seeds, SortedSet<string> Aliases) Of(PersonRecord person)
    {
        if (!_seen.TryGetValue(person, out var seen))
        {
            seen = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
            _seen[person] = seen;
        }
        return seen;
    }
}
