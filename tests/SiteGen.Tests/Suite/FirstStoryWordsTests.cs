using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Suite;

/// <summary>
/// SiteGen is for any newsroom's next story: the people and places of the first story it was built for (a 2025 summit
/// in Alaska) appear in no code, template, archetype or message. The committed content/ is that story and stays; the
/// ingest word lists (Ingest/Data) name places of the whole world, and are left out.
/// </summary>
public sealed partial class FirstStoryWordsTests
{
    // Names, slugs and places of the first story, matched as whole words.
    [GeneratedRegex(@"\b(Trump|Putin|Zelensk\w*|Zhang Hong|zhang-hong|vladimir-putin|donald-trump|Cui Zheng|Su Xiaohui|Xie Hongzhou|Yuan Zixiang|Shen He|James Campion|Alaska\w*|Anchorage|Elmendorf|Russia\w*|Ukrain\w*|Kremlin|Moscow|Kyiv)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstStoryWord();

    // What the archetypes and templates say to an editor or reader about "the summit" belongs to one kind of story.
    [GeneratedRegex(@"\bsummit\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    private static IEnumerable<string> CodeFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "build", "SiteGen"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Path.Combine(Repository.Root, "build", "SiteGen"), f).Replace('\\', '/').Split('/') is var parts
                && parts[0] is not ("bin" or "obj") && !(parts[0] == "Ingest" && parts[1] == "Data"));

    private static IEnumerable<string> TemplateFiles() => Directory.GetFiles(Repository.Templates, "*", SearchOption.AllDirectories);

    private static List<string> Hits(IEnumerable<string> files, Regex pattern) =>
        [.. files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (line, i))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, f)}:{x.i + 1}: {pattern.Match(x.line).Value}"))];

    [Fact]
    public void NoCodeTemplateOrArchetypeNamesThePeopleOrPlacesOfTheFirstStory()
    {
        var files = CodeFiles().Concat(TemplateFiles()).ToList();
        Assert.Contains(files, f => f.EndsWith("person.md", StringComparison.Ordinal));
        Assert.True(files.Count(f => f.EndsWith(".cs", StringComparison.Ordinal)) > 100, "the scan must see the code");
        var hits = Hits(files, FirstStoryWord());
        Assert.True(hits.Count == 0, "the first story's names or places:\n" + string.Join("\n", hits));
    }

    [Fact]
    public void NoTemplateOrArchetypeSpeaksOfTheSummit()
    {
        var hits = Hits(TemplateFiles(), Summit());
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Fact]
    public void TheScanFindsTheFirstStorysNamesWhereTheyAre()
    {
        // The check must be able to fail: the committed content is the first story.
        var content = Directory.GetFiles(Repository.Content, "*.md", SearchOption.AllDirectories);
        Assert.Contains(Hits(content, FirstStoryWord()), h => h.EndsWith(": Putin", StringComparison.Ordinal));
        Assert.Contains(Hits(content, FirstStoryWord()), h => h.EndsWith(": Anchorage", StringComparison.Ordinal));
    }
}
