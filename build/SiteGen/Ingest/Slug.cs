using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>Ingest's file-name slugs: the content slug rule, never cut by length, and "item" when nothing folds to ASCII.</summary>
internal static class Slug
{
    public static string From(string text, int maxWords = int.MaxValue) =>
        Slugifier.Slugify(text, maxLength: int.MaxValue, maxWords) is { Length: > 0 } slug ? slug : "item";
}
