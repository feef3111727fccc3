using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A check that needs the whole loaded model (every file read): the loader runs the ones it is given before it
/// returns, so a broken reference is reported at the line that writes it and dropped before anything renders. The
/// checks themselves live in Checking/; the loader only knows this shape.
/// </summary>
public interface IContentCheck
{
    /// <param name="content">The loaded content, drafts already left out unless asked for.</param>
    /// <param name="bodies">The articles' bodies.</param>
    /// <param name="leftOut">Files left out or unusable, as "folder/slug": a reference to one is dropped without a word.</param>
    /// <param name="bag">Receives what the check finds, with the loader's other diagnostics.</param>
    /// <returns>The content without what the check found unusable; a record that loses nothing keeps its instance.</returns>
    SiteContent Check(SiteContent content, IArticleBodies bodies, IReadOnlySet<string> leftOut, DiagnosticBag bag);
}
