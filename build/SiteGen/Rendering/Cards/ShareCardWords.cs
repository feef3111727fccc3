using System.Globalization;

namespace SiteGen.Rendering.Cards;

/// <summary>
/// The words a share card prints besides the page's own title, in the site's language: its kind and the counts on list
/// pages, read from the strings file's <c>card</c> section.
/// </summary>
public sealed class ShareCardWords(SiteStrings strings)
{
    public string Home => strings[StringKeys.CardHome];
    public string Timeline => strings[StringKeys.CardTimeline];
    public string People => strings[StringKeys.CardPeople];
    public string Person => strings[StringKeys.CardPerson];
    public string Analyses => strings[StringKeys.CardAnalyses];
    public string Analysis => strings[StringKeys.CardAnalysis];
    public string Articles => strings[StringKeys.CardArticles];
    public string Article => strings[StringKeys.CardArticle];
    public string Page => strings[StringKeys.CardPage];

    public string PeopleCount(int n) => Count(n, StringKeys.CardPeopleCountOne, StringKeys.CardPeopleCount);

    public string AnalysesCount(int n) => Count(n, StringKeys.CardAnalysesCountOne, StringKeys.CardAnalysesCount);

    public string ArticlesCount(int n) => Count(n, StringKeys.CardArticlesCountOne, StringKeys.CardArticlesCount);

    /// <summary>The timeline's status line: what happened, what is ahead, and the day "now" stands at.</summary>
    public string TimelineStatus(int happened, int ahead, string? now) => now is null
        ? strings.Fill(StringKeys.CardTimelineStatus, ("happened", Number(happened)), ("ahead", Number(ahead)))
        : strings.Fill(StringKeys.CardTimelineStatusAsOf, ("happened", Number(happened)), ("ahead", Number(ahead)), ("now", now));

    /// <summary>Parts of a detail line, in order, the empty ones left out.</summary>
    public static string? Joined(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } shown ? string.Join(" · ", shown) : null;

    private string Count(int n, string one, string many) => n == 1 ? strings[one] : strings.Fill(many, ("count", Number(n)));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
