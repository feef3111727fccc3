using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>Writes front matter by hand (no reflection serializer, so Native AOT stays clean): block style, scalars double-quoted whenever plain style could misread them.</summary>
internal sealed partial class YamlWriter
{
    private readonly StringBuilder _sb = new();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.,()/&+'-]*$")]
    private static partial Regex SafePlain();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ambiguous();

    public YamlWriter Field(string key, string? value, int indent = 0)
    {
        if (value is null) return this;
        _sb.Append(' ', indent).Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        return this;
    }

    public YamlWriter Field(string key, int value, int indent = 0)
    {
        _sb.Append(' ', indent).Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public YamlWriter Field(string key, bool value, int indent = 0)
    {
        _sb.Append(' ', indent).Append(key).Append(": ").Append(value ? "true" : "false").Append('\n');
        return this;
    }

    /// <summary>A key that opens a nested block (mapping or list) on the following lines.</summary>
    public YamlWriter Open(string key, int indent = 0)
    {
        _sb.Append(' ', indent).Append(key).Append(":\n");
        return this;
    }

    public YamlWriter List(string key, IReadOnlyCollection<string> items, int indent = 0)
    {
        if (items.Count == 0)
        {
            _sb.Append(' ', indent).Append(key).Append(": []\n");
            return this;
        }
        Open(key, indent);
        foreach (var item in items) _sb.Append(' ', indent + 2).Append("- ").Append(Scalar(item)).Append('\n');
        return this;
    }

    /// <summary>Starts one item of a list of mappings: "  - key: value"; further fields of the item use <paramref name="indent"/> + 2.</summary>
    public YamlWriter Item(string key, string value, int indent)
    {
        _sb.Append(' ', indent).Append("- ").Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>A scalar as YAML text: plain when unambiguous, otherwise double-quoted.</summary>
    public static string Scalar(string value) =>
        value.Length > 0 && SafePlain().IsMatch(value) && !Ambiguous().IsMatch(value) && !value.EndsWith(' ') && !value.StartsWith("- ", StringComparison.Ordinal)
            ? value
            : DoubleQuoted(value);

    /// <summary>A double-quoted YAML scalar with \ and " escaped, so text with ':' or '#' or quotes stays one string.</summary>
    public static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
