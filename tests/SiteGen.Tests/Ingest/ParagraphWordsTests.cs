using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A paragraph keeps a word as its start and one byte of length and possessive flag; a word too long for the byte keeps
/// them in a table beside. Words of every length around that edge, possessive or not, must read back whole.
/// </summary>
public sealed class ParagraphWordsTests
{
    [Fact]
    public void WordsOfEveryLengthAroundTheOneByteEdgeReadBackWhole()
    {
        var words = Enumerable.Range(1, 300).Select(n => new string('a', n - 1) + "b" + (n % 3 == 0 ? "'s" : "")).ToList();
        var paragraph = new ParagraphText(string.Join(" ", words), WordLists.Default);

        var tokens = paragraph.Tokens.ToList();

        Assert.Equal(words.Count, tokens.Count);
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var possessive = words[i].EndsWith("'s", StringComparison.Ordinal);
            Assert.Equal(possessive ? words[i][..^2] : words[i], tokens[i].Text);
            Assert.Equal(possessive, tokens[i].Possessive);
            Assert.Equal(start, tokens[i].Start);
            Assert.Equal(i, paragraph.Words.StartingAt(start));
            start += words[i].Length + 1;
        }
    }
}
