using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class ChangeClassifierTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "classifier-root");
    private readonly ChangeClassifier _classifier = new(Path.Combine(Root, "content"), Path.Combine(Root, "templates"), Path.Combine(Root, "seeds"));

    private ChangeSet Classify(params string[] relative) => _classifier.Classify(relative.Select(r => Path.Combine(Root, r)));

    [Fact]
    public void SortsChangesByFolder()
    {
        Assert.Equal((true, false, false), Flags(Classify("content/people/a.md")));
        Assert.Equal((false, true, false), Flags(Classify("templates/person.scriban-html")));
        Assert.Equal((false, false, true), Flags(Classify("seeds/001.txt")));
        Assert.Equal((true, true, false), Flags(Classify("content/site.yaml", "templates/assets/style.css")));
    }

    [Fact]
    public void IgnoresFilesOutsideTheWatchedFolders() => Assert.True(Classify("output/index.html", "contentish/x.md").IsEmpty);

    [Theory]
    [InlineData("content/people/.a.md.swp")]
    [InlineData("content/people/a.md~")]
    [InlineData("content/people/4913")]
    [InlineData("content/people/#a.md#")]
    [InlineData("content/people/.#a.md")]
    [InlineData("content/people/a.md.tmp")]
    [InlineData("content/people/a.md___jb_tmp___")]
    [InlineData("content/people/.goutputstream-XYZ123")]
    public void IgnoresEditorsScratchFiles(string path) => Assert.True(Classify(path).IsEmpty);

    private static (bool, bool, bool) Flags(ChangeSet c) => (c.Content, c.Templates, c.Seeds);
}
