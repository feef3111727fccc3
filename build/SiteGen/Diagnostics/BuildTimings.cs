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
/// Where one build's time and memory go, printed to stderr when SITEGEN_TIMINGS=1: the profile the benchmark figures are
/// read against (Native AOT has no EventPipe-based tracing to lean on). Each build gets its own, handed down with the
/// work; off, it costs one branch per call.
/// </summary>
public sealed class BuildTimings
{
    /// <summary>Timings that record nothing: for tests, tools and any render nobody profiles.</summary>
    public static readonly BuildTimings Off = new(enabled: false);

    private readonly long[] _stepTicks = new long[Enum.GetValues<BuildStep>().Length];
    private long _lastMark = Stopwatch.GetTimestamp();

    private BuildTimings(bool enabled) => Enabled = enabled;

    /// <summary>Timings for one build: on when SITEGEN_TIMINGS=1, else <see cref="Off"/>.</summary>
    public static BuildTimings FromEnvironment() =>
        Environment.GetEnvironmentVariable("SITEGEN_TIMINGS") == "1" ? new BuildTimings(enabled: true) : Off;

    public bool Enabled { get; }

    /// <summary>A timestamp to pass to <see cref="Add"/>; zero when timings are off.</summary>
    public long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="start"/> to a step (thread-safe: pages render on every core).</summary>
    public void Add(BuildStep step, long start)
    {
        if (Enabled) Interlocked.Add(ref _stepTicks[(int)step], Stopwatch.GetTimestamp() - start);
    }

    /// <summary>Prints the wall time since the last mark, with the memory the process holds and has allocated so far.</summary>
    public void Mark(string phase)
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
    public void PrintSteps()
    {
        if (!Enabled) return;
        foreach (var step in Enum.GetValues<BuildStep>())
            Console.Error.WriteLine($"timing   step {step,-15} {Stopwatch.GetElapsedTime(0, _stepTicks[(int)step]).TotalMilliseconds,8:0} ms (all threads)");
    }
}
