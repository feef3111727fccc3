namespace SiteGen.Tests.Ingest;

/// <summary>Each quote form reporters use yields the words and the right speaker.</summary>
public sealed class QuoteExtractorTests
{
    private const string Intro = "Foreign Minister Anna Berg arrived in Geneva for talks with rivals.\n";

    public static TheoryData<string, string, string, string, bool> Forms => new()
    {
        // form, article after the intro line, expected speaker, expected text, partial
        { "quote then surname said", "\"We are ready to talk,\" Berg said.", "Anna Berg", "We are ready to talk", false },
        { "quote then said full name and role", "\"Prices will keep rising,\" said Tom Reyes, chief economist at Northbank Capital.", "Tom Reyes", "Prices will keep rising", false },
        { "quote then name with appositive and verb", "\"The risk is real,\" Li Wei, professor of economics at Eastbridge University explained.", "Li Wei", "The risk is real", false },
        { "name said comma quote", "Berg said, \"The door remains open.\"", "Anna Berg", "The door remains open.", false },
        { "quote then a verb of posting", "\"Big progress on the pier. Stay tuned!\" Berg posted on her social media page.", "Anna Berg", "Big progress on the pier. Stay tuned!", false },
        { "quote then a verb of explaining", "\"We will get some back and swap some,\" Berg elaborated.", "Anna Berg", "We will get some back and swap some", false },
        { "name added comma quote", "Berg added, \"We will not wait forever.\"", "Anna Berg", "We will not wait forever.", false },
        { "name told colon quote", "Berg told reporters: \"Nothing is agreed until everything is agreed.\"", "Anna Berg", "Nothing is agreed until everything is agreed.", false },
        { "quote continues after attribution", "\"We are ready,\" Berg said. \"But not at any price.\"", "Anna Berg", "But not at any price.", false },
        { "quote after sentence naming speaker", "Berg noted that the offer had changed. \"It is a different proposal now.\"", "Anna Berg", "It is a different proposal now.", false },
        { "pronoun points back", "Berg spoke after the meeting.\n\"Nothing is settled yet,\" she noted.", "Anna Berg", "Nothing is settled yet", false },
        { "role points back", "Berg spoke after the meeting.\n\"We will see,\" the foreign minister said.", "Anna Berg", "We will see", false },
        { "multi-paragraph quote", "Berg said: \"We came in good faith.\n\"We leave in good faith.\"", "Anna Berg", "We leave in good faith.", false },
        { "partial quote in reported speech", "Berg warned her rivals not to \"wreck the deal.\"", "Anna Berg", "wreck the deal", true },
        { "partial quote after possessive", "Critics mocked Berg's idea of a \"grand bargain\" on Friday.", "Anna Berg", "grand bargain", true },
        { "partial quote of the reporting subject", "Tom Reyes, a spokesman for Northbank Capital, spoke first.\nBerg said Reyes was \"plainly wrong\" about the deal.", "Anna Berg", "plainly wrong", true },
        { "partial quote after a nearer speech verb", "Tom Reyes, a spokesman for Northbank Capital, spoke first.\n\"Enough,\" Berg said, after Reyes claimed they had reached an \"understanding\" on Friday.", "Tom Reyes", "understanding", true },
        { "said with time, comma quote", "Berg said Tuesday, \"We are ready.\"", "Anna Berg", "We are ready.", false },
        { "said with place, comma quote", "Berg said in a video address on Telegram, \"We will win.\"", "Anna Berg", "We will win.", false },
        { "according to", "\"The door is open,\" according to Berg.", "Anna Berg", "The door is open", false },
        { "curly quotes", "\u201CWe are ready to talk,\u201D Berg said.", "Anna Berg", "We are ready to talk", false },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void FindsQuoteWithSpeaker(string form, string body, string speaker, string text, bool partial)
    {
        var extraction = IngestTestSupport.Extract(Intro + body);
        var quote = Assert.Single(extraction.Quotes, q => q.Text == text);
        Assert.True(speaker == quote.Speaker.Name, $"{form}: expected {speaker}, got {quote.Speaker.Name}");
        Assert.True(partial == quote.Partial, $"{form}: expected partial={partial}");
    }

    [Fact]
    public void CountsParagraphsWithoutHeadings()
    {
        var extraction = IngestTestSupport.Extract(Intro + "Where things stand\n\"We are ready to talk,\" Berg said.\nMore talks are expected.");
        Assert.Equal(2, Assert.Single(extraction.Quotes).Paragraph);
    }

    [Fact]
    public void LeavesScareQuotesWithoutSpeakerOut()
    {
        var extraction = IngestTestSupport.Extract(Intro + "The plan offers a \"dignified exit\" for everyone involved.");
        Assert.DoesNotContain(extraction.Quotes, q => q.Text == "dignified exit");
    }

    [Fact]
    public void PronounDoesNotReachBackPastAnUnnamedSpeaker()
    {
        var extraction = IngestTestSupport.Extract(Intro + "Berg left early.\nA spokesman for the ministry said the talks had stalled.\n\"We remain hopeful,\" he said.");
        Assert.DoesNotContain(extraction.Quotes, q => q.Text == "We remain hopeful");
    }

    [Fact]
    public void NamesInsideQuotesDoNotBecomeSpeakers()
    {
        var extraction = IngestTestSupport.Extract(Intro + "Tom Reyes, a spokesman for Northbank Capital, spoke first.\nBerg answered questions.\n\"If Reyes visits, it would be awkward,\" she said.");
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal("Anna Berg", quote.Speaker.Name);
    }
}
