namespace SiteGen.FileSystem;

/// <summary>Moments inside a write that the kill tests need to hit exactly; random kill delays rarely land on them.</summary>
internal enum PausePoint
{
    /// <summary>The new site is complete in its staging folder; output/ is still the old site.</summary>
    Staged,

    /// <summary>The new site is published; the old one still waits, under a temporary name, to be deleted.</summary>
    Swapped,
}

/// <summary>
/// A test hook: with SITEGEN_TEST_PAUSE_AT=staged or =swapped the process says so on stderr and stops there forever,
/// so a test can kill -9 it at that exact point. Unset (always, outside tests) it does nothing.
/// </summary>
internal static class PauseHook
{
    public const string Variable = "SITEGEN_TEST_PAUSE_AT";

    private static readonly PausePoint? Requested =
        Enum.TryParse<PausePoint>(Environment.GetEnvironmentVariable(Variable), ignoreCase: true, out var point) ? point : null;

    public static void Reach(PausePoint point)
    {
        if (Requested != point) return;
        Console.Error.WriteLine($"sitegen: paused at {point.ToString().ToLowerInvariant()}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
