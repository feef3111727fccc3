using SiteGen.Content;
using SiteGen.Ingest;
using static SiteGen.Tests.Ingest.IngestTestSupport;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Page furniture told by its shape, not by any outlet's layout: picture credits, bylines alone on a line, publication
/// stamps. Invented pages.
/// </summary>
public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("Leaders meet at the summit on Monday. (WNS Photo/Ada Kowal)", "Ada Kowal")]
    [InlineData("Leaders meet at the summit on Monday. (WNS Photo/Ada Kowal, File)", "Ada Kowal")]
    [InlineData("The minister at the podium. Photo: WNS/Remi van der Berg", "Remi van der Berg")]
    [InlineData("The minister at the podium. Source: Ada Kowal/NTV", "Ada Kowal")]
    [InlineData("The minister at the podium. Image: Ada Kowal / WIRE NEWS / WNS", "Ada Kowal")]
    // The agency in capitals before the slash, the photographer after it, ending the caption or alone on its line.
    [InlineData("The minister at the podium. WNS/Ada Kowal", "Ada Kowal")]
    [InlineData("WNS-EFE/ADA KOWAL", "Ada Kowal")]
    // The photographer, then the agency and the library that sells the picture; or a labelled credit ending the caption.
    [InlineData("The minister at the podium. (Ada Kowal/WNS via Harbour Images)", "Ada Kowal")]
    [InlineData("The minister at the podium. Photo: Ada Kowal/Nordwire", "Ada Kowal")]
    [InlineData("The minister at the podium. | Photo Credit: Ada Kowal", "Ada Kowal")]
    [InlineData("Photo by Ada Kowal/Harbour Images", "Ada Kowal")]
    [InlineData("A worker walks past a pump near the port, February 18, 2025 (Nordwire / Ada Kowal / File Photo)", "Ada Kowal")]
    [InlineData("The minister at the podium (Harbour Wire / Ada Kowal)", "Ada Kowal")]
    public void APhotographerInAPictureCreditIsACredit(string caption, string photographer)
    {
        var extraction = Extract("Summit opens\n" + caption + "\nMinister Ivo Rand opened the summit in Lyon on Monday.");
        Assert.Contains(extraction.People, p => p.Name == photographer && p.Credit);
    }

    [Theory]
    [InlineData("Ada Kowal")]
    [InlineData("Ada Kowal London")]
    [InlineData("Updated by Ada Kowal at 1516 GMT on Friday 15 August 2025")]
    [InlineData("16.08.2025By Ada Kowal and Ivo Rand")]
    [InlineData("Ada Kowal New Delhi")]
    public void ABylineAboveTheStoryIsACreditNotBodyText(string line)
    {
        var extraction = Extract("Summit opens\n" + line + "\nMinister Tom Reyes opened the summit in Lyon on Monday.");
        Assert.Contains(extraction.People, p => p.Name == "Ada Kowal" && p.Credit);
        Assert.DoesNotContain(Assert.Single(extraction.Articles).Blocks, b => b.Text.Contains("Kowal", StringComparison.Ordinal));
    }

    // "Photo: A and B (Agency)": the names before a bracketed source are who the picture shows, never its photographers.
    [Theory]
    [InlineData("Photo: Lena Brandt and Amal Haddad (Harbour Images)")]
    [InlineData("Photos: Lena Brandt, Amal Haddad (WNS)")]
    public void NamesBeforeABracketedSourceAreWhoThePictureShows(string line)
    {
        var extraction = Extract("Summit opens\n" + line + "\nMayor Lena Brandt met Governor Amal Haddad in Tarrow on Sunday.");
        Assert.DoesNotContain(extraction.People, p => p.Credit);
        Assert.Equal(["Amal Haddad", "Lena Brandt"], extraction.People.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("By Ada Kowal and Ivo Rand | Harbour Wire", "Ada Kowal", "reporter")]
    [InlineData("By ADA KOWAL", "Ada Kowal", "reporter")]
    [InlineData("BY ADA KOWAL AND IVO RAND", "Ivo Rand", "reporter")]
    [InlineData("Ada Kowal, Harbour Wire correspondent", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal, Harbour Wire", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal - Harbour Wire", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal / The Tarrow Gazette", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal | Published: August 16, 2025", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal @adakowal", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal, Senior Correspondent", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal Senior Correspondent", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal Updated 10:00 GMT, 16 August 2025", "Ada Kowal", "reporter")]
    [InlineData("Posted by Ada Kowal on August 16, 2025", "Ada Kowal", "reporter")]
    [InlineData("Story by Ada Kowal in New Delhi", "Ada Kowal", "reporter")]
    [InlineData("Credit: Ada Kowal", "Ada Kowal", "photographer")]
    [InlineData("Ada Kowal / POOL / WNS", "Ada Kowal", "reporter")]
    // A picture credit glued by a slash to its agency; a byline with a date in another language after the name.
    [InlineData("Ada Kowal/Harbour Images", "Ada Kowal", "photographer")]
    [InlineData("Ada Kowal/AFP", "Ada Kowal", "photographer")]
    [InlineData("Published by Ada Kowal 7 de julio, 2025", "Ada Kowal", "reporter")]
    [InlineData("by Ada Kowal, with reporting from Tarrow Bureau Staff", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal, with additional reporting by Ivo Rand", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal / HBR25", "Ada Kowal", "reporter")]
    [InlineData("Editorial Cartoon by Ada Kowal, The Tarrow Gazette – Friday August 15, 2025", "Ada Kowal", "cartoonist")]
    [InlineData("Photo by Ada Kowal, The Tarrow Gazette – Friday August 15, 2025", "Ada Kowal", "photographer")]
    [InlineData("Illustration by Ada Kowal, The Tarrow Gazette", "Ada Kowal", "illustrator")]
    [InlineData("Ada Kowal Reporting", "Ada Kowal", "reporter")]
    // The outlet after a comma or a bar, or after "for"; a date after a bullet or a bar; a post that is no one's name.
    [InlineData("Ada Kowal, Nordwire", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal | Nordwire", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal for the Harbour Times", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal for Nordwire", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal • August 16, 2025", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal | 16.08.2025", "Ada Kowal", "reporter")]
    [InlineData("By Ada Kowal, Staff Writer", "Ada Kowal", "reporter")]
    [InlineData("Compiled by Ada Kowal", "Ada Kowal", "reporter")]
    [InlineData("Translated by Ada Kowal", "Ada Kowal", "translator")]
    // A label glued to the name, a month glued after it, a reading time, and labels of editing and picture courtesy.
    [InlineData("ByAda Kowal", "Ada Kowal", "reporter")]
    [InlineData("Ada KowalAugust 16, 2025", "Ada Kowal", "reporter")]
    [InlineData("Ada Kowal • 3 min read", "Ada Kowal", "reporter")]
    [InlineData("Story: Ada Kowal", "Ada Kowal", "reporter")]
    [InlineData("Fact checked by Ada Kowal", "Ada Kowal", "editor")]
    [InlineData("Photo courtesy of Ada Kowal", "Ada Kowal", "photographer")]
    // A contributor's line with no post before the name.
    [InlineData("Ada Kowal contributed to this report.", "Ada Kowal", "reporter")]
    [InlineData("Ivo Rand and Ada Kowal contributed reporting.", "Ada Kowal", "reporter")]
    // A note about the writer, named nowhere in the story.
    [InlineData("Ada Kowal is a correspondent for the Harbour Times. She has covered ports for ten years.", "Ada Kowal", "reporter")]
    public void ABylineInAnyCommonShapeCreditsItsPeopleAndOnlyThem(string line, string name, string role)
    {
        var extraction = Extract("Ports agree on ferry plan\n" + line + "\nMayor Lena Holt met Governor Tom Reyes in Lyon on Monday, officials said.");
        Assert.Contains(extraction.People, p => p.Name == name && p.Credit && p.Role == role);
        // The outlet, the post and the place are not people.
        Assert.All(extraction.People.Where(p => p.Credit), p => Assert.Contains(p.Name, new[] { "Ada Kowal", "Ivo Rand" }));
        Assert.Equal(["Lena Holt", "Tom Reyes"], extraction.People.Where(p => !p.Credit).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Lena Holt, Tom Reyes and the port authority")]
    [InlineData("Kowal presses Rand on ferries")]
    [InlineData("Ada Kowal: the mayor who fixed the ferries")]
    [InlineData("By the numbers")]
    // A newsmaker the story names again, in a caption list's shape.
    [InlineData("Lena Holt, Lyon")]
    // Two names on either side of a slash, with no agency after it.
    [InlineData("Lena Holt/Tom Reyes")]
    // A newsmaker the story names again, described as a former reporter.
    [InlineData("Lena Holt is a former reporter who now runs the port of Lyon.")]
    public void ALineOfNamesWithNothingThatMarksABylineIsNoCredit(string line)
    {
        var extraction = Extract("Ports agree on ferry plan\n" + line + "\nMayor Lena Holt met Governor Tom Reyes in Lyon on Monday, officials said.");
        Assert.DoesNotContain(extraction.People, p => p.Credit);
    }

    // "— Ada Kowal" under the story signs it; the name appears nowhere else.
    [Theory]
    [InlineData("— Ada Kowal")]
    [InlineData("-- Ada Kowal, Nordwire")]
    public void ASignOffUnderTheStoryIsACredit(string line)
    {
        var extraction = Extract("Ports agree on ferry plan\nMayor Lena Holt met Governor Tom Reyes in Lyon on Monday, officials said.\n" + line);
        Assert.Contains(extraction.People, p => p.Name == "Ada Kowal" && p.Credit);
        Assert.DoesNotContain(extraction.People, p => p.Name == "Ada Kowal" && !p.Credit);
    }

    [Theory]
    [InlineData("|August 16 2025")]
    [InlineData("Last Updated : Aug 16 2025, 10:02 am IST")]
    [InlineData("Wire Service Published 16 Aug, 2025 02:05pm")]
    [InlineData("– Ana Ruiz (@anaruiz) August 16, 2025")]
    [InlineData("Publication date: 16.08.2025 09:43")]
    [InlineData("nordwire.example.org -- Saturday, August 16, 2025, 5:27:04 AM Eastern Daylight Time")]
    [InlineData("news.example.com | August 16, 2025")]
    public void APublicationStampIsNoEventButAnchorsTheWeekdays(string stamp)
    {
        var extraction = Extract("Summit opens\n" + stamp + "\nThe leaders met in Lyon on Friday, officials said.");
        Assert.Equal([("2025-08-15", EventStatus.Happened)], extraction.Events.Select(e => (e.Date?.Iso, e.Status)));
    }

    [Fact]
    public void AStampThatNamesItsAuthorStillDatesThePage()
    {
        var extraction = Extract("Summit opens\nUpdated by Ada Kowal at 1516 GMT on Friday 15 August 2025\nThe leaders met in Lyon on Thursday, officials said.");
        Assert.Equal([("2025-08-14", EventStatus.Happened)], extraction.Events.Select(e => (e.Date?.Iso, e.Status)));
    }

    [Fact]
    public void APlaceAndDateBeforeADashIsADatelineNotAnEvent()
    {
        var extraction = Extract("Summit opens\nLyon, France, August 16, 2025 – The leaders met in Lyon on Friday, officials said.");
        Assert.Equal([("2025-08-15", EventStatus.Happened)], extraction.Events.Select(e => (e.Date?.Iso, e.Status)));
    }

    [Fact]
    public void ACaptionInsideTheBodyDatesAPageWithNoStamp()
    {
        var extraction = Extract("Summit opens\nLYON — The leaders met on Monday, officials said.\nTom Reyes speaks at the summit, Monday, June 16, 2025, in Lyon. (WNS Photo/Ada Kowal)\nTalks went on late.");
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2025-06-16" && e.Status == EventStatus.Happened);
        // An archive picture dates nothing.
        var archive = Extract("Summit opens\nLYON — The leaders met on Monday, officials said.\nTom Reyes speaks in Lyon, Monday, June 16, 2019. (WNS Photo/Ada Kowal, File)\nTalks went on late.");
        Assert.DoesNotContain(archive.Events, e => e.Date?.Year == 2019 && e.Date?.Precision == DatePrecision.Day && e.Sentence.Contains("met", StringComparison.Ordinal));
    }

    [Fact]
    public void ADateBeforeTheArticlesOwnIsNeverPlanned()
    {
        var extraction = Extract("Promise revisited\nAugust 16, 2025\nGovernor Ana Ruiz, who promised in 2024 that the bridge would open, said the work goes on.");
        Assert.Contains(extraction.Events, e => e.Date?.Iso == "2024" && e.Status == EventStatus.Happened);
    }

    [Fact]
    public void AnAuthorsNameOverALiveBlogPostIsACreditWhenThePageNeverMentionsThemAgain()
    {
        var extraction = Extract("""
            Summit live: leaders arrive
            Updates
            Ada Kowal
            Ministers gathered in Lyon on Monday for the summit.
            Ivo Rand
            Minister Tom Reyes said the talks would run late.
            """);
        Assert.Contains(extraction.People, p => p.Name == "Ada Kowal" && p.Credit);
        Assert.Contains(extraction.People, p => p.Name == "Ivo Rand" && p.Credit);
    }

    [Fact]
    public void AnEditionNoteIsFurnitureNotAnEvent()
    {
        var extraction = Extract("Summit opens\nMinister Tom Reyes opened the summit in Lyon on Monday, June 2, 2025.\nThis story is from the June 3 2025 edition of The Daily Example.");
        Assert.DoesNotContain(extraction.Events, e => e.Date?.Iso == "2025-06-03");
    }
}
