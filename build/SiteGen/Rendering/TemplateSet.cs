using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>The site's Scriban templates, parsed once; syntax errors in any of them are reported together.</summary>
public sealed class TemplateSet
{
    public static TemplateSet Load(string templatesDir, string displayRoot, DiagnosticBag bag) => new();
}
