using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The Native AOT build renders the same bytes as the JIT build. Analyzers catch most trimming problems, but not all:
/// Scriban reading .NET objects by reflection renders empty strings under AOT without any error, so compare real output.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NativeAotTests
{
    [Fact]
    public void PublishesWithoutWarningsAndBuildsTheSameSiteAsTheJitBuild()
    {
        using var work = TempSite.FromFixture();
        var artifacts = work.Path("artifacts");
        var publish = PageCheckers.Run("dotnet", ["publish", Path.Combine(Repository.Root, "build", "SiteGen", "SiteGen.csproj"),
            "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-o", work.Path("aot"), "-p:TreatWarningsAsErrors=true"], timeoutMs: 600_000);
        Assert.True(publish.ExitCode == 0, "AOT publish failed:\n" + publish.Stdout + publish.Stderr);
        Assert.DoesNotContain("warning", publish.Stdout, StringComparison.OrdinalIgnoreCase);

        var aotOut = work.Path("out-aot");
        var run = PageCheckers.Run(work.Path("aot/sitegen"), ["build", "--content", work.Content, "--templates", work.Templates, "--output", aotOut]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var jit = new Site(work.Options).Render();
        Assert.True(jit.Succeeded);
        foreach (var file in jit.Files)
        {
            var aotFile = Path.Combine(aotOut, file.Path);
            Assert.True(File.Exists(aotFile), $"the AOT build lacks {file.Path}");
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(aotFile)), $"{file.Path} differs between the AOT and JIT builds");
        }
        Assert.Contains("Maria Lopez", File.ReadAllText(Path.Combine(aotOut, "people", "maria-lopez", "index.html")));
    }
}
