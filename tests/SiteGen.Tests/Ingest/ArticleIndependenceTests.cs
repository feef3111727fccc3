using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>An article's quotes do not depend on which other articles are extracted with it; only the people merge.</summary>
public sealed class ArticleIndependenceTests
{
    private const string Short = "Budget vote delayed\n\"We need more time,\" Ostrova said on Monday.\nThe vote was moved to next week.";

    private static readonly string[] Others =
    [
        "Finance chief speaks\nFinance Minister Lena Ostrova said the budget was balanced. \"It adds up,\" Ostrova told reporters.",
        "Opposition reacts\nOpposition leader Paul Ostrova, no relation, said the plan \"will fail\".",
        "Markets steady\nTrade Minister Ian Kerr said exports rose. \"A good month,\" he said.",
    ];

    private static IEnumerable<(string Text, string Speaker, bool Partial, Attribution Attribution)> QuotesOf(Extraction extraction, string seed) =>
        extraction.Quotes.Where(q => q.Seed == seed).Select(q => (q.Text, q.Speaker.Name.Split(' ')[^1], q.Partial, q.Attribution));

    [Fact]
    public void AnArticleGetsTheSameQuotesAloneAndAmongOthers()
    {
        var alone = Extract(Short);
        var together = Extract([Short, .. Others]);
        Assert.NotEmpty(QuotesOf(alone, "t0.txt"));
        Assert.Equal(QuotesOf(alone, "t0.txt"), QuotesOf(together, "t0.txt"));
        for (var i = 0; i < Others.Length; i++)
        {
            var single = Extract(Others[i]);
            Assert.Equal(QuotesOf(single, "t0.txt"), QuotesOf(together, $"t{i + 1}.txt"));
        }
    }

    [Fact]
    public void ASurnameAloneMergesWithTheFullNameAnotherArticleGivesButKeepsItsReviewLevel()
    {
        var together = Extract(Others[0], "Vote moved\n\"We need more time,\" Kerr said on Monday.", "Markets\nTrade Minister Ian Kerr spoke.");
        var quote = Assert.Single(together.Quotes, q => q.Seed == "t1.txt");
        Assert.Equal(("Ian Kerr", Attribution.Surname), (quote.Speaker.Name, quote.Attribution));
    }
}
