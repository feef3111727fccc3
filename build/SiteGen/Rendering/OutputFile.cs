namespace SiteGen.Rendering;

/// <summary>One file of the built site, held in memory: its path under output/ ('/'-separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
