using System.Text;

namespace SiteGen.Serving;

/// <summary>
/// Puts the live-reload script into HTML pages as they are served (never into files on disk),
/// just before the last &lt;/body&gt;, or at the end of a page that has none.
/// </summary>
public static class ReloadScriptInjector
{
    public const string ScriptPath = "/__sitegen/live-reload.js";
    public const string EventsPath = "/__sitegen/events";

    /// <summary>The tag added to every served page; the build version lets a page that loaded stale notice it at once.</summary>
    public static byte[] Tag(long version) =>
        Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" data-sitegen-version=\"{version}\" defer></script>");

    /// <summary>Where the tag goes: the offset of the last "&lt;/body" (any case), or the end of the page.</summary>
    public static int InsertionPoint(ReadOnlySpan<byte> html)
    {
        ReadOnlySpan<byte> close = "</body"u8;
        for (var i = html.Length - close.Length; i >= 0; i--)
        {
            if (html[i] != (byte)'<') continue;
            var candidate = html.Slice(i, close.Length);
            if (Ascii.EqualsIgnoreCase(candidate, close)) return i;
        }
        return html.Length;
    }

    public static byte[] Inject(ReadOnlySpan<byte> html, ReadOnlySpan<byte> tag)
    {
        var at = InsertionPoint(html);
        var result = new byte[html.Length + tag.Length];
        html[..at].CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }
}
