using System.Collections.Immutable;

namespace SiteGen.Diagnostics;

/// <summary>Collects every problem a stage finds, so a run reports them all rather than stopping at the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<string?>> _sourceReaders = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Error(string code, SourceSpan span, string message) => Add(new Diagnostic(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) => Add(new Diagnostic(Severity.Warning, code, span, message));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic with { SourceLine = diagnostic.SourceLine ?? LineOf(diagnostic.Span) });

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>Lets the bag quote the offending line without reading the file again.</summary>
    public void RememberSource(string path, string text) => _sources[path] = text;

    /// <summary>
    /// Lets the bag quote a line of a file it reads only if a diagnostic points into it: a build of many pages does not
    /// keep every file's text for the few that have problems. Such files are not in <see cref="Sources"/>.
    /// </summary>
    public void RememberSource(string path, Func<string?> read) => _sourceReaders[path] = read;

    /// <summary>Every file text remembered so far, by the path diagnostics name it.</summary>
    public ImmutableDictionary<string, string> Sources => _sources.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Diagnostics in file, line, column order so output is stable whatever order the work ran in.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. _items.OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                  .ThenBy(d => d.Span.Line)
                  .ThenBy(d => d.Span.Column)
                  .ThenBy(d => d.Code, StringComparer.Ordinal)
                  .ThenBy(d => d.Message, StringComparer.Ordinal)
                  .Distinct()];

    private string? LineOf(SourceSpan span)
    {
        if (!_lines.TryGetValue(span.Path, out var lines))
        {
            // Split only the files a diagnostic points into: most remembered files never need it.
            var text = _sources.GetValueOrDefault(span.Path) ?? _sourceReaders.GetValueOrDefault(span.Path)?.Invoke();
            if (text is null) return null;
            _lines[span.Path] = lines = text.Split('\n');
        }
        var index = span.Line - 1;
        return index >= 0 && index < lines.Length ? lines[index].TrimEnd('\r') : null;
    }
}
