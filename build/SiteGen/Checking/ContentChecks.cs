using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Checking;

/// <summary>The checks the loader runs on the whole model before anything renders, in the order they run.</summary>
public static class ContentChecks
{
    /// <summary>References first (they drop what is broken), then images, which read what is left.</summary>
    public static readonly ImmutableArray<IContentCheck> All = [new ReferenceChecker(), new ImageReferenceChecker()];
}
