using System.Diagnostics;

namespace SiteGen.Diagnostics;

/// <summary>The steps of a page's life whose time is summed across threads for <see cref="BuildTimings"/>.</summary>
public enum BuildStep
{
    ReadFile,
    ParseContent,
    RenderMarkdown,
    BuildModel,
    RunTemplates,
    WriteFile,
}

/// <summary>
/// Where a build's time and memory go, printed to stderr when SITEGEN_TIMINGS=1: the profile the benchmark figures are
/// read against (Native AOT has no EventPipe-based tracing to lean on). Off, it costs one branch per call.
/// </summary>
public static class BuildTimings
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("SITEGEN_TIMINGS") == "1";

    private static readonly long[] StepTicks = new long[Enum.GetValues<BuildStep>().Length];
    private static long _lastMark = Stopwatch.GetTimestamp();

    /// <summary>A timestamp to pass to <see cref="Add"/>; zero when timings are off.</summary>
    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="start"/> to a step (thread-safe: pages render on every core).</summary>
    public static void Add(BuildStep step, long start)
    {
        if (Enabled) Interlocked.Add(ref StepTicks[(int)step], Stopwatch.GetTimestamp() - start);
    }

    /// <summary>Prints the wall time since the last mark, with the memory the process holds and has allocated so far.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled) return;
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_lastMark, now);
        _lastMark = now;
        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(
            $"timing {phase,-10} {elapsed.TotalMilliseconds,8:0} ms  heap {GC.GetTotalMemory(false) >> 20,5} MiB  rss {process.WorkingSet64 >> 20,5} MiB  peak {process.PeakWorkingSet64 >> 20,5} MiB  allocated {GC.GetTotalAllocatedBytes() >> 20,6} MiB  gcs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    /// <summary>Prints each step's time summed over all threads (CPU time spent in it, roughly).</summary>
    public static void PrintSteps()
    {
        if (!Enabled) return;
        foreach (var step in Enum.GetValues<BuildStep>())
            Console.Error.WriteLine($"timing   step {step,-15} {Stopwatch.GetElapsedTime(0, StepTicks[(int)step]).TotalMilliseconds,8:0} ms (all threads)");
    }
}
