using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// Writes front matter through YamlDotNet's <see cref="Emitter"/> (events, no reflection, so Native AOT stays clean), in
/// block style with sequences indented under their key. The emitter does the quoting and escaping; this class only
/// chooses plain style where a reader could not mistake the text for anything else, and double quotes otherwise.
/// Calls name each line's indent, as the file reads; a shallower call closes the blocks above it.
/// </summary>
internal sealed partial class YamlWriter
{
    private enum Block
    {
        Mapping,
        Sequence,
    }

    private readonly TextWriter _text;
    private readonly Emitter _emitter;
    private readonly Stack<(Block Kind, int Indent)> _open = new();
    private int? _pendingKeyIndent;
    private bool _started;
    private bool _done;
    private string? _finished;

    /// <summary>A writer whose front matter <see cref="ToString"/> returns.</summary>
    public YamlWriter()
        : this(new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" })
    {
    }

    /// <summary>
    /// A writer that writes its front matter into <paramref name="target"/> as it goes (<see cref="Finish"/> closes it):
    /// a run of quotes makes front matter several times its seed's size, which need not be held as one string.
    /// </summary>
    public YamlWriter(TextWriter target)
    {
        _text = target;
        // No line is ever folded: a quote stays on its line, as editors and diffs expect.
        _emitter = new Emitter(_text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: true, newLine: "\n", useUtf16SurrogatePairs: false));
    }

    /// <summary>
    /// The document opens with its first field, so front matter with no fields writes nothing at all (an empty mapping
    /// would be "{}"), also into a writer that cannot take back what it was given.
    /// </summary>
    private void Start()
    {
        if (_started) return;
        _started = true;
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        _open.Push((Block.Mapping, 0));
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.,()/&+'-]*$")]
    private static partial Regex SafePlain();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ambiguous();

    public YamlWriter Field(string key, string? value, int indent = 0)
    {
        if (value is null) return this;
        EnterMapping(indent);
        Key(key);
        Text(value);
        return this;
    }

    public YamlWriter Field(string key, int value, int indent = 0)
    {
        EnterMapping(indent);
        Key(key);
        Plain(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public YamlWriter Field(string key, bool value, int indent = 0)
    {
        EnterMapping(indent);
        Key(key);
        Plain(value ? "true" : "false");
        return this;
    }

    /// <summary>A key that opens a nested block: a mapping if fields follow at <paramref name="indent"/> + 2, a list of mappings if items do.</summary>
    public YamlWriter Open(string key, int indent = 0)
    {
        EnterMapping(indent);
        Key(key);
        _pendingKeyIndent = indent;
        return this;
    }

    public YamlWriter List(string key, IReadOnlyCollection<string> items, int indent = 0)
    {
        EnterMapping(indent);
        Key(key);
        // An empty list is written "[]": a key with nothing under it would read as null, not as a list.
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var item in items) Text(item);
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    /// <summary>Starts one item of a list of mappings: "  - key: value"; further fields of the item use <paramref name="indent"/> + 2.</summary>
    public YamlWriter Item(string key, string value, int indent)
    {
        if (_pendingKeyIndent is { } keyIndent && indent == keyIndent + 2)
        {
            _pendingKeyIndent = null;
            _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
            _open.Push((Block.Sequence, indent));
        }
        else
        {
            CloseDeeperThan(indent + 2);
            if (_open.Peek() is not (Block.Mapping, var itemIndent) || itemIndent != indent + 2) throw new InvalidOperationException($"no list open at indent {indent}");
            _emitter.Emit(new MappingEnd());
            _open.Pop();
        }
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        _open.Push((Block.Mapping, indent + 2));
        Key(key);
        Text(value);
        return this;
    }

    /// <summary>The front matter written so far, every open block closed; the writer takes no more fields after this.</summary>
    public override string ToString()
    {
        Finish();
        return _finished ??= _text.ToString() ?? "";
    }

    /// <summary>Closes every open block and ends the document in the target; the writer takes no more fields after this.</summary>
    public void Finish()
    {
        if (_done) return;
        _done = true;
        _pendingKeyIndent = null;
        if (!_started) return;
        while (_open.Count > 0) Close();
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    /// <summary>A scalar as YAML text: plain when unambiguous, otherwise double-quoted.</summary>
    public static string Scalar(string value)
    {
        var writer = new YamlWriter().Field("v", value).ToString();
        return writer["v: ".Length..^1];
    }

    /// <summary>A double-quoted YAML scalar, so text with ':' or '#' or quotes stays one string.</summary>
    public static string DoubleQuoted(string value)
    {
        var writer = new YamlWriter();
        writer.EnterMapping(0);
        writer.Key("v");
        writer._emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
        return writer.ToString()["v: ".Length..^1];
    }

    private static bool IsSafePlain(string value) =>
        value.Length > 0 && SafePlain().IsMatch(value) && !Ambiguous().IsMatch(value) && !value.EndsWith(' ') && !value.StartsWith("- ", StringComparison.Ordinal);

    /// <summary>Makes sure a mapping is open at <paramref name="indent"/>: opens the one a pending key announced, or closes deeper blocks.</summary>
    private void EnterMapping(int indent)
    {
        if (_done) throw new InvalidOperationException("the front matter is already finished");
        Start();
        if (_pendingKeyIndent is { } keyIndent && indent == keyIndent + 2)
        {
            _pendingKeyIndent = null;
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            _open.Push((Block.Mapping, indent));
            return;
        }
        if (_pendingKeyIndent is not null)
        {
            // A key opened with nothing under it: an empty mapping, as YAML reads "key:" followed by a shallower line.
            _pendingKeyIndent = null;
            Plain("");
        }
        CloseDeeperThan(indent);
        if (_open.Peek() is not (Block.Mapping, var open) || open != indent) throw new InvalidOperationException($"no mapping open at indent {indent}");
    }

    private void CloseDeeperThan(int indent)
    {
        while (_open.Count > 1 && _open.Peek().Indent > indent) Close();
        // A sequence at this indent ends where a mapping field at the same indent begins.
        if (_open.Count > 1 && _open.Peek() is (Block.Sequence, var at) && at == indent) Close();
    }

    private void Close()
    {
        var (kind, _) = _open.Pop();
        _emitter.Emit(kind == Block.Mapping ? new MappingEnd() : new SequenceEnd());
    }

    private void Key(string key) => Plain(key);

    private void Plain(string text) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    private void Text(string value) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, IsSafePlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, isPlainImplicit: true, isQuotedImplicit: true));
}
