using System.Text;

namespace SiteGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input, tied to the place that caused it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>How many columns of the offending line are shown around the caret: a minified or scraped line can be megabytes long.</summary>
    public const int ShownColumns = 200;

    /// <summary>How much of a message is shown: messages quote values from the input, which may be huge.</summary>
    public const int ShownMessageLength = 500;

    /// <summary>The offending source line, shown under the message when it is known.</summary>
    public string? SourceLine { get; init; }

    /// <summary>A short stack trace for an internal error, printed only when asked for (--verbose).</summary>
    public string? Trace { get; init; }

    public bool IsError => Severity == Severity.Error;

    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Printable(Shorten(Message, ShownMessageLength))}";

    /// <summary>The message followed by the offending line and a caret under the column, as compilers print it.</summary>
    /// <param name="verbose">Adds the stack trace of an internal error.</param>
    public string ToDisplayString(bool verbose = false)
    {
        var text = ToString();
        if (SourceLine is not null)
        {
            var (line, caretColumn) = Window(SourceLine, Math.Max(0, Span.Column - 1));
            text += $"\n    {Printable(line)}\n    {new string(' ', caretColumn)}^";
        }
        if (verbose && Trace is not null) text += "\n" + Printable(Trace, keepNewLines: true);
        return text;
    }

    /// <summary>At most <see cref="ShownColumns"/> characters of the line around the caret, with "…" where it was cut, and where the caret falls in them.</summary>
    private static (string Line, int CaretColumn) Window(string line, int caret)
    {
        if (line.Length <= ShownColumns) return (line, Math.Min(caret, line.Length));
        caret = Math.Min(caret, line.Length);
        var start = Math.Clamp(caret - ShownColumns / 2, 0, line.Length - ShownColumns);
        var end = start + ShownColumns;
        // Never cut a surrogate pair in half: the halves are not printable.
        if (start > 0 && char.IsLowSurrogate(line[start])) start++;
        if (end < line.Length && char.IsHighSurrogate(line[end - 1])) end--;
        var prefix = start > 0 ? "…" : "";
        var suffix = end < line.Length ? "…" : "";
        return (prefix + line[start..end] + suffix, caret - start + prefix.Length);
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + "…";

    /// <summary>
    /// Replaces characters a terminal would act on (NUL, ESC, other controls) so a diagnostic can never garble or drive the
    /// terminal; a tab becomes one space so the caret still lines up,
    /// and a line break one space unless the text is meant to span lines.
    /// </summary>
    public static string Printable(string text, bool keepNewLines = false)
    {
        if (!text.Any(IsControl)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => keepNewLines ? '\n' : ' ',
                '\t' => ' ',
                _ when IsControl(c) => '\uFFFD',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';
}
