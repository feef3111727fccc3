using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>One way an article introduces a person: the name as printed, with the role and affiliation it gives, if any.</summary>
internal sealed record PersonIntroduction(string Name, string? Role, string? Affiliation, string Seed, int Order);

/// <summary>
/// A person known across all seeds: one canonical name, its spelling variants and the forms that refer back to it.
/// Immutable: <see cref="PersonRegistry"/> builds people with <see cref="PersonBuilder"/> and freezes them, and
/// <see cref="PersonSightings"/> adds what the second pass saw by making new records.
/// </summary>
public sealed class PersonRecord
{
    internal PersonRecord(int id, string name, ImmutableArray<string> variants, string? role, string? affiliation, PersonKind kind, bool credit,
        string slug, ImmutableArray<string> observedAliases, ImmutableArray<string> seeds)
    {
        Id = id;
        Name = name;
        Variants = variants;
        Role = role;
        Affiliation = affiliation;
        Kind = kind;
        Credit = credit;
        Slug = slug;
        ObservedAliases = observedAliases;
        Seeds = seeds;
    }

    public int Id { get; }

    public string Name { get; }

    /// <summary>Every full spelling seen, the canonical one included.</summary>
    public ImmutableArray<string> Variants { get; }

    public string? Role { get; }

    public string? Affiliation { get; }

    public PersonKind Kind { get; }

    /// <summary>A byline (reporter, photographer, editor), not a subject of the story.</summary>
    public bool Credit { get; }

    /// <summary>The person's file name; unique across the extraction (see <see cref="PersonRegistry.AssignSlugs"/>).</summary>
    public string Slug { get; }

    /// <summary>Short forms and back-references seen in the text ("Li", "the U.S. president"), in ordinal order.</summary>
    public ImmutableArray<string> ObservedAliases { get; }

    /// <summary>The seeds that introduce or mention the person, in ordinal order.</summary>
    public ImmutableArray<string> Seeds { get; }

