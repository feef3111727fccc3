namespace SiteGen.Rendering.Cards;

/// <summary>
/// The words a share card prints besides the page's own title: its kind and the counts on list pages. One table, so
/// they move with the rest of the reader-facing text into the strings file of the site's language.
/// </summary>
public static class ShareCardWords
{
    public const string Home = "Explainer";
    public const string Timeline = "Timeline";
    public const string People = "People";
    public const string Person = "Person";
    public const string Analyses = "Analysis";
    public const string Analysis = "Analysis";
    public const string Articles = "Sources";
    public const string Article = "Source article";
    public const string Page = "Page";

    public static string PeopleCount(int n) => n == 1 ? "1 person" : $"{n} people";

    public static string AnalysesCount(int n) => n == 1 ? "1 analysis" : $"{n} analyses";

    public static string ArticlesCount(int n) => n == 1 ? "1 source article" : $"{n} source articles";

    /// <summary>The timeline's status line: what happened, what is ahead, and the day "now" stands at.</summary>
    public static string TimelineStatus(int happened, int ahead, string? now) =>
        $"{happened} happened · {ahead} planned or proposed" + (now is null ? "" : $" · as of {now}");

    /// <summary>Parts of a detail line, in order, the empty ones left out.</summary>
    public static string? Joined(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } shown ? string.Join(" · ", shown) : null;
}
