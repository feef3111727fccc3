using CsCheck;

namespace SiteGen.Tests.Support;

/// <summary>
/// Generators for property tests that build text from the pieces real input is made of (names, speech verbs, every kind of
/// quotation mark, dates, YAML syntax), with hostile characters mixed in, so properties reach the code paths that matter
/// instead of stopping at the first check random noise fails. All text is invented.
/// </summary>
internal static class TextGen
{
    /// <summary>Iterations per property: enough to reach the branches, few enough that all properties take a few seconds.</summary>
    public const int Iterations = 300;

    /// <summary>Iterations for properties that run the whole extraction (a few milliseconds an article).</summary>
    public const int ExtractionIterations = 100;

    /// <summary>Characters that break naive parsers: quotes, brackets, colons, YAML indicators, control characters, BOM, bidi marks, surrogates, accents.</summary>
    public static readonly Gen<string> Hostile = Gen.OneOf(
        "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "[", "]", "{", "}", "(", ")", ":", ": ", "- ", "#", "&a", "*a", "!", "!!str ", "|", ">",
        "%", "@", "`", ",", "?", "\t", "\n", "\r\n", "\r", "\0", "\u0001", "\u001B", "\u007F", "\uFEFF", "\u200B", "\u202E", "\u2028",
        "\uD83D\uDE00", "\uD800", "\uDC00", "é", "e\u0301", "ß", "Ł", "İ", "ı", "Ω", "Путин", "习近平", "...", "…", "—", "–", "\\", "/", "..");

    /// <summary>Any short string of any characters, including lone surrogates and control characters.</summary>
    public static readonly Gen<string> Noise = Gen.String[0, 12];

    public static readonly Gen<string> Names = Gen.OneOf(
        "Anna Berg", "Tom Reyes", "Li Wei", "Marta Kowalczyk", "Jon Dahl", "Zoë Ångström", "Ines de la Cruz", "Olu Adeyemi", "Søren Holm");

    public static readonly Gen<string> Surnames = Gen.OneOf("Berg", "Reyes", "Wei", "Kowalczyk", "Dahl", "Ångström", "Adeyemi", "Holm");

    public static readonly Gen<string> Roles = Gen.OneOf(
        "Foreign Minister", "President", "Prime Minister", "chief economist at Northbank Capital", "a spokesman for the ministry",
        "professor of economics at Eastbridge University", "the senator", "the expert");

    public static readonly Gen<string> SpeechVerbs = Gen.OneOf("said", "added", "noted", "told reporters", "warned", "claimed", "explained", "replied", "insisted");

    public static readonly Gen<string> Pronouns = Gen.OneOf("he", "she", "they", "the minister", "the expert");

    /// <summary>Pairs of opening and closing marks, including mismatched and unclosed ones.</summary>
    public static readonly Gen<(string Open, string Close)> QuoteMarks = Gen.OneOf(
        ("\"", "\""), ("“", "”"), ("‘", "’"), ("«", "»"), ("'", "'"), ("„", "“"), ("“", "\""), ("\"", ""), ("“", ""), ("", "”"));

    public static readonly Gen<string> Months = Gen.OneOf(
        "January", "February", "March", "April", "May", "June", "July", "August", "Aug.", "Sept.", "September", "October", "Nov", "December", "Smarch");

    public static readonly Gen<string> Weekdays = Gen.OneOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Numbers at and past the edges of days and years: 0, 29-32, 99, year 0001 and 9999.</summary>
    public static readonly Gen<string> Days = Gen.OneOf(Gen.Int[1, 31].Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.OneOf("0", "00", "29", "30", "31", "32", "99", "1st", "2nd", "23rd", "15th"));

    public static readonly Gen<string> Years = Gen.OneOf(Gen.Int[1990, 2030].Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.OneOf("0000", "0001", "9999", "2024", "2025", "1900"));

    /// <summary>A date expression in any of the forms the resolver reads, or a near miss.</summary>
    public static readonly Gen<string> DateExpressions = Gen.OneOf(
        Gen.Select(Months, Days, Years, (m, d, y) => $"{m} {d}, {y}"),
        Gen.Select(Days, Months, Years, (d, m, y) => $"{d} {m} {y}"),
        Gen.Select(Months, Days, (m, d) => $"{m} {d}"),
        Gen.Select(Days, Months, (d, m) => $"{d} {m}"),
        Gen.Select(Months, Years, (m, y) => $"{m} {y}"),
        Gen.Select(Gen.OneOf("in", "by", "until", "since", "from", "during", "early", "late", "mid-"), Months, (p, m) => $"{p} {m}"),
        Gen.Select(Gen.OneOf("on", "last", "next", "this", "coming", "early", "late", ""), Weekdays, (q, w) => $"{q} {w}".Trim()),
        Gen.Select(Gen.OneOf("since", "in", "the year", "by"), Years, (p, y) => $"{p} {y}"));

