using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Locates the page checkers the test project installs from npm, failing with a clear message when one is missing.</summary>
public static class PageCheckers
{
    public static string NodeModules => Path.Combine(Repository.Tests, "node_modules");

    public static string VnuJar => Require(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"), "the Nu HTML Checker (npm package vnu-jar)");

    public static string AxeScript => Require(Path.Combine(NodeModules, "axe-core", "axe.min.js"), "axe-core (npm package axe-core)");

    private static string Require(string path, string what)
    {
        Assert.True(File.Exists(path), $"{what} is not installed at {path}: run 'npm ci' in tests/SiteGen.Tests (the test build does this when node_modules is missing)");
        return path;
    }

    /// <summary>Runs a program to completion and returns its exit code and both output streams.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> args, int timeoutMs = 300_000, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in {timeoutMs / 1000} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
