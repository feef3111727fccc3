using SiteGen.Checking;
using SiteGen.Content;

namespace SiteGen.Tests.Checking;

/// <summary>
/// A check rule is one class in Checking/ plus its line in the list that runs it: a rule class nobody lists would never
/// run and say nothing, so each list is held to every class of its kind.
/// </summary>
public sealed class CheckRuleListTests
{
    private static List<string> Defined<T>() => [.. typeof(SiteChecker).Assembly.GetTypes()
        .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => t.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryRuleOnTheRenderedPagesIsRunByCheck()
    {
        var defined = Defined<ICheckRule>();
        var listed = SiteChecker.Rules.Select(r => r.GetType().Name).ToList();
        Assert.True(defined.Count >= 5, $"only {defined.Count} rules found");
        var missing = defined.Except(listed).ToList();
        Assert.True(missing.Count == 0, $"{string.Join(", ", missing)} implement ICheckRule but SiteChecker.Rules does not list them");
    }

    [Fact]
    public void EveryRuleOnTheLoadedModelIsRunByTheLoader()
    {
        var defined = Defined<IContentCheck>();
        var listed = ContentChecks.All.Select(r => r.GetType().Name).ToList();
        Assert.True(defined.Count >= 2, $"only {defined.Count} content checks found");
        var missing = defined.Except(listed).ToList();
        Assert.True(missing.Count == 0, $"{string.Join(", ", missing)} implement IContentCheck but ContentChecks.All does not list them");
    }
}
