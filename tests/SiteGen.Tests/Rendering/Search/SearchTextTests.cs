using SiteGen.Rendering.Search;

namespace SiteGen.Tests.Rendering.Search;

/// <summary>Words become search terms as tests/search-vectors.tsv says: Porter's stems, accents and possessives dropped, stop words left out.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void StemsAndTermsMatchTheSharedVectors()
    {
        var wrong = new List<string>();
        foreach (var (kind, input, expected) in SearchVectors.All)
        {
            var actual = kind switch
            {
                "stem" => PorterStemmer.Stem(input),
                "terms" => string.Join(' ', SearchText.Terms(input)),
                _ => throw new InvalidDataException($"unknown vector kind '{kind}'"),
            };
            if (actual != expected) wrong.Add($"{kind} '{input}': expected '{expected}', got '{actual}'");
        }
        Assert.True(SearchVectors.All.Count > 80, "the vector file was not read");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("sanctions", "sanctioned", "sanctioning")]
    [InlineData("negotiation", "negotiations", "negotiate")]
    [InlineData("meeting", "meetings", "meeting's")]
    public void WordEndingsMeetAtOneTerm(params string[] forms)
    {
        var terms = forms.Select(f => Assert.Single(SearchText.Terms(f))).Distinct().ToList();
        Assert.Single(terms);
    }

    [Fact]
    public void TextIsSplitOnAnythingButLettersAndDigits()
    {
        Assert.Equal(["harbour", "talk", "end", "3", "june", "2025"], SearchText.Terms("Harbour talks—end (3 June, 2025)."));
    }
}
