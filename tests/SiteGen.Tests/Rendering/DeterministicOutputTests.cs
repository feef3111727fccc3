using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The same input gives byte-identical files.</summary>
public sealed class DeterministicOutputTests
{
    [Fact]
    public void TwoBuildsOfTheSameInputAreByteIdentical()
    {
        using var site = TempSite.FromFixture();
        var first = site.Options with { OutputDir = site.Path("out-1") };
        var second = site.Options with { OutputDir = site.Path("out-2") };
        Assert.True(new Site(first).Build().Succeeded);
        Assert.True(new Site(second).Build().Succeeded);

        var files1 = Files(first.OutputDir);
        var files2 = Files(second.OutputDir);
        Assert.Equal(files1.Keys, files2.Keys);
        Assert.NotEmpty(files1);
        foreach (var (path, bytes) in files1) Assert.True(bytes.SequenceEqual(files2[path]), $"{path} differs between two builds");
    }

    private static SortedDictionary<string, byte[]> Files(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes), StringComparer.Ordinal);
}
