using System.Text.Json.Serialization;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record ClaimView(string Text, PersonLink? Speaker, SourceLink Source);

public sealed record AnalysisView(
    string Slug,
    string Title,
    string? Summary,
    IReadOnlyList<PersonLink> Experts,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<QuoteView> Quotes,
    string BodyHtml);

public sealed record AnalysisModel(PageView Page, AnalysisView Analysis) : IPageModel;

[JsonSerializable(typeof(AnalysisModel))]
public sealed partial class AnalysisPageJson : JsonSerializerContext;

/// <summary>Each analysis page: its experts, claims with their sources, and the experts' quotes.</summary>
public sealed class AnalysisPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs)
    {
        foreach (var analysis in context.AnalysesInOrder)
            jobs.Add("analysis", context.Urls.OutputPath(context.Urls.Analysis(analysis.Slug)), () => Model(analysis), AnalysisPageJson.Default.AnalysisModel);
    }

    public AnalysisModel Model(Analysis a) => new(
        context.PageOf(a.Title, a.Summary ?? a.Title, context.Urls.Analysis(a.Slug), "analysis", [Crumb(context.Strings[StringKeys.NavAnalysis], context.Urls.Analyses), Crumb(a.Title, context.Urls.Analysis(a.Slug))], ModifiedOf(a), "article", image: a.Image, imageFolder: SiteLoader.AnalysisFolder),
        new AnalysisView(
            a.Slug,
            a.Title,
            a.Summary,
            [.. a.Experts.Select(r => context.PersonLinkOf(r.Slug))],
            [.. a.Claims.Select(c => new ClaimView(c.Text, c.Speaker is null ? null : context.PersonLinkOf(c.Speaker.Slug), context.SourceLinkOf(c.Source)))],
            [.. context.Quotes.Where(q => a.Experts.Any(e => e.Slug == q.Speaker.Slug))],
            context.Markdown.Render(a.Body, SiteLoader.AnalysisFolder)));

    private PartialDate? ModifiedOf(Analysis a) => Latest(a.Claims.Select(c => context.Articles[c.Source.Article.Slug].Date));
}
