using System.Collections.Frozen;

namespace SiteGen.Content;

/// <summary>Names a content file or slug must not take: Windows device names, and the addresses SiteGen's own pages use.</summary>
public static class ReservedNames
{
    /// <summary>Windows refuses files with these names, whatever their extension, so a repository holding one cannot be checked out there.</summary>
    private static readonly FrozenSet<string> WindowsDevices =
        new[] { "con", "prn", "aux", "nul" }
            .Concat(Enumerable.Range(1, 9).SelectMany(n => new[] { $"com{n}", $"lpt{n}" }))
            .Concat(["com\u00B9", "com\u00B2", "com\u00B3", "lpt\u00B9", "lpt\u00B2", "lpt\u00B3"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file or folder name is a Windows device name ("con", "NUL.md", "lpt1.txt").</summary>
    public static bool IsWindowsDevice(string name)
    {
        var dot = name.IndexOf('.');
        return WindowsDevices.Contains((dot < 0 ? name : name[..dot]).TrimEnd(' '));
    }

    /// <summary>What SiteGen itself publishes where a free page with this slug would go, or null when the slug is free.</summary>
    public static string? GeneratedPageAt(string slug) => SiteUrls.GeneratedNames.GetValueOrDefault(slug);
}
