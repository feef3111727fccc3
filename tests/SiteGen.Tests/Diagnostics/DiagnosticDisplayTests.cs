using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

/// <summary>What a diagnostic prints to the terminal: a bounded window of the offending line, and never a control character.</summary>
public sealed class DiagnosticDisplayTests
{
    private static Diagnostic At(int column, string line, string message = "the YAML is malformed") =>
        new(Severity.Error, DiagnosticCodes.YamlSyntax, SourceSpan.At("content/pages/x.md", 2, column), message) { SourceLine = line };

    [Fact]
    public void ShortLineIsShownWholeWithTheCaretUnderTheColumn()
    {
        Assert.Equal("content/pages/x.md:2:8: error SG1001: the YAML is malformed\n    title: [\n           ^", At(8, "title: [").ToDisplayString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5_000_000)]
    [InlineData(9_999_990)]
    [InlineData(10_000_001)]
    public void HugeLineIsShownAsAWindowAroundTheCaret(int column)
    {
        var line = new string('a', 10_000_000).ToCharArray();
        if (column <= line.Length) line[column - 1] = 'X';

        var lines = At(column, new string(line)).ToDisplayString().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.InRange(lines[1].Length, Diagnostic.ShownColumns, Diagnostic.ShownColumns + 10);
        var caret = lines[2].IndexOf('^');
        Assert.Equal(lines[2].Length - 1, caret);
        if (column <= line.Length) Assert.Equal('X', lines[1][caret]);
        else Assert.Equal(lines[1].Length, caret);
    }

    [Fact]
    public void ControlCharactersAreNeverPrinted()
    {
        var shown = At(3, "ti\0tle: \u001b[31mred\u0007", "'kind' must be one of leader, not '\u001b]0;pwned\u0007\0'").ToDisplayString();

        Assert.DoesNotContain(shown, c => c < ' ' && c != '\n' || c is >= '\u007F' and <= '\u009F');
        Assert.Equal(3, shown.Split('\n').Length);
    }

    [Fact]
    public void HugeMessageIsShortened()
    {
        var shown = At(1, "x", "'kind' must be one of leader, not '" + new string('k', 1_000_000) + "'").ToString();

        Assert.InRange(shown.Length, Diagnostic.ShownMessageLength, Diagnostic.ShownMessageLength + 100);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }
}
