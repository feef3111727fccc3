using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Reads typed fields from a YAML mapping, reporting a missing or ill-typed field at its own line and column.</summary>
public sealed class FieldReader
{
    private readonly YamlMappingNode _map;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _bag;

    internal FieldReader(string path, YamlMappingNode map, int lineOffset, DiagnosticBag bag)
    {
        Path = path;
        _map = map;
        _lineOffset = lineOffset;
        _bag = bag;
    }

    public string Path { get; }

    /// <summary>The mapping itself, for readers that walk keys they do not know in advance (the strings files).</summary>
    internal YamlMappingNode Node => _map;

    /// <summary>Where the mapping starts, for problems with the whole block.</summary>
    public SourceSpan Span => SpanOf(_map);

    public void ReportError(string code, SourceSpan span, string message) => _bag.Error(code, span, message);

    public bool Has(string key) => Find(key) is not null;

    public SourceSpan SpanOf(YamlNode node) =>
        new(Path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column, (int)node.End.Line + _lineOffset, (int)node.End.Column);

    /// <summary>The span of a key's value, or of the mapping when the key is absent.</summary>
    public SourceSpan SpanOf(string key) => Find(key) is { } pair ? SpanOf(pair.Value) : Span;

    public string? String(string key, bool required = false)
    {
        var node = Value(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                // A required field written as "" or spaces is as good as missing: the page would show nothing there.
                return IsNull(scalar) || required && string.IsNullOrWhiteSpace(scalar.Value) ? MissingIfRequired(key, required) : TextHygiene.Clean(scalar.Value!);
            default:
                _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be text, not {Describe(node)}");
                return null;
        }
    }

    public bool Bool(string key, bool defaultValue = false)
    {
        var node = Value(key, required: false);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return defaultValue;
        if (node is YamlScalarNode { Value: var v } && bool.TryParse(v, out var result)) return result;
        _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be true or false, not {Describe(node)}");
        return defaultValue;
    }

    public int? Int(string key, bool required = false, int min = int.MinValue)
    {
        var node = Value(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s && IsNull(s))
        {
            MissingIfRequired(key, required);
            return null;
        }
        if (node is YamlScalarNode { Value: var v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
        {
            if (result >= min) return result;
            _bag.Error(DiagnosticCodes.BadValue, SpanOf(node), $"'{key}' must be {min} or more, not {result}");
            return null;
        }
        _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a whole number, not {Describe(node)}");
        return null;
    }

    /// <summary>A calendar date at year, month or day precision; null when absent or explicitly null.</summary>
    public PartialDate? Date(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
        {
            _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a date such as 2025-08-15, 2025-08 or 2025, not {Describe(node)}");
            return null;
        }
        if (IsNull(scalar))
        {
            MissingIfRequired(key, required);
            return null;
        }
        if (PartialDate.TryParse(scalar.Value!, out var date)) return date;
        _bag.Error(DiagnosticCodes.BadDate, SpanOf(node), $"'{key}' is not a calendar date: '{scalar.Value}' (write YYYY-MM-DD, YYYY-MM or YYYY)");
        return null;
    }

    /// <summary>A list of text items; a single text value is accepted as a list of one.</summary>
    public ImmutableArray<string> StringList(string key) => [.. StringNodes(key).Select(n => TextHygiene.Clean(n.Value!))];

    /// <summary>A list of slugs, each kept with its span so a broken reference is reported where it is written.</summary>
    public ImmutableArray<Reference> References(string key) =>
        [.. StringNodes(key).Select(n => new Reference(n.Value!, SpanOf(n)))];

    public Reference? ReferenceField(string key, bool required = false) =>
        String(key, required) is { } slug ? new Reference(slug, SpanOf(key)) : null;

    /// <summary>A list of mappings, such as the quotes of an article.</summary>
    public IEnumerable<FieldReader> Mappings(string key)
    {
        foreach (var node in Nodes(key))
        {
            if (node is YamlMappingNode map) yield return new FieldReader(Path, map, _lineOffset, _bag);
            else _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"each item of '{key}' must be a set of 'key: value' fields, not {Describe(node)}");
        }
    }

    public FieldReader? Mapping(string key)
    {
        var node = Value(key, required: false);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        if (node is YamlMappingNode map) return new FieldReader(Path, map, _lineOffset, _bag);
        _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a set of 'key: value' fields, not {Describe(node)}");
        return null;
    }

    /// <summary>Warns about keys nobody reads: usually a typo that would otherwise vanish silently.</summary>
    public void WarnUnknownKeys(IReadOnlySet<string> known)
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                var hint = Suggest(key, known);
                _bag.Warning(DiagnosticCodes.UnknownField, SpanOf(keyNode), $"unknown field '{key}' is ignored" + (hint is null ? "" : $"; did you mean '{hint}'?"));
            }
        }
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var k } && k == key) return pair;
        }
        return null;
    }

    private YamlNode? Value(string key, bool required)
    {
        if (Find(key) is { } pair) return pair.Value;
        if (required) _bag.Error(DiagnosticCodes.MissingField, Span, $"the required field '{key}' is missing");
        return null;
    }

    private IEnumerable<YamlNode> Nodes(string key)
    {
        var node = Value(key, required: false);
        return node switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode s when IsNull(s) => [],
            YamlScalarNode s => [s],
            _ => ReportNotList(key, node),
        };
    }

    private IEnumerable<YamlNode> ReportNotList(string key, YamlNode node)
    {
        _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a list, not {Describe(node)}");
        return [];
    }

    private IEnumerable<YamlScalarNode> StringNodes(string key)
    {
        foreach (var node in Nodes(key))
        {
            if (node is YamlScalarNode s && !IsNull(s)) yield return s;
            else _bag.Error(DiagnosticCodes.WrongType, SpanOf(node), $"each item of '{key}' must be text, not {Describe(node)}");
        }
    }

    private string? MissingIfRequired(string key, bool required)
    {
        if (required) _bag.Error(DiagnosticCodes.MissingField, SpanOf(key), $"the required field '{key}' is empty");
        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of fields",
        YamlScalarNode { Value: var v } => $"'{v}'",
        _ => "that value",
    };

    private static string? Suggest(string key, IReadOnlySet<string> known) =>
        known.Select(k => (k, d: EditDistance.Between(k, key))).Where(x => x.d <= 2).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).Select(x => x.k).FirstOrDefault();

}