    /// <summary>A clause of narration: plain, dated, with a plan cue, or with a hostile piece inside.</summary>
    public static readonly Gen<string> Narration = Gen.OneOf(
        Gen.OneOf("The talks resumed in Geneva", "Delegations met behind closed doors", "The accord was signed", "Markets barely moved",
            "A second round will take place in Vienna", "Officials are set to meet again", "The leaders could meet in Oslo"),
        Gen.Select(Gen.OneOf("The talks resumed", "The envoys will meet", "The treaty was signed", "Prices rose"), DateExpressions, (c, d) => $"{c} {d}"),
        Gen.Select(Names, Gen.OneOf("arrived in Geneva", "left early", "spoke first", "met rivals"), (n, c) => $"{n} {c}"),
        Gen.Select(Gen.OneOf("The plan", "The offer", "A deal"), Hostile, Gen.OneOf("changed", "stalled", "was revised"), (a, h, b) => $"{a} {h} {b}"));

    public static readonly Gen<string> QuotedWords = Gen.OneOf(
        Gen.OneOf("We are ready to talk", "Nothing is agreed until everything is agreed", "The door remains open", "We will see",
            "It is a different proposal now", "Prices will keep rising", "wreck the deal", "grand bargain", "plainly wrong", "understanding"),
        Gen.Select(Gen.OneOf("We are", "It is", "Nobody is"), Hostile, Gen.OneOf("ready", "done", "sure"), (a, h, b) => $"{a} {h} {b}"));

    /// <summary>One sentence in a form reporters use for quotes, or narration.</summary>
    public static readonly Gen<string> Sentences = Gen.Frequency(
        (4, Gen.Select(QuoteMarks, QuotedWords, Gen.OneOf(Names, Surnames, Pronouns), SpeechVerbs, (m, q, who, v) => $"{m.Open}{q},{m.Close} {who} {v}.")),
        (3, Gen.Select(QuoteMarks, QuotedWords, Gen.OneOf(Names, Surnames), SpeechVerbs, (m, q, who, v) => $"{who} {v}, {m.Open}{q}.{m.Close}")),
        (2, Gen.Select(QuoteMarks, QuotedWords, Gen.OneOf(Names, Surnames), SpeechVerbs, (m, q, who, v) => $"{who} {v}: {m.Open}{q}{m.Close}")),
        (2, Gen.Select(QuoteMarks, QuotedWords, Names, Roles, (m, q, who, r) => $"{m.Open}{q},{m.Close} said {who}, {r}.")),
        (2, Gen.Select(QuoteMarks, QuotedWords, Surnames, SpeechVerbs, (m, q, who, v) => $"{who} {v} that rivals should not {m.Open}{q}{m.Close}.")),
        (1, Gen.Select(QuoteMarks, QuotedWords, Surnames, (m, q, who) => $"Critics mocked {who}'s idea of a {m.Open}{q}{m.Close} on Friday.")),
        (1, Gen.Select(QuoteMarks, QuotedWords, (m, q) => $"{m.Open}{q}.{m.Close}")),
        (1, Gen.Select(Roles, Names, (r, n) => $"{r} {n} arrived in Geneva for talks.")),
        (4, Narration.Select(n => n + ".")),
        (1, Gen.Select(Narration, Hostile, Narration, (a, h, b) => $"{a}{h}{b}")),
        (1, Noise));

    /// <summary>A paragraph of one to four sentences; spacing between them varies as scraped text does.</summary>
    public static readonly Gen<string> Paragraphs = Gen.Select(Sentences.Array[1, 4], Gen.OneOf(" ", "  ", " \t", "\u00A0"), (s, sep) => string.Join(sep, s));

    /// <summary>An article: an optional headline, an introduction that names people, then paragraphs, with any line ending.</summary>
    public static readonly Gen<string> Articles = Gen.Select(
        Gen.OneOf("", "Talks in Geneva\n", "Where things stand\n"),
        Gen.Select(Roles, Names, DateExpressions, (r, n, d) => $"{r} {n} arrived in Geneva for talks with rivals on {d}."),
        Paragraphs.Array[1, 6],
        Gen.OneOf("\n", "\r\n", "\n\n", "\r"),
        (headline, intro, paragraphs, newline) => (headline + intro + "\n" + string.Join("\n", paragraphs)).Replace("\n", newline));
}
