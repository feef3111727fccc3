using System.Text.Json.Serialization;
using static SiteGen.Rendering.PageModelContext;

namespace SiteGen.Rendering;

public sealed record PeopleModel(PageView Page, IReadOnlyList<PersonGroup> Groups) : IPageModel;

[JsonSerializable(typeof(PeopleModel))]
public sealed partial class PeoplePageJson : JsonSerializerContext;

/// <summary>The people index: everyone, grouped by kind, the story's own people first and the journalists last.</summary>
public sealed class PeoplePage(PageModelContext context) : IPageKind
{
    public void AddPages(PageJobs jobs) => jobs.Add("people", context.Urls.OutputPath(context.Urls.People), Model, PeoplePageJson.Default.PeopleModel);

    public PeopleModel Model() => new(
        context.PageOf(context.Strings[StringKeys.NavPeople], context.Strings[StringKeys.PeopleDescription], context.Urls.People, "people", [Crumb(context.Strings[StringKeys.NavPeople], context.Urls.People)], context.LatestArticleDate),
        context.PeopleGroups(includeJournalists: true));
}
