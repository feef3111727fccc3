using SiteGen.Rendering;

namespace SiteGen.Publishing;

/// <summary>Receives a build's files as they are made (the staged output folder).</summary>
public interface IOutputSink
{
    void Write(OutputFile file);

    /// <summary>Writes a page made from inputs with this key (see <see cref="PageIndex"/>), so a later build can keep it unrendered.</summary>
    void Write(OutputFile file, UInt128 inputKey) => Write(file);

    /// <summary>Keeps a page the last build made from the same inputs, without rendering it; false when it must be rendered.</summary>
    bool TryKeep(string page, UInt128 inputKey) => false;
}

/// <summary>What a build wrote: all files of the site, its pages, and how many files had to be written because their bytes changed.</summary>
public sealed record WriteSummary(int Files, int Pages, int Changed)
{
    /// <summary>Pages kept unrendered because the last build made them from the same inputs (see <see cref="PageIndex"/>).</summary>
    public int Kept { get; init; }
}