    public ImmutableArray<string> Aliases =>
        [.. ObservedAliases.Concat(Variants).Concat(SpellingVariantSurnames()).Where(a => a != Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>This person with more seeds and aliases: what the second pass saw of them.</summary>
    internal PersonRecord WithSightings(IEnumerable<string> seeds, IEnumerable<string> aliases) =>
        new(Id, Name, Variants, Role, Affiliation, Kind, Credit, Slug,
            [.. ObservedAliases.Union(aliases, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. Seeds.Union(seeds, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>"Hrytsenco" for a person printed as "Mykola Hrytsenko" and "Mykola Hrytsenco": the other spelling alone.</summary>
    private IEnumerable<string> SpellingVariantSurnames()
    {
        var canonical = Name.Split(' ')[^1];
        return Variants.Select(v => v.Split(' ')[^1]).Where(t => t != canonical);
    }

    public override string ToString() => Name;
}

/// <summary>A person while the registry is still merging introductions into them; <see cref="Freeze"/> ends it.</summary>
internal sealed class PersonBuilder(int id, string name)
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public List<string> Variants { get; } = [name];

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    public PersonKind Kind { get; set; } = PersonKind.Other;

    public bool Credit { get; set; }

    public SortedSet<string> Seeds { get; } = new(StringComparer.Ordinal);

    public string Slug { get; set; } = "";

    /// <summary>A person from content/people/: name, slug, role and kind are the editor's, whatever the text says.</summary>
    public bool Known { get; init; }

    /// <summary>A known person's one-word aliases ("Bibi"): they stand for the person alone, like a surname.</summary>
    public List<string> ShortAliases { get; } = [];

    /// <summary>A known person's descriptive aliases ("the Norlander").</summary>
    public List<string> Descriptions { get; } = [];

    /// <summary>Every role the articles give the person, in reading order; <see cref="RoleSighting.Choose"/> picks one.</summary>
    public List<RoleSighting> Roles { get; } = [];

    public PersonRecord Freeze() => new(Id, Name, [.. Variants], Role, Affiliation, Kind, Credit, Slug, [], [.. Seeds]);
}

/// <summary>Merges the introductions of all seeds into people: spelling variants (Hrytsenko/Hrytsenco) and short forms become one person.</summary>
internal sealed class PersonRegistry
{
    private ImmutableArray<PersonRecord> _people = [];
    private readonly WordLists _words;
    private Dictionary<string, PersonRecord?> _singleTokens = new(StringComparer.Ordinal);
    private Dictionary<string, PersonRecord?> _weakTokens = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlyList<PersonRecord>> _sharedTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonRecord> _byIntroducedName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonRecord> _creditByName = new(StringComparer.Ordinal);
    private readonly List<(string[] Tokens, PersonRecord Person)> _descriptions = [];

    public PersonRegistry(WordLists words) => _words = words;

    public ImmutableArray<PersonRecord> People => _people;

    /// <summary>
    /// Builds people from introductions (in reading order) and credit lines; <paramref name="tokenCounts"/> decides between
    /// spellings. The <paramref name="known"/> people of content/ come first, so a name or alias of theirs is theirs.
    /// </summary>
    public void Build(IEnumerable<PersonIntroduction> introductions, IEnumerable<(Credit Credit, string Seed)> credits, IReadOnlyDictionary<string, int> tokenCounts,
        IReadOnlyList<KnownPerson>? known = null)
    {
        var people = new List<PersonBuilder>();
        var owners = new Dictionary<string, PersonBuilder>(StringComparer.Ordinal);
        var creditOwners = new Dictionary<string, PersonBuilder>(StringComparer.Ordinal);
        // Bylines stay credits, found again from the credit lines; a known journalist is not a subject to attribute to.
        foreach (var k in (known ?? []).Where(k => k.Kind != PersonKind.Journalist && k.Name.Length > 0))
        {
            var person = new PersonBuilder(people.Count, k.Name) { Known = true, Role = k.Role, Affiliation = k.Affiliation, Kind = k.Kind, Slug = k.Slug };
            foreach (var alias in k.NameAliases)
            {
                if (alias.Contains(' ')) person.Variants.Add(alias);
                else person.ShortAliases.Add(alias);
            }
            person.Descriptions.AddRange(k.DescriptiveAliases);
            people.Add(person);
            foreach (var name in person.Variants) owners.TryAdd(name, person);
        }
        var ordered = introductions.ToList();
        // Full names first, so "President Grant" can attach to "Tom Grant" whatever came first.
        foreach (var intro in ordered.Where(i => i.Name.Contains(' ')).Concat(ordered.Where(i => !i.Name.Contains(' '))))
        {
            var person = FindMatch(people, intro.Name);
            if (person is null)
            {
                person = new PersonBuilder(people.Count, intro.Name);
                people.Add(person);
            }
            else if (intro.Name.Contains(' ') && !person.Variants.Contains(intro.Name))
            {
                person.Variants.Add(intro.Name);
            }
            owners.TryAdd(intro.Name, person);
            person.Seeds.Add(intro.Seed);
            if (!person.Known && intro.Role is not null) person.Roles.Add(new RoleSighting(intro.Role, intro.Affiliation, intro.Name.Contains(' ')));
        }
        foreach (var person in people.Where(p => !p.Known && p.Roles.Count > 0)) (person.Role, person.Affiliation) = RoleSighting.Choose(person.Roles);
        foreach (var (credit, seed) in credits.Where(c => c.Credit.IsPerson))
        {
            var person = people.FirstOrDefault(p => p.Credit && p.Name == credit.Name);
            // "Our correspondent Bo Kim" in the text is the credited Bo Kim, not a subject of the story.
            person ??= people.FirstOrDefault(p => !p.Credit && !p.Known && p.Name == credit.Name && (p.Role is null || KindOf(p) == PersonKind.Journalist));
            if (person is not null && !person.Credit)
            {
                person.Credit = true;
                person.Role = credit.Role;
            }
            if (person is null)
            {
                person = new PersonBuilder(people.Count, credit.Name) { Credit = true, Role = credit.Role };
                people.Add(person);
            }
            person.Seeds.Add(seed);
            creditOwners.TryAdd(credit.Name, person);
        }
        foreach (var person in people.Where(p => !p.Known))
        {
            person.Name = person.Variants
                .OrderByDescending(v => tokenCounts.GetValueOrDefault(LastToken(v)))
                // "Sergei" or "Sergey" before the same family name: the given name printed more often.
                .ThenByDescending(v => tokenCounts.GetValueOrDefault(v.Split(' ')[0]))
                // Between spellings as common, the one that keeps its accents ("Zoë" over "Zoe") is the fuller.
                .ThenByDescending(v => v.Count(c => c > '\u007F' && char.IsLetter(c)))
                .ThenBy(v => person.Variants.IndexOf(v))
                .First();
            person.Kind = KindOf(person);
        }
        AssignSlugs(people);
        _people = [.. people.Select(p => p.Freeze())];
        foreach (var (name, owner) in owners) _byIntroducedName[name] = _people[owner.Id];
        foreach (var (name, owner) in creditOwners) _creditByName[name] = _people[owner.Id];
        foreach (var person in people)
        {
            _descriptions.AddRange(person.Descriptions.Select(d => (d.Split(' ', StringSplitOptions.RemoveEmptyEntries), _people[person.Id])));
        }
        IndexSingleTokens(people);
    }

    /// <summary>
    /// The person of this registry that <paramref name="other"/>, a person of another registry built from some of the same
    /// introductions (one article's), merged into: found by the names it was introduced or credited under.
    /// </summary>
    public PersonRecord Canonical(PersonRecord other)
    {
        foreach (var name in other.Variants.Prepend(other.Name))
        {
            if (other.Credit && _creditByName.TryGetValue(name, out var credit)) return credit;
            if (_byIntroducedName.TryGetValue(name, out var person)) return person;
            if (_creditByName.TryGetValue(name, out credit)) return credit;
        }
        throw new InvalidOperationException($"the person '{other.Name}' was not introduced to the registry of all articles");
    }

    /// <summary>The person introduced under exactly this name, if any.</summary>
    public PersonRecord? Introduced(string name) => _byIntroducedName.GetValueOrDefault(name);

    /// <summary>
    /// Gives every person a distinct slug: a known person keeps theirs; two people whose names read the same in ASCII get
    /// -2, -3 in name order.
    /// </summary>
    private static void AssignSlugs(IEnumerable<PersonBuilder> people)
    {
        var used = people.Where(p => p.Known).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people.Where(p => !p.Known).OrderBy(p => p.Credit).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Role, StringComparer.Ordinal))
        {
            person.Slug = Ingest.Slug.Unique(Ingest.Slug.From(person.Name), used);
        }
    }

    /// <summary>The person a single capitalised word stands for ("Li", "Hrytsenco"), when exactly one person fits.</summary>
    public PersonRecord? BySingleToken(string token, bool nextToSpeechVerb = false)
    {
        if (_singleTokens.TryGetValue(token, out var exact)) return exact;
        // A name the article used alone and the registry merged into a full one ("Mora" in "Luis Alberto Mora da Costa").
        if (_byIntroducedName.TryGetValue(token, out var introduced) && !introduced.Credit) return introduced;
        if (nextToSpeechVerb && _weakTokens.TryGetValue(token, out var weak)) return weak;
        // "Orban" for "Orbán": the same letters once accents are folded.
        var folded = Ingest.Slug.From(token);
        var unaccented = _singleTokens.Where(p => p.Value is not null && Ingest.Slug.From(p.Key) == folded).Select(p => p.Value!).Distinct().ToList();
        if (unaccented.Count == 1) return unaccented[0];
        if (token.Length < 6) return null;
        // A spelling variant of a known surname: one letter more or less, same start.
        var close = _singleTokens.Where(p => p.Value is not null && p.Key.Length >= 6 && p.Key[..4] == token[..4] && EditDistance.Between(p.Key, token) <= 1)
            .Select(p => p.Value!).Distinct().ToList();
        return close.Count == 1 ? close[0] : null;
    }

    /// <summary>The people a family name alone could stand for when more than one has it ("Roe" for Ana and Ivo Roe).</summary>
    public IReadOnlyList<PersonRecord> SharingName(string token) => _sharedTokens.GetValueOrDefault(token) ?? [];

    /// <summary>The known people's descriptive aliases ("the Norlander"), each as its words.</summary>
    public IReadOnlyList<(string[] Tokens, PersonRecord Person)> Descriptions => _descriptions;

    /// <summary>Every full spelling of every subject person, longest first, for matching names in text.</summary>
    public IEnumerable<(string[] Tokens, PersonRecord Person)> FullNames() =>
        _people.Where(p => !p.Credit)
            .SelectMany(p => p.Variants.Select(v => (Tokens: v.Split(' '), Person: p)))
            .Where(x => x.Tokens.Length >= 2)
            .OrderByDescending(x => x.Tokens.Length);

    private void IndexSingleTokens(List<PersonBuilder> builders)
    {
        var map = new Dictionary<string, PersonRecord?>(StringComparer.Ordinal);
        var weak = new Dictionary<string, PersonRecord?>(StringComparer.Ordinal);
        var shared = new Dictionary<string, HashSet<PersonRecord>>(StringComparer.Ordinal);
        foreach (var person in _people.Where(p => !p.Credit))
        {
            foreach (var variant in person.Variants.Concat(builders[person.Id].ShortAliases))
            {
                var tokens = variant.Split(' ');
                // Family names come last in English order and first in Chinese order: both stand alone in text.
                foreach (var token in new[] { tokens[^1], tokens[0] }.Distinct())
                {
                    if (_words.NameParticles.Contains(token) || token.Length < 2) continue;
                    // A name that is also a word the extractor reads ("May", "Will") counts only right next to a speech verb.
                    var target = IsVocabulary(token.ToLowerInvariant()) ? weak : map;
                    if (target.TryGetValue(token, out var other) && other != person) target[token] = null;
                    else target[token] = person;
                    if (target == map)
                    {
                        if (!shared.TryGetValue(token, out var holders)) shared[token] = holders = [];
                        holders.Add(person);
                    }
                }
            }
        }
        _singleTokens = map;
        _weakTokens = weak;
        _sharedTokens = shared.Where(p => p.Value.Count > 1).ToDictionary(p => p.Key, p => (IReadOnlyList<PersonRecord>)[.. p.Value], StringComparer.Ordinal);
    }

    private bool IsVocabulary(string lower) =>
        _words.Months.ContainsKey(lower) || _words.Weekdays.ContainsKey(lower) || _words.ClauseStarters.Contains(lower) || _words.Titles.Contains(lower)
        || _words.TitleModifiers.Contains(lower) || _words.SpeechVerbs.Contains(lower) || _words.PlanCues.Contains(lower) || _words.ProposalCues.Contains(lower)
        || _words.EventNouns.Contains(lower) || _words.Honorifics.Contains(lower) || _words.Pronouns.Contains(lower);

    private PersonBuilder? FindMatch(List<PersonBuilder> people, string name)
    {
        var tokens = name.Split(' ');
        foreach (var person in people.Where(p => !p.Credit))
        {
            foreach (var variant in person.Variants)
            {
                var other = variant.Split(' ');
                // "Ana Pena" and "Ana Peña": the same letters once accents are folded.
                if (string.Equals(variant, name, StringComparison.OrdinalIgnoreCase) || Ingest.Slug.From(variant) == Ingest.Slug.From(name)) return person;
                if (tokens.Length == 1 && other.Length > 1 && (Close(other[^1], tokens[0]) || other[0] == tokens[0])) return person;
                // "Mora" for "Luis Alberto Mora da Costa": the one name people go by, inside the full name.
                if (tokens.Length == 1 && tokens[0].Length >= 4 && other.Length > 2 && other[1..^1].Contains(tokens[0], StringComparer.Ordinal)) return person;
                if (tokens.Length == other.Length && tokens.Length > 1
                    && tokens[..^1].SequenceEqual(other[..^1], StringComparer.Ordinal) && Close(tokens[^1], other[^1])) return person;
                if (other.Length == 1 && tokens.Length > 1 && Close(tokens[^1], other[0])) return person;
                // "Sergei Roe" and "Sergey Roe", "Valdimir Roe" for "Vladimir Roe": one given name transliterated or mistyped,
                // unless the two are a man's and a woman's name ("Ivan", "Ivana").
                if (tokens.Length == 2 && other.Length == 2 && Close(tokens[1], other[1]) && OneSlipApart(tokens[0], other[0])
                    && _words.GivenNameGenders.GetValueOrDefault(tokens[0].ToLowerInvariant()) is var g1 && _words.GivenNameGenders.GetValueOrDefault(other[0].ToLowerInvariant()) is var g2
                    && (g1 is null || g2 is null || g1 == g2)) return person;
                // "Jane Q. Roe" and "Jane Roe": a middle initial adds no one.
                if (WithoutInitials(tokens) is { Length: >= 2 } bare && WithoutInitials(other) is { Length: >= 2 } otherBare
                    && (bare.Length != tokens.Length || otherBare.Length != other.Length) && bare.SequenceEqual(otherBare, StringComparer.Ordinal)) return person;

                // "Van der Berg" after "Anna van der Berg": the family name alone, capitalised at a sentence start.
                if (tokens.Length > 1 && other.Length > tokens.Length
                    && other[^tokens.Length..].Zip(tokens).All(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase))) return person;
            }
        }
        return null;
    }

    /// <summary>Two given names of four letters or more, with the same first letter, one letter or one swap of neighbours apart.</summary>
    internal static bool OneSlipApart(string a, string b)
    {
        if (a == b || a.Length < 4 || b.Length < 4 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1) return false;
        if (EditDistance.Between(a, b) <= 1) return true;
        if (a.Length != b.Length) return false;
        var diff = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diff.Count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]];
    }

