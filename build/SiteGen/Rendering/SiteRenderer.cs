using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Turns the content model into the site's pages, in memory.</summary>
public static class SiteRenderer
{
    public static ImmutableArray<OutputFile> Render(SiteContent content, TemplateSet templates, DiagnosticBag bag) => [];
}
