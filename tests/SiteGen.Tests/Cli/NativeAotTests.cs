using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The Native AOT build renders the same bytes as the JIT build. Analyzers catch most trimming problems, but not all:
/// Scriban reading .NET objects by reflection renders empty strings under AOT without any error, so compare real output
/// (the share cards' PNGs included: the same text must give the same bytes from either build).
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
        // The share cards' native libraries ship beside the binary, which loads them from there.
        Assert.True(File.Exists(work.Path("aot/libSkiaSharp.so")), "the AOT publish lacks libSkiaSharp.so");
        Assert.True(File.Exists(work.Path("aot/libHarfBuzzSharp.so")), "the AOT publish lacks libHarfBuzzSharp.so");

        var aotOut = work.Path("out-aot");
        var run = PageCheckers.Run(work.Path("aot/sitegen"), ["build", "--content", work.Content, "--templates", work.Templates, "--output", aotOut]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var jit = new Site(work.Options).Render();
        Assert.True(jit.Succeeded);
        // The cards are drawn by both builds, and must come out the same bytes (compared below with every other file).
        Assert.Contains(jit.Files, f => f.Path.StartsWith("cards/", StringComparison.Ordinal) && f.Path.EndsWith(".png", StringComparison.Ordinal));
        foreach (var file in jit.Files)
        {
            var aotFile = Path.Combine(aotOut, file.Path);
            Assert.True(File.Exists(aotFile), $"the AOT build lacks {file.Path}");
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(aotFile)), $"{file.Path} differs between the AOT and JIT builds");
        }
        Assert.Contains("Maria Lopez", File.ReadAllText(Path.Combine(aotOut, "people", "maria-lopez", "index.html")));
    }
}
