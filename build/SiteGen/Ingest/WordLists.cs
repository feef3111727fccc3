using SiteGen.Content;
using System.Collections.Frozen;
using System.Reflection;

namespace SiteGen.Ingest;

/// <summary>The general vocabulary extraction relies on, read from the embedded Data/*.txt files so it can grow without code changes.</summary>
internal sealed class WordLists
{
    private static readonly Lazy<WordLists> Shared = new(() => new WordLists());

    public static WordLists Default => Shared.Value;

    private WordLists()
    {
        SpeechVerbs = Set("speech_verbs");
        ReportingVerbs = Set("reporting_verbs");
        Titles = Set("titles");
        TitleModifiers = Set("title_modifiers");
        AcademicWords = Set("academic_words");
        OrganisationWords = Set("organisation_words");
        OutletWords = Set("outlet_words");
        Pronouns = Set("pronouns");
        ProposalCues = Set("proposal_cues");
        DesignationCues = Set("designation_cues");
        PlanCues = Set("plan_cues");
        FutureTimes = Set("future_times");
        ScheduleCues = Set("schedule_cues");
        GivenNames = Set("given_names");
        EventNouns = Set("event_nouns");
        HistoryNouns = Set("history_nouns");
        EventVerbs = Set("event_verbs");
        PastEventVerbs = Set("past_event_verbs");
        YearPrepositions = Set("year_prepositions");
        Abbreviations = Set("abbreviations");
        SentenceStarters = Set("sentence_starters");
        ClauseStarters = Set("clause_starters");
        NameParticles = Set("name_particles");
        Honorifics = Set("honorifics");
        PlaceStarts = Set("place_starts");
        PlaceEnds = Set("place_ends");
        Cities = Set("cities");
        Places = Lines("places").Concat(Lines("capitals")).Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        SpeechNouns = Set("speech_nouns");
        ProgrammeRoles = Set("programme_roles");
        ClauseOpeners = Set("clause_openers");
        NewClauseConjunctions = Set("new_clause_conjunctions");
        SpeechNounLinks = Set("speech_noun_links");
        RoleRunEnds = Set("role_run_ends");
        TitleDanglingWords = Set("title_dangling_words");
        ListenerVerbs = Set("listener_verbs");
        QuotingVerbs = Set("quoting_verbs");
        Prepositions = Set("prepositions");
        CoordinatingConjunctions = Set("coordinating_conjunctions");
        TitleCaseMinorWords = Set("title_case_minor_words");
        TranscriptAskers = Set("transcript_askers");
        StampWords = Set("stamp_words");
        SequelWords = Set("sequel_words");
        ProgrammeNouns = Set("programme_nouns");
        ReadinessWords = Set("readiness_words");
        KinNouns = Set("kin_nouns");
        RoleLinkVerbs = Set("role_link_verbs");
        FloatAdverbs = Set("float_adverbs");
        PersonNouns = Set("person_nouns");
        OccupationVerbs = Set("occupation_verbs");
        AuxiliaryVerbs = Set("auxiliary_verbs");
        GivenNameGenders = Pairs("given_names_gender").ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        PossessivePronounGenders = Pairs("possessive_pronouns").ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        AttributionFillers = Set("attribution_fillers");
        Weekdays = Numbered("weekdays");
        RelativeYears = Pairs("relative_years").ToFrozenDictionary(p => p.Key, p => int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        RelativeDays = Pairs("relative_days").ToFrozenDictionary(p => p.Key, p => int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Months = Numbered("months");
        BoilerplatePatterns = [.. Lines("boilerplate")];
        // A kind the content model does not know is a mistake in the data file, caught by every test that extracts.
        PersonKinds = [.. Pairs("person_kinds").Select(p => KeyValuePair.Create(PersonKindNames.Parse(p.Key) ?? throw new InvalidDataException($"person_kinds.txt: unknown kind '{p.Key}'"), p.Value))];
        JournalistWords = PersonKinds.Where(p => p.Key == PersonKind.Journalist).Select(p => p.Value).ToFrozenSet(StringComparer.Ordinal);
        Countries = CountryNames();
        CreditLabels = Pairs("credit_labels").ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        MaxTitleWords = Titles.Max(t => t.Split(' ').Length);
    }

    /// <summary>A country's name, its adjective and its abbreviations, each to the country's name ("norwegian": "norway").</summary>
    public FrozenDictionary<string, string> Countries { get; }

    /// <summary>The country a word names, in any of its forms ("Norwegian", "Norway's", "U.S."), or null.</summary>
    public string? CountryOf(string lower)
    {
        var bare = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
        return Countries.GetValueOrDefault(bare);
    }

    /// <summary>Auxiliary and modal verbs: opening a question, they are no part of the title after them.</summary>
    public FrozenSet<string> AuxiliaryVerbs { get; }

    /// <summary>Verbs of work that make a relative clause after a name the person's role ("who runs a bakery").</summary>
    public FrozenSet<string> OccupationVerbs { get; }

    public FrozenSet<string> SpeechVerbs { get; }
    public FrozenSet<string> ReportingVerbs { get; }
    public FrozenSet<string> Titles { get; }
    public FrozenSet<string> TitleModifiers { get; }
    public FrozenSet<string> AcademicWords { get; }
    public FrozenSet<string> OrganisationWords { get; }
    public FrozenSet<string> OutletWords { get; }
    public FrozenSet<string> Pronouns { get; }
    public FrozenSet<string> ProposalCues { get; }

    /// <summary>Words before a quotation that make it a cited name or label ("so-called", "known as").</summary>
    public FrozenSet<string> DesignationCues { get; }
    public FrozenSet<string> PlanCues { get; }
    public FrozenSet<string> FutureTimes { get; }
    public FrozenSet<string> ScheduleCues { get; }
    public FrozenSet<string> GivenNames { get; }
    public FrozenSet<string> EventNouns { get; }
    public FrozenSet<string> EventVerbs { get; }

    /// <summary>"invasion", "election": happenings a year before them dates ("the 2022 invasion").</summary>
    public FrozenSet<string> HistoryNouns { get; }

    public FrozenSet<string> PastEventVerbs { get; }
    public FrozenSet<string> YearPrepositions { get; }
    public FrozenSet<string> Abbreviations { get; }
    public FrozenSet<string> SentenceStarters { get; }
    public FrozenSet<string> ClauseStarters { get; }
    public FrozenSet<string> NameParticles { get; }
    public FrozenSet<string> Honorifics { get; }
    public FrozenSet<string> PlaceStarts { get; }
    public FrozenSet<string> Places { get; }
    public FrozenSet<string> SpeechNouns { get; }
    public FrozenSet<string> ProgrammeRoles { get; }
    public FrozenSet<string> ClauseOpeners { get; }

    /// <summary>Conjunctions after which a name is a new clause's subject ("while", "but", "whereas").</summary>
    public FrozenSet<string> NewClauseConjunctions { get; }

    /// <summary>Words that may join a noun of speech to the phrase it leads into ("of", "on", "the").</summary>
    public FrozenSet<string> SpeechNounLinks { get; }

    /// <summary>Words that end the run of role words before a name in an attribution ("that", "and", "while").</summary>
    public FrozenSet<string> RoleRunEnds { get; }

    /// <summary>Words a shortened title must not end on ("on", "the", "and").</summary>
    public FrozenSet<string> TitleDanglingWords { get; }
    public FrozenSet<string> ListenerVerbs { get; }

    /// <summary>Verbs whose object is the one quoted: "quoted X as saying".</summary>
    public FrozenSet<string> QuotingVerbs { get; }

    /// <summary>Prepositions that make a name the object of an appositive ("spokesperson for X").</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>"and", "but", "yet": a verb after one shares the subject of the clause before it.</summary>
    public FrozenSet<string> CoordinatingConjunctions { get; }

    /// <summary>The short words a headline-style line leaves in lower case ("of", "with", "the").</summary>
    public FrozenSet<string> TitleCaseMinorWords { get; }
    public FrozenSet<string> TranscriptAskers { get; }
    public FrozenSet<string> StampWords { get; }
    public FrozenSet<string> SequelWords { get; }


    /// <summary>"show", "podcast": after a full name, a programme named for its host.</summary>
    public FrozenSet<string> ProgrammeNouns { get; }



    /// <summary>"ready", "willing", "agreed": before "to" and a meeting verb, a meeting floated, not fixed.</summary>
    public FrozenSet<string> ReadinessWords { get; }

    /// <summary>"wife", "son": a given name after a possessor and one of these takes the possessor's family name.</summary>
    public FrozenSet<string> KinNouns { get; }

    /// <summary>"served", "works": before "as", the words after it are the person's post ("who served as an adviser").</summary>
    public FrozenSet<string> RoleLinkVerbs { get; }

    /// <summary>"soon", "later": adverbs between a modal and the meeting verb it governs.</summary>
    public FrozenSet<string> FloatAdverbs { get; }

    /// <summary>Nouns that name a person by what they are or do ("pollster", "nominee"), from WordNet: a role when no title is there.</summary>
    public FrozenSet<string> PersonNouns { get; }

    /// <summary>Given names that are only female or only male in the source lists: "female" or "male".</summary>
    public FrozenDictionary<string, string> GivenNameGenders { get; }

    /// <summary>Large cities: one alone beside a speech verb is its government or people speaking ("Tarrow denied").</summary>
    public FrozenSet<string> Cities { get; }

    /// <summary>"his" → male, "her" → female, "their" → "-": what the article's own words say of the person they refer to.</summary>
    public FrozenDictionary<string, string> PossessivePronounGenders { get; }
    public FrozenSet<string> AttributionFillers { get; }

    /// <summary>
    /// Whether a word may stand between a speaker and their speech verb: a listed filler ("also", "had"), or an
    /// adverb of manner or time ("she famously called", "he bluntly said"), told by its "-ly" and not being a speech verb.
    /// </summary>
    internal bool FillsAttribution(Token token) =>
        AttributionFillers.Contains(token.Lower)
        || !token.Capitalised && token.Lower.Length > 4 && token.Lower.EndsWith("ly", StringComparison.Ordinal) && !SpeechVerbs.Contains(token.Lower);
    public FrozenSet<string> PlaceEnds { get; }

    /// <summary>Weekday names and abbreviations mapped to 1 (Monday) … 7 (Sunday).</summary>
    public FrozenDictionary<string, int> Weekdays { get; }

    /// <summary>"yesterday": -1, "tomorrow": 1: days counted from the article's own day.</summary>
    public FrozenDictionary<string, int> RelativeDays { get; }

    /// <summary>"last year": -1, "next year": 1: years counted from the article's own.</summary>
    public FrozenDictionary<string, int> RelativeYears { get; }

    /// <summary>Month names and abbreviations mapped to 1 … 12.</summary>
    public FrozenDictionary<string, int> Months { get; }

    public IReadOnlyList<string> BoilerplatePatterns { get; }

    /// <summary>(kind, role word) pairs in file order.</summary>
    public IReadOnlyList<KeyValuePair<PersonKind, string>> PersonKinds { get; }

    public FrozenDictionary<string, string> CreditLabels { get; }

    /// <summary>Role words of journalists ("correspondent", "editor"), from the journalist lines of person_kinds.</summary>
    public FrozenSet<string> JournalistWords { get; }

    public int MaxTitleWords { get; }

    public bool IsTitle(string phrase) => Titles.Contains(phrase.ToLowerInvariant());

    private static FrozenSet<string> Set(string name) => Lines(name).Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> Numbered(string name)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in Lines(name))
        {
            number++;
            foreach (var word in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) map[word.ToLowerInvariant()] = number;
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // "norway: norwegian": the name stands for itself, the adjective for the name; a line whose name is an abbreviation of a
    // country already read ("us: american") makes it stand for that country.
    private static FrozenDictionary<string, string> CountryNames()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, adjective) in Pairs("demonyms"))
        {
            if (map.TryGetValue(adjective, out var country)) map.TryAdd(name, country);
            else
            {
                map.TryAdd(name, name);
                map.TryAdd(adjective, name);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string name)
    {
        foreach (var line in Lines(name))
        {
            var colon = line.LastIndexOf(':');
            if (colon > 0) yield return new(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim().ToLowerInvariant());
        }
    }

    // The data files read so far: WordListLoadingTests holds every embedded file to being read by a list here.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Read = new(StringComparer.Ordinal);

    internal static IReadOnlyCollection<string> FilesRead => [.. Read.Keys];

    /// <summary>The entries of one data file: trimmed, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        Read.TryAdd(name, true);
        var resource = $"SiteGen.Ingest.Data.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the word list {resource} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            lines.Add(trimmed);
        }
        return lines;
    }
}
