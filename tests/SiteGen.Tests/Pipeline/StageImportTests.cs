using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// The stage folders import one way, as the README's architecture section says: a stage may use the ones below it, so
/// loading never reaches into rendering and rendering never into where its bytes go.
/// </summary>
public sealed partial class StageImportTests
{
    /// <summary>Each folder of build/SiteGen and the folders it may import.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["FileSystem"] = [],
        ["Content"] = ["Diagnostics", "FileSystem"],
        ["Rendering"] = ["Content", "Diagnostics"],
        ["Publishing"] = ["Rendering", "Content", "Diagnostics", "FileSystem"],
        ["Checking"] = ["Rendering", "Content", "Diagnostics"],
        ["Ingest"] = ["Content", "Diagnostics", "FileSystem"],
        ["Authoring"] = ["Content", "Diagnostics"],
        ["Pipeline"] = ["Checking", "Publishing", "Rendering", "Content", "Diagnostics", "FileSystem"],
        ["Serving"] = ["Pipeline", "Ingest", "Checking", "Publishing", "Rendering", "Content", "Diagnostics", "FileSystem"],
        ["Cli"] = ["Pipeline", "Serving", "Ingest", "Authoring", "Checking", "Publishing", "Rendering", "Content", "Diagnostics", "FileSystem"],
    };

    [GeneratedRegex(@"\bSiteGen\.(?<stage>[A-Z][A-Za-z]+)\b")]
    private static partial Regex StageReference();

    [Fact]
    public void NoStageImportsAStageAboveIt()
    {
        var source = Path.Combine(Repository.Root, "build", "SiteGen");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (!relative.Contains('/') || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var stage = relative[..relative.IndexOf('/')];
            Assert.True(Allowed.ContainsKey(stage), $"build/SiteGen/{stage}/ is a stage the README and this test do not know yet");
            foreach (Match reference in StageReference().Matches(File.ReadAllText(file)))
            {
                var used = reference.Groups["stage"].Value;
                if (used != stage && Allowed.ContainsKey(used) && !Allowed[stage].Contains(used)) wrong.Add($"{relative} uses SiteGen.{used}");
            }
        }
        Assert.Empty(wrong.Distinct());
    }
}
