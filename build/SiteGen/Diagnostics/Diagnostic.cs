namespace SiteGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input, tied to the place that caused it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>The offending source line, shown under the message when it is known.</summary>
    public string? SourceLine { get; init; }

    public bool IsError => Severity == Severity.Error;

    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";

    /// <summary>The message followed by the offending line and a caret under the column, as compilers print it.</summary>
    public string ToDisplayString()
    {
        if (SourceLine is null) return ToString();
        var caret = new string(' ', Math.Max(0, Span.Column - 1)) + "^";
        return $"{this}\n    {SourceLine}\n    {caret}";
    }
}
