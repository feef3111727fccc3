using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>The site's Scriban templates and static assets, parsed once; syntax errors in any of them are reported together.</summary>
public sealed class TemplateSet
{
    public const string Extension = ".scriban-html";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(Dictionary<string, Template> templates, ImmutableArray<OutputFile> assets, StringsFiles strings, ImmutableDictionary<string, string>? sources = null)
    {
        _templates = templates;
        Strings = strings;
        Assets = assets;
        Sources = sources ?? ImmutableDictionary<string, string>.Empty;
    }

    /// <summary>Each template's text, by the path diagnostics name it: check points a template's link at its line.</summary>
    public ImmutableDictionary<string, string> Sources { get; }

    /// <summary>The reader-facing strings of each language (templates/i18n/); the site's language picks one.</summary>
    public StringsFiles Strings { get; }

    /// <summary>Files under templates/assets/, copied to output/assets/ as they are.</summary>
    public ImmutableArray<OutputFile> Assets { get; }

    public static TemplateSet Load(string templatesDir, string displayRoot, DiagnosticBag bag)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(templatesDir))
        {
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpan.StartOf(Path.GetRelativePath(displayRoot, templatesDir)), "the templates folder does not exist");
            return new TemplateSet(templates, [], StringsFiles.Load(templatesDir, displayRoot, bag));
        }

        var files = Directory.GetFiles(templatesDir, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Concat(Directory.Exists(Path.Combine(templatesDir, PartialsFolder)) ? Directory.GetFiles(Path.Combine(templatesDir, PartialsFolder), "*" + Extension) : [])
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(templatesDir, file).Replace('\\', '/')[..^Extension.Length];
            var display = Path.GetRelativePath(displayRoot, file).Replace('\\', '/');
            if (SiteFileReader.ReadText(file, templatesDir, display, bag) is not { } raw) continue;
            var text = FrontMatterDocument.NormaliseText(raw);
            bag.RememberSource(display, text);
            sources[display] = text;
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages)
            {
                bag.Add(new Diagnostic(
                    message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning,
                    DiagnosticCodes.TemplateSyntax,
                    SpanOf(message.Span, display),
                    message.Message));
            }
            templates[name] = template;
        }

        var assetsDir = Path.Combine(templatesDir, AssetsFolder);
        var assets = ImmutableArray.CreateBuilder<OutputFile>();
        if (Directory.Exists(assetsDir))
        {
            foreach (var file in Directory.GetFiles(assetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // The same rule as for content: a link out of templates/ could publish any file on the machine.
                var display = Path.GetRelativePath(displayRoot, file).Replace('\\', '/');
                if (SiteFileReader.ReadBytes(file, templatesDir, maxBytes: null, SourceSpan.StartOf(display), bag) is { } bytes)
                    assets.Add(new OutputFile(AssetsFolder + "/" + Path.GetRelativePath(assetsDir, file).Replace('\\', '/'), bytes));
            }
        }
        return new TemplateSet(templates, assets.ToImmutable(), StringsFiles.Load(templatesDir, displayRoot, bag), sources.ToImmutable());
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    /// <summary>A fresh escaping context that resolves <c>include 'name'</c> to templates/partials/name and writes partials raw.</summary>
    public HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext { TemplateLoader = new PartialLoader(this) };
        foreach (var (name, template) in _templates)
        {
            if (name.StartsWith(PartialsFolder + "/", StringComparison.Ordinal)) context.CachedTemplates[name] = template;
        }
        var overrides = new ScriptObject();
        overrides.SetValue("include", new RawIncludeFunction(), readOnly: true);
        overrides.SetValue("fill", new FillFunction(), readOnly: true);
        context.PushGlobal(overrides);
        return context;
    }

    /// <summary>Converts Scriban's zero-based positions to the one-based ones editors see.</summary>
    internal static SourceSpan SpanOf(Scriban.Parsing.SourceSpan span, string fallbackPath) =>
        new(span.FileName ?? fallbackPath, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);

    private sealed class PartialLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => PartialsFolder + "/" + templateName;

        // Partials are parsed up front and pre-cached in every context; reaching here means the name is wrong.
        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}{Extension}' in the templates folder; partials: {string.Join(", ", set._templates.Keys.Where(k => k.StartsWith(PartialsFolder + "/", StringComparison.Ordinal)))}");

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
