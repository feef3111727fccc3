using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Suite;

/// <summary>
/// The README's quick loop (<c>--filter "Category!=Slow"</c>) needs neither Chromium nor Java: every test file that starts
/// either, or publishes the native binary, carries <c>[Trait("Category", "Slow")]</c>.
/// </summary>
public sealed partial class SlowCategoryTests
{
    // What starts a browser (Playwright through BrowserSession, ChromiumFixture or SiteBrowser), Java (the Nu checker) or a native publish.
    [GeneratedRegex(@"BrowserSession\.StartAsync|ChromiumFixture|SiteBrowser\.|PageCheckers\.VnuJar|""java""|PublishAot|""publish""")]
    private static partial Regex StartsABrowserJavaOrAPublish();

    private static IEnumerable<string> TestFiles() =>
        Directory.GetFiles(Repository.Tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Repository.Tests, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj" or "node_modules" or "Support" or "Suite"));

    [Fact]
    public void EveryTestFileThatStartsChromiumOrJavaIsSlow()
    {
        // Files with tests in them; a fixture's own file (ChromiumFixture) runs only for the tests that use it.
        var slowNeeded = TestFiles().Select(f => (Path: f, Text: File.ReadAllText(f)))
            .Where(f => (f.Text.Contains("[Fact", StringComparison.Ordinal) || f.Text.Contains("[Theory", StringComparison.Ordinal)) && StartsABrowserJavaOrAPublish().IsMatch(f.Text))
            .Select(f => f.Path).ToList();
        var untagged = slowNeeded.Where(f => !File.ReadAllText(f).Contains("[Trait(\"Category\", \"Slow\")]", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Tests, f)).ToList();

        // The scan must see the files it is about, or it would pass by finding nothing.
        Assert.Contains(slowNeeded, f => f.EndsWith("SearchTests.cs", StringComparison.Ordinal));
        Assert.Contains(slowNeeded, f => f.EndsWith("HtmlValidityTests.cs", StringComparison.Ordinal));
        Assert.True(untagged.Count == 0, "start Chromium or Java without Category=Slow: " + string.Join(", ", untagged));
    }
}
