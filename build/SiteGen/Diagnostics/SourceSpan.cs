namespace SiteGen.Diagnostics;

/// <summary>A place in a source file; line and column count from 1, as editors show them.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span that covers the start of a file, for problems with the file as a whole.</summary>
    public static SourceSpan StartOf(string path) => new(path, 1, 1, 1, 1);

    public static SourceSpan At(string path, int line, int column) => new(path, line, column, line, column);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
