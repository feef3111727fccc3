using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rendering;

/// <summary>
/// The strings files of a templates folder (templates/i18n/*.yaml), parsed once with the line of every key, and the
/// choice of one by site.yaml's <c>language:</c>. A missing key is an error, never a silent fall back to English: a
/// newsroom publishing in French would not want one English label on its pages, and would rather hear of it at build.
/// </summary>
public sealed class StringsFiles
{
    public const string Folder = "i18n";

    /// <summary>The file every other language is compared with: the one the default templates are written against.</summary>
    public const string ReferenceLanguage = "en";

    private readonly ImmutableDictionary<string, StringsFile> _files;

    private StringsFiles(ImmutableDictionary<string, StringsFile> files) => _files = files;

    /// <summary>The languages with a file, in order ("en", "fr").</summary>
    public IEnumerable<string> Languages => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>One key's value and where it is written.</summary>
    private sealed record Entry(string? Text, ImmutableArray<string>? List, SourceSpan Span);

    /// <summary>One parsed file: its keys ("nav.home") and the line of each mapping ("nav"), where a missing key belongs.</summary>
    private sealed record StringsFile(string Language, string Path, ImmutableDictionary<string, Entry> Entries, ImmutableDictionary<string, SourceSpan> Sections);

    /// <summary>Prefix of the strings files built into the program (the default templates' i18n/, embedded for init).</summary>
    private const string BuiltInPrefix = "SiteGen.DefaultTemplates/" + Folder + "/";

    /// <summary>
    /// The strings files of <paramref name="templatesDir"/>; a templates folder with no i18n/ at all (one an older
    /// <c>init</c> made, or a bench's page shell) uses those built into the program, so it builds as before.
    /// </summary>
    public static StringsFiles Load(string templatesDir, string displayRoot, DiagnosticBag bag)
    {
        var dir = Path.Combine(templatesDir, Folder);
        var files = ImmutableDictionary.CreateBuilder<string, StringsFile>(StringComparer.OrdinalIgnoreCase);
        if (!Directory.Exists(dir))
        {
            var assembly = typeof(StringsFiles).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(BuiltInPrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                Add(files, name[BuiltInPrefix.Length..^".yaml".Length], $"sitegen's built-in {Folder}/{name[BuiltInPrefix.Length..]}", reader.ReadToEnd(), bag);
            }
            return new StringsFiles(files.ToImmutable());
        }
        foreach (var file in Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(displayRoot, file).Replace('\\', '/');
            if (SiteFileReader.ReadText(file, templatesDir, display, bag) is not { } text) continue;
            Add(files, Path.GetFileNameWithoutExtension(file), display, text, bag);
        }
        return new StringsFiles(files.ToImmutable());
    }

    private static void Add(ImmutableDictionary<string, StringsFile>.Builder files, string language, string display, string text, DiagnosticBag bag)
    {
        if (FrontMatterDocument.ParseYamlFile(display, text, bag) is not { } reader) return;
        var entries = ImmutableDictionary.CreateBuilder<string, Entry>(StringComparer.Ordinal);
        var sections = ImmutableDictionary.CreateBuilder<string, SourceSpan>(StringComparer.Ordinal);
        Walk(reader, reader.Node, "", entries, sections, bag);
        files[language] = new StringsFile(language, display, entries.ToImmutable(), sections.ToImmutable());
    }

