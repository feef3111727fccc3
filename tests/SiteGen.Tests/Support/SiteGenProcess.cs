using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Runs the real sitegen program in a child process, as a user would from a shell.</summary>
public static class SiteGenProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    /// <summary>How to start sitegen with these arguments, both output streams redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    public static Outcome Run(string workingDirectory, params string[] args) => Finish(StartInfo(workingDirectory, args), args);

    /// <summary>
    /// Runs sitegen as a user whom file permissions bind: this user, or, for root (whom no chmod stops), the user nobody
    /// through setpriv, after giving it the site folder.
    /// </summary>
    public static Outcome RunUnprivileged(string siteRoot, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess) return Run(siteRoot, args);
        Assert.Equal(0, Process.Start("chown", ["-R", "65534:65534", siteRoot])!.WaitForExitAndCode());
        var sitegen = StartInfo(siteRoot, args);
        var start = new ProcessStartInfo("setpriv") { WorkingDirectory = siteRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + siteRoot, "dotnet", .. sitegen.ArgumentList]) start.ArgumentList.Add(arg);
        return Finish(start, args);
    }

    /// <summary>
    /// Runs sitegen with <paramref name="folder"/> (under the site) made a tmpfs of <paramref name="kilobytes"/>, in a
    /// mount namespace of its own (unshare, which needs no root), so the disk fills for it and for nothing else. Stdout
    /// ends with a line "left: ..." naming what the run left in the folder.
    /// </summary>
    public static Outcome RunOnSmallDisk(string siteRoot, string folder, int kilobytes, params string[] args)
    {
        var sitegen = StartInfo(siteRoot, args);
        var command = $"mount -t tmpfs -o size={kilobytes}k tmpfs '{folder}' && dotnet "
            + string.Join(' ', sitegen.ArgumentList.Select(a => $"'{a}'")) + $"; code=$?; echo \"left: $(ls -A '{folder}' | tr '\\n' ' ')\"; exit $code";
        var start = new ProcessStartInfo("unshare") { WorkingDirectory = siteRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--user", "--map-root-user", "--mount", "sh", "-c", command]) start.ArgumentList.Add(arg);
        return Finish(start, args);
    }

    private static Outcome Finish(ProcessStartInfo start, string[] args)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("sitegen did not finish within two minutes: " + string.Join(' ', args));
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static int WaitForExitAndCode(this Process process)
    {
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The id of a process that has just ended, as a killed run's is.</summary>
    public static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }
}
