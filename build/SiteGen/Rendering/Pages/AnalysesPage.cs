using System.Text.Json.Serialization;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record AnalysesModel(PageView Page, IReadOnlyList<AnalysisSummary> Analyses) : IPageModel;

[JsonSerializable(typeof(AnalysesModel))]
public sealed partial class AnalysesPageJson : JsonSerializerContext;

/// <summary>The analysis index: every analysis with its summary and experts.</summary>
public sealed class AnalysesPage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("analyses", context.Urls.OutputPath(context.Urls.Analyses), Model, AnalysesPageJson.Default.AnalysesModel);

    public AnalysesModel Model() => new(
        context.PageOf(context.Strings[StringKeys.NavAnalysis], context.Strings[StringKeys.AnalysisDescription], context.Urls.Analyses, "analysis", [Crumb(context.Strings[StringKeys.NavAnalysis], context.Urls.Analyses)], context.LatestArticleDate),
        [.. context.AnalysesInOrder.Select(context.AnalysisSummaryOf)]);
}
