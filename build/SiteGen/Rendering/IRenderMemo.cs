using System.Collections.Immutable;
using SiteGen.Rendering.Search;

namespace SiteGen.Rendering;

/// <summary>
/// What a render may take from an earlier one instead of making it again. Rendering only asks; the preview's cache in
/// Publishing keeps the answers between renders.
/// </summary>
public interface IRenderMemo
{
    /// <summary>Markdown already turned into HTML, known by its text and whether its paragraphs are numbered.</summary>
    string Markdown(string markdown, bool numbered, Func<string> render);

    /// <summary>A record's search documents, prepared, while it is the very object they were made from, under the same page key.</summary>
    ImmutableArray<PreparedDocument> SearchDocuments(object record, string pageKey, Func<ImmutableArray<PreparedDocument>> prepare);

    /// <summary>Which people (by their names and aliases, <paramref name="peopleKey"/>) an article's body names, one flag per person in order.</summary>
    bool[] Mentions(Content.Article article, string peopleKey, Func<bool[]> scan) => scan();
}
