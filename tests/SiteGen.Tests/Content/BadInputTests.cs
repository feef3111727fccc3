using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Each folder under Sites/invalid/ is one kind of bad input: its files are laid over the valid fixture site, and the
/// build must fail with exactly the diagnostics in its expected.txt (path:line:col, code, message), leaving output/ alone.
/// </summary>
public sealed class BadInputTests
{
    private static readonly string CasesDir = Path.Combine(Repository.Tests, "Sites", "invalid");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CasesDir).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsEveryProblemWithItsPlace(string name)
    {
        using var site = TempSite.FromFixture();
        // A template that never ends is stopped after this long (the default 10 s would only slow the suite down).
        var options = site.Options with { PageRenderLimit = TimeSpan.FromSeconds(2) };
        Assert.True(new Site(options).Build().Succeeded, "the fixture itself must build");
        var goodHome = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));

        var caseDir = Path.Combine(CasesDir, name);
        foreach (var file in Directory.GetFiles(caseDir, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            var target = site.Path(Path.GetRelativePath(caseDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var result = new Site(options).Build();
        var actual = string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())) + "\n";
        var expectedFile = Path.Combine(caseDir, "expected.txt");
        if (!File.Exists(expectedFile)) File.WriteAllText(Path.Combine(caseDir, "expected.received.txt"), actual);

        Assert.False(result.Succeeded);
        Assert.Equal(File.ReadAllText(expectedFile).Replace("\r\n", "\n"), actual);
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1));
        Assert.Equal(goodHome, File.ReadAllBytes(Path.Combine(site.Output, "index.html")));
    }
}
