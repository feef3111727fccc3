using SiteGen.FileSystem;

namespace SiteGen.Tests.FileSystem;

/// <summary>statx(2) as a build uses it: only a regular file with no other name may be rewritten in place.</summary>
public sealed class NativeFileSystemTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitegen-native-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public void ARegularFileWithOneNameIsTheSoleRegularFile()
    {
        File.WriteAllText(PathOf("page.html"), "<p>one</p>");
        Assert.True(NativeFileSystem.IsSoleRegularFile(PathOf("page.html")));
    }

    [Fact]
    public void AFileWithASecondHardLinkIsNot()
    {
        File.WriteAllText(PathOf("page.html"), "<p>one</p>");
        Assert.Equal(LinkOutcome.Linked, NativeFileSystem.TryHardLink(PathOf("page.html"), PathOf("other.html")));
        Assert.False(NativeFileSystem.IsSoleRegularFile(PathOf("page.html")));
        Assert.False(NativeFileSystem.IsSoleRegularFile(PathOf("other.html")));
    }

    [Fact]
    public void ASymbolicLinkAFolderAndAMissingPathAreNot()
    {
        File.WriteAllText(PathOf("target.html"), "<p>one</p>");
        File.CreateSymbolicLink(PathOf("link.html"), PathOf("target.html"));
        Directory.CreateDirectory(PathOf("folder"));
        Assert.False(NativeFileSystem.IsSoleRegularFile(PathOf("link.html")));
        Assert.False(NativeFileSystem.IsSoleRegularFile(PathOf("folder")));
        Assert.False(NativeFileSystem.IsSoleRegularFile(PathOf("missing.html")));
    }
}
