namespace SiteGen.Rendering;

/// <summary>HTML that SiteGen produced itself (rendered Markdown, a rendered partial): the only value templates write unescaped.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
