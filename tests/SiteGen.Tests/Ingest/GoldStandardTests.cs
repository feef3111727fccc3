using System.Globalization;
using SiteGen.Ingest;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Ingest;

/// <summary>Scores extraction on the repository's seeds against the hand-labelled gold standard, with the matching rules its header gives.</summary>
public sealed class GoldStandardTests(ITestOutputHelper output)
{
    private sealed record Score(string Category, int Found, int Gold, int Matched)
    {
        public double Precision => Found == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Found;
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    }

    [Fact]
    public void MeetsTheQualityBars()
    {
        Assert.True(File.Exists(IngestTestSupport.GoldFile), "gold standard not found at " + IngestTestSupport.GoldFile);
        var gold = LoadGold();
        var extraction = IngestTestSupport.ExtractRepositorySeeds();
        Assert.Empty(extraction.Diagnostics);

        // Aliases resolve to the gold name: our canonical names and aliases both map through the gold people.
        string Canonical(string name)
        {
            var key = Normalise(name);
            return gold.AliasToName.TryGetValue(key, out var canonical) ? canonical : key;
        }
        string Speaker(PersonRecord p) =>
            new[] { p.Name }.Concat(p.Aliases).Select(Normalise).FirstOrDefault(gold.AliasToName.ContainsKey) is { } hit ? gold.AliasToName[hit] : Normalise(p.Name);

        var full = Match("full quotes (speaker + text)",
            extraction.Quotes.Where(q => !q.Partial).Select(q => $"{SeedKey(q.Seed)}|{Speaker(q.Speaker)}|{Normalise(q.Text)}"),
            gold.Quotes.Where(q => !q.Partial).Select(q => $"{q.Seed}|{Canonical(q.Speaker)}|{Normalise(q.Text)}"));
        var partial = Match("partial quotes (speaker + text)",
            extraction.Quotes.Where(q => q.Partial).Select(q => $"{SeedKey(q.Seed)}|{Speaker(q.Speaker)}|{Normalise(q.Text)}"),
            gold.Quotes.Where(q => q.Partial).Select(q => $"{q.Seed}|{Canonical(q.Speaker)}|{Normalise(q.Text)}"));
        var people = Match("people (name + role)",
            extraction.People.Select(p => $"{Speaker(p)}|{Normalise(p.Role ?? "")}"),
            gold.People.Select(p => $"{Canonical(p.Name)}|{Normalise(p.Role ?? "")}"));
        var events = Match("events (date + precision + status)",
            extraction.Events.Select(e => $"{SeedKey(e.Seed)}|{e.Date?.Iso ?? "null"}|{e.Date?.Precision.ToString().ToLowerInvariant() ?? "null"}|{e.Status.ToString().ToLowerInvariant()}"),
            gold.Events.Select(e => $"{e.Seed}|{e.Date ?? "null"}|{e.Precision ?? "null"}|{e.Status}"));

        output.WriteLine($"{"category",-36} {"found",5} {"gold",5} {"match",5} {"precision",9} {"recall",7}");
        foreach (var s in new[] { full, partial, people, events })
        {
            output.WriteLine($"{s.Category,-36} {s.Found,5} {s.Gold,5} {s.Matched,5} {s.Precision,9:0.000} {s.Recall,7:0.000}");
        }

        Assert.True(full.Precision >= 0.95 && full.Recall >= 0.95, $"full quotes: P={full.Precision:0.000} R={full.Recall:0.000}, need 0.95");
        Assert.True(people.Precision >= 0.95 && people.Recall >= 0.95, $"people: P={people.Precision:0.000} R={people.Recall:0.000}, need 0.95");
        Assert.True(events.Precision >= 0.90 && events.Recall >= 0.90, $"events: P={events.Precision:0.000} R={events.Recall:0.000}, need 0.90");
    }

    /// <summary>One-to-one matching of two multisets of keys; prints what is missing and what is extra so a failure explains itself.</summary>
    private Score Match(string category, IEnumerable<string> found, IEnumerable<string> gold)
    {
        var remaining = gold.ToList();
        var foundList = found.ToList();
        var goldCount = remaining.Count;
        var matched = 0;
        var extra = new List<string>();
        foreach (var f in foundList)
        {
            var i = remaining.IndexOf(f);
            if (i >= 0)
            {
                remaining.RemoveAt(i);
                matched++;
            }
            else extra.Add(f);
        }
        foreach (var m in remaining) output.WriteLine($"  [{category}] missed: {m}");
        foreach (var e in extra) output.WriteLine($"  [{category}] extra:  {e}");
        return new Score(category, foundList.Count, goldCount, matched);
    }

    /// <summary>Trim, drop a trailing "," or ".", fold typographic quotes and dashes, ignore case.</summary>
    internal static string Normalise(string text)
    {
        var s = ParagraphText.Fold(text).Replace('\u2013', '-').Replace('\u2014', '-').Trim();
        while (s.Length > 0 && s[^1] is ',' or '.') s = s[..^1].TrimEnd();
        return s.ToLower(CultureInfo.InvariantCulture);
    }

    private static string SeedKey(string seed) => seed.Split('_')[0];

    private sealed record GoldQuote(string Seed, string Speaker, string Text, bool Partial);
    private sealed record GoldPerson(string Name, string? Role);
    private sealed record GoldEvent(string Seed, string? Date, string? Precision, string Status);
    private sealed record Gold(List<GoldQuote> Quotes, List<GoldPerson> People, List<GoldEvent> Events, Dictionary<string, string> AliasToName);

    private static Gold LoadGold()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(IngestTestSupport.GoldFile)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var aliasToName = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new List<GoldPerson>();
        foreach (var node in Seq(root, "people"))
        {
            var name = Str(node, "name")!;
            people.Add(new GoldPerson(name, Str(node, "role")));
            aliasToName[Normalise(name)] = Normalise(name);
            foreach (var alias in Seq(node, "aliases").OfType<YamlScalarNode>()) aliasToName[Normalise(alias.Value!)] = Normalise(name);
        }
        var quotes = Seq(root, "quotes").Select(q => new GoldQuote(Str(q, "seed")!, Str(q, "speaker")!, Str(q, "text")!, Str(q, "partial") == "true")).ToList();
        var events = Seq(root, "events").Select(e => new GoldEvent(Str(e, "seed")!, NullIfNull(Str(e, "date")), NullIfNull(Str(e, "precision")), Str(e, "status")!)).ToList();
        return new Gold(quotes, people, events, aliasToName);
    }

    private static IEnumerable<YamlNode> Seq(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq ? seq.Children : [];

    private static string? Str(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static string? NullIfNull(string? value) => value is null or "null" or "~" or "" ? null : value;
}
