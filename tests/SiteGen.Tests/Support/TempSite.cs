using SiteGen.Pipeline;
using SiteGen.Rendering;

namespace SiteGen.Tests.Support;

/// <summary>A throw-away copy of a site (content/ + templates/) in a temp folder, which a test may change freely.</summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root)
    {
        Root = root;
    }

    public string Root { get; }
    public string Content => System.IO.Path.Combine(Root, "content");
    public string Templates => System.IO.Path.Combine(Root, "templates");
    public string Output => System.IO.Path.Combine(Root, "output");

    /// <summary>Copies the fixture site's content and the repository's templates.</summary>
    public static TempSite FromFixture() => From(System.IO.Path.Combine(Repository.ValidSite, "content"));

    /// <summary>Copies the repository's committed content and templates.</summary>
    public static TempSite FromRepository() => From(Repository.Content);

    public static TempSite Empty()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    private static TempSite From(string content)
    {
        var site = Empty();
        CopyDirectory(content, site.Content);
        CopyDirectory(Repository.Templates, site.Templates);
        return site;
    }

    public BuildOptions Options => new(Content, Templates, Output) { DisplayRoot = Root };

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string relative) => File.ReadAllText(Path(relative));

    /// <summary>Replaces text in a file, failing loudly if the text is not there (so a test cannot silently test nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    /// <summary>Copies every file of <paramref name="overlay"/> over the site, keeping relative paths.</summary>
    public void Overlay(string overlay)
    {
        foreach (var file in Directory.GetFiles(overlay, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(overlay, file);
            var target = Path(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
