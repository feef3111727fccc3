using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>Ingest's file-name slugs: the content slug rule, never cut by length, and "item" when nothing folds to ASCII.</summary>
internal static class Slug
{
    public static string From(string text, int maxWords = int.MaxValue) =>
        Slugifier.Slugify(text, maxLength: int.MaxValue, maxWords) is { Length: > 0 } slug ? slug : "item";

    /// <summary>The stem, or "stem-2", "stem-3", ... for the first that <paramref name="used"/> does not hold yet; it then holds it.</summary>
    public static string Unique(string stem, ISet<string> used)
    {
        var slug = stem;
        for (var n = 2; !used.Add(slug); n++) slug = $"{stem}-{n}";
        return slug;
    }
}
