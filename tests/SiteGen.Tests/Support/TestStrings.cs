using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Tests.Support;

/// <summary>The repository's strings files (templates/i18n/), loaded as a build loads them.</summary>
public static class TestStrings
{
    public static SiteStrings English { get; } = Load("en");

    public static SiteStrings French { get; } = Load("fr");

    public static SiteStrings Load(string language)
    {
        var bag = new DiagnosticBag();
        var strings = StringsFiles.Load(Repository.Templates, Repository.Root, bag).For(language, SourceSpan.StartOf("content/site.yaml"), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToImmutable()));
        return strings!;
    }
}