    private static void Walk(FieldReader reader, YamlMappingNode map, string prefix, ImmutableDictionary<string, Entry>.Builder entries, ImmutableDictionary<string, SourceSpan>.Builder sections, DiagnosticBag bag)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            switch (value)
            {
                case YamlMappingNode child:
                    sections[key] = reader.SpanOf(keyNode);
                    Walk(reader, child, key + ".", entries, sections, bag);
                    break;
                case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                    entries[key] = new Entry(null, [.. list.Children.Select(c => ((YamlScalarNode)c).Value ?? "")], reader.SpanOf(keyNode));
                    break;
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    entries[key] = new Entry(text, null, reader.SpanOf(keyNode));
                    break;
                default:
                    bag.Error(DiagnosticCodes.StringWrongType, reader.SpanOf(keyNode), $"'{key}' must be a line of text (or, for a list, [one, two, ...]); it is empty or nested too deep");
                    break;
            }
        }
    }

    /// <summary>
    /// The strings for site.yaml's <c>language:</c>: its own file ("fr-CA.yaml"), else its language's ("fr.yaml"). Null,
    /// with every problem in <paramref name="bag"/>, when there is none or it lacks a key.
    /// </summary>
    public SiteStrings? For(SiteInfo site, DiagnosticBag bag) => For(site.Language, site.LanguageSpan, bag);

    /// <param name="language">A language tag ("fr", "fr-CA").</param>
    /// <param name="languageSpan">Where the tag is written, for the error when no file has it.</param>
    /// <param name="bag">Receives every problem with the file.</param>
    public SiteStrings? For(string language, SourceSpan languageSpan, DiagnosticBag bag)
    {
        var tag = language.Trim();
        var primary = tag.Split('-', '_')[0];
        if (!_files.TryGetValue(tag, out var file) && !_files.TryGetValue(primary, out file))
        {
            var found = _files.Count == 0 ? "there are none" : "there are " + string.Join(", ", Languages.Select(l => l + ".yaml"));
            bag.Error(DiagnosticCodes.NoStringsForLanguage, languageSpan,
                $"no strings file for language '{tag}': expected templates/{Folder}/{primary}.yaml ({found}); to add a language, copy templates/{Folder}/{ReferenceLanguage}.yaml to {primary}.yaml and translate its values");
            return null;
        }
        _files.TryGetValue(ReferenceLanguage, out var reference);
        var valid = Check(file, reference, bag);
        return valid ? new SiteStrings(file.Language,
            file.Entries.Where(e => e.Value.Text is not null).ToImmutableDictionary(e => e.Key, e => e.Value.Text!, StringComparer.Ordinal),
            file.Entries.Where(e => e.Value.List is not null).ToImmutableDictionary(e => e.Key, e => e.Value.List!.Value, StringComparer.Ordinal)) : null;
    }

    /// <summary>Every key SiteGen reads and every key of the reference file must be there, as the same kind of value; all problems at once.</summary>
    private static bool Check(StringsFile file, StringsFile? reference, DiagnosticBag bag)
    {
        var ok = true;
        var required = StringKeys.All.Concat(reference?.Entries.Keys ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var key in required)
        {
            var theirs = reference?.Entries.GetValueOrDefault(key);
            if (!file.Entries.TryGetValue(key, out var entry))
            {
                ok = false;
                var where = theirs is not null && !ReferenceEquals(file, reference)
                    ? $" ({reference!.Path} has it at line {theirs.Span.Line}: {Shown(theirs)})"
                    : " (SiteGen itself reads it)";
                bag.Error(DiagnosticCodes.MissingString, SectionSpan(file, key), $"'{key}' is missing from this strings file{where}; every language file needs every key, so no page shows a word in another language");
                continue;
            }
            var isList = entry.List is not null;
            var listLength = StringKeys.Lists.TryGetValue(key, out var n) ? n : (int?)null;
            var wantList = listLength is not null || theirs?.List is not null;
            if (isList != wantList)
            {
                ok = false;
                bag.Error(DiagnosticCodes.StringWrongType, entry.Span, wantList ? $"'{key}' must be a list, [one, two, ...]" : $"'{key}' must be a line of text, not a list");
            }
            else if (listLength is { } length && entry.List!.Value.Length != length)
            {
                ok = false;
                bag.Error(DiagnosticCodes.StringWrongType, entry.Span, $"'{key}' must list {length} items, not {entry.List.Value.Length}");
            }
        }
        if (reference is not null && !ReferenceEquals(file, reference))
        {
            foreach (var (key, entry) in file.Entries.Where(e => !reference.Entries.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
                bag.Warning(DiagnosticCodes.UnknownString, entry.Span, $"'{key}' is not in {reference.Path}, so no template reads it; is it misspelt?");
        }
        return ok;
    }

    private static string Shown(Entry entry) => entry.Text is { } text ? $"\"{text}\"" : "[" + string.Join(", ", entry.List!.Value) + "]";

    /// <summary>Where a missing key belongs: the line of its nearest section that is there, else the top of the file.</summary>
    private static SourceSpan SectionSpan(StringsFile file, string key)
    {
        for (var dot = key.LastIndexOf('.'); dot > 0; dot = key.LastIndexOf('.', dot - 1))
        {
            if (file.Sections.TryGetValue(key[..dot], out var span)) return span;
        }
        return SourceSpan.StartOf(file.Path);
    }
}
