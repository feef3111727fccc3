using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public sealed class SourceFingerprintsTests : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-fingerprints", Guid.NewGuid().ToString("n"));

    public SourceFingerprintsTests()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(_root, "people"));
        File.WriteAllText(Path("people/a.md"), "a");
        File.WriteAllText(Path("people/b.md"), "b");
    }

    private string Path(string relative) => System.IO.Path.Combine(_root, relative);

    [Fact]
    public void CountsOnlyFilesWhoseBytesChanged()
    {
        var prints = new SourceFingerprints([_root]);
        File.WriteAllText(Path("people/a.md"), "a");          // saved, same bytes
        File.WriteAllText(Path("people/b.md"), "b, edited");  // edited
        File.WriteAllText(Path("people/c.md"), "c");          // created
        Assert.Equal([Path("people/b.md"), Path("people/c.md")], prints.Changed([Path("people/a.md"), Path("people/b.md"), Path("people/c.md")]));
        Assert.Empty(prints.Changed([Path("people/b.md"), Path("people/c.md")]));
    }

    [Fact]
    public void CountsDeletedFilesAndFolders()
    {
        var prints = new SourceFingerprints([_root]);
        File.Delete(Path("people/a.md"));
        Assert.Equal([Path("people/a.md")], prints.Changed([Path("people/a.md")]));
        Directory.Delete(Path("people"), recursive: true);
        Assert.Equal([Path("people")], prints.Changed([Path("people")]));
        Assert.Empty(prints.Changed([Path("never-existed.md")]));
    }

    [Fact]
    public void AlwaysCountsAnOverflowAndForgottenPaths()
    {
        var prints = new SourceFingerprints([_root]);
        Assert.Single(prints.Changed([Path(SourceFingerprints.OverflowMarker)]));
        prints.Forget([Path("people/a.md")]);
        Assert.Equal([Path("people/a.md")], prints.Changed([Path("people/a.md")]));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