    private static string[] WithoutInitials(string[] tokens) =>
        [.. tokens.Where(t => !(t.Length <= 2 && char.IsUpper(t[0]) && (t.Length == 1 || t[1] == '.')))];

    // "Orban" and "Orbán": the same letters once accents are folded.
    private static bool Close(string a, string b) =>
        a == b || Ingest.Slug.From(a) == Ingest.Slug.From(b) || a.Length >= 5 && b.Length >= 5 && a[..4] == b[..4] && EditDistance.Between(a, b) <= 1;

    private static string LastToken(string name) => name.Split(' ')[^1];

    private PersonKind KindOf(PersonBuilder person)
    {
        if (person.Credit) return PersonKind.Journalist;
        var role = (person.Role ?? "").ToLowerInvariant();
        var affiliation = (person.Affiliation ?? "").ToLowerInvariant();
        var words = Words(role);
        foreach (var (kind, word) in _words.PersonKinds)
        {
            if (kind == PersonKind.Journalist && ContainsPhrase(words, word)) return kind;
        }
        // Whoever works at a university, institute or research centre speaks as an expert, whatever the title.
        if (_words.AcademicWords.Any(w => ContainsPhrase(Words(affiliation), w) || ContainsPhrase(words, w))) return PersonKind.Expert;
        foreach (var (kind, word) in _words.PersonKinds)
        {
            if (ContainsPhrase(words, word)) return kind;
        }
        return PersonKind.Other;
    }

    internal static string[] Words(string text) => text.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    internal static bool ContainsPhrase(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Length; i++)
        {
            var match = true;
            for (var j = 0; j < parts.Length && match; j++) match = words[i + j] == parts[j];
            if (match) return true;
        }
        return false;
    }
}
