using CsCheck;
using SiteGen.Content;
using SiteGen.Ingest;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Dates found in any text are real calendar dates at their own place in the sentence, found the same way every time.</summary>
public sealed class DateResolverPropertyTests
{
    private static readonly DateResolver Resolver = new(WordLists.Default);

    /// <summary>Anchors across the calendar, including its first and last days, where resolving a weekday steps off the edge.</summary>
    private static readonly Gen<PartialDate?> Anchors = Gen.Frequency(
        (1, Gen.Const<PartialDate?>((PartialDate?)null)),
        (1, Gen.OneOf<PartialDate?>(new PartialDate(2025), new PartialDate(2025, 8), new PartialDate(1, 1, 1), new PartialDate(9999, 12, 31), new PartialDate(2024, 2, 29))),
        (4, Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (PartialDate?)new PartialDate(y, m, d))));

    private static readonly Gen<string> Texts = Gen.Select(
        Gen.OneOf(TextGen.Narration, TextGen.DateExpressions, TextGen.Hostile, TextGen.Sentences).Array[1, 5],
        Gen.OneOf(" ", ". ", ", ", " on ", " will meet "),
        (pieces, separator) => string.Join(separator, pieces));

    [Fact]
    public void FindsOnlyRealDatesAtTheirPlaceInTheSentence()
    {
        Gen.Select(Texts, Anchors).Sample((text, anchor) =>
        {
            var paragraph = new ParagraphText(text, WordLists.Default);
            foreach (var sentence in paragraph.Sentences)
            {
                var previousEnd = sentence.Start;
                foreach (var mention in Resolver.Find(paragraph, sentence, anchor))
                {
                    Assert.InRange(mention.Start, previousEnd, mention.End);
                    Assert.InRange(mention.End, mention.Start, sentence.End);
                    Assert.Equal(text[mention.Start..mention.End], mention.Text);
                    // The date round-trips through the content format, so what ingest writes the loader reads back.
                    Assert.True(PartialDate.TryParse(mention.Date.Iso, out var parsed) && parsed == mention.Date, $"'{mention.Text}' gave the impossible date {mention.Date.Iso}");
                    previousEnd = mention.End;
                }
            }
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void FindsTheSameDatesEveryTime()
    {
        Gen.Select(Texts, Anchors).Sample((text, anchor) =>
        {
            var paragraph = new ParagraphText(text, WordLists.Default);
            foreach (var sentence in paragraph.Sentences)
            {
                Assert.Equal(Resolver.Find(paragraph, sentence, anchor), Resolver.Find(paragraph, sentence, anchor));
            }
            Assert.Equal(Resolver.FindAnchor(text, [paragraph]), Resolver.FindAnchor(text, [paragraph]));
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void FindsAnAnchorInAnyCaptionBodyAndPublishedLine()
    {
        Gen.Select(Texts, Texts, Gen.OneOf<string?>(null, "Published: August 15, 2025", "Updated 1 January 0001 10:00", "Posted on 31 December 9999"),
            Gen.OneOf<string?>(null, "Aug 15", "Sept 31", "Smarch 3", "January 1")).Sample((caption, body, published, dateline) =>
        {
            var anchor = Resolver.FindAnchor(caption, [new ParagraphText(body, WordLists.Default)], published, dateline);
            Assert.True(anchor is null || anchor.Date.Precision == DatePrecision.Day && PartialDate.TryParse(anchor.Date.Iso, out _), $"anchor {anchor}");
        }, iter: TextGen.Iterations);
    }

    [Fact]
    public void ResolvesAWeekdayToThatWeekdayNearTheAnchor()
    {
        Gen.Select(Gen.Int[2, 9998], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 7], Gen.OneOf("", "on", "next", "last", "coming", "this"), Gen.Bool)
            .Sample((y, m, d, weekday, qualifier, future) =>
            {
                var anchor = new DateOnly(y, m, d);
                var resolved = DateResolver.ResolveWeekday(anchor, weekday, qualifier, future);
                Assert.Equal(weekday % 7, (int)resolved.DayOfWeek);
                var days = resolved.DayNumber - anchor.DayNumber;
                Assert.InRange(days, -7, 7);
                if (qualifier is "next" or "coming") Assert.InRange(days, 1, 7);
                else if (qualifier == "last") Assert.InRange(days, -7, -1);
                else if (future) Assert.InRange(days, 0, 6);
                else Assert.InRange(days, -6, 0);
            }, iter: TextGen.Iterations);
    }
}
