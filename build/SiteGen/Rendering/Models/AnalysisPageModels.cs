using System.Collections.Immutable;
using SiteGen.Content;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

/// <summary>The analysis index and each analysis page: its experts, claims with their sources, and the experts' quotes.</summary>
public sealed class AnalysisPageModels(PageModelContext context)
{
    public AnalysesModel Index() => new(
        context.PageOf(context.Strings[StringKeys.NavAnalysis], context.Strings[StringKeys.AnalysisDescription], context.Urls.Analyses, "analysis", [Crumb(context.Strings[StringKeys.NavAnalysis], context.Urls.Analyses)], context.LatestArticleDate),
        [.. context.Content.Analyses.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(context.AnalysisSummaryOf)]);

    public AnalysisModel Analysis(Analysis a) => new(
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
