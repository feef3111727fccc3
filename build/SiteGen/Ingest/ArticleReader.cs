using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>A body block of an article: a paragraph, or a subheading (which paragraph numbers skip).</summary>
public sealed record ArticleBlock(string Text, bool IsHeading)
{
    /// <summary>In a broadcast transcript, the newsmaker whose turn this paragraph is ("PRESIDENT TOM GRANT: ...").</summary>
    public TranscriptTurn? Turn { get; init; }
}

/// <summary>A newsmaker's turn in a transcript: who (name and the title printed with it) and where their words start.</summary>
public sealed record TranscriptTurn(string Name, string? Role, int TextStart)
{
    /// <summary>The label printed a family name only ("MR ROE:"): the turn is the person's, at the surname's level of sureness.</summary>
    public bool SurnameOnly { get; init; }
}

/// <summary>A name from a credit line, with the role the label gives ("reporter", "photographer", "editor").</summary>
public sealed record Credit(string Name, string Role, bool IsPerson);

/// <summary>A seed split into its parts: headline, caption and its credit, credit lines, body blocks.</summary>
internal sealed record ArticleParts(
    string Seed,
    string? Headline,
    string? Caption,
    string? CaptionCredit,
    ImmutableArray<Credit> Credits,
    ImmutableArray<ArticleBlock> Blocks,
    string? DatelineOutlet,
    ImmutableArray<string> Boilerplate)
{
    /// <summary>A "Published: ..." or "Updated ..." line, when the scrape kept one: the fallback anchor for relative dates.</summary>
    public string? Published { get; init; }

    /// <summary>The month and day of a wire dateline ("LONDON, Sept 2 (Wire) -"), which gives no year.</summary>
    public string? DatelineDate { get; init; }

    /// <summary>Where the article was published: a "URL: ..." line or a line holding only a web address (http or https).</summary>
    public string? Url { get; init; }

    public IEnumerable<string> Paragraphs => Blocks.Where(b => !b.IsHeading).Select(b => b.Text);

    /// <summary>For each paragraph, the subheading printed right before it, if any ("What the mayor said").</summary>
    public IEnumerable<string?> HeadingsBefore => Blocks.Select((b, i) => (b, i)).Where(x => !x.b.IsHeading)
        .Select(x => x.i > 0 && Blocks[x.i - 1].IsHeading ? Blocks[x.i - 1].Text : null);

    /// <summary>For each paragraph, the transcript turn it is, if any.</summary>
    public IEnumerable<TranscriptTurn?> Turns => Blocks.Where(b => !b.IsHeading).Select(b => b.Turn);
}

/// <summary>Reads the structure of a scraped article: caption with its /AGENCY or (Photo) credit, Reporter:/Photo:/Editor: lines, subheadings and paragraphs.</summary>
internal sealed partial class ArticleReader(WordLists words, BoilerplateFilter boilerplate, DateResolver dates)
{
    private readonly PublicationStamps _stamps = new(words, dates);
    private readonly CreditLines _creditLines = new(words);

    [GeneratedRegex(@"^(?<caption>.*?[.!?""”’)])\s*/\s*(?<credit>\p{Lu}[\p{L}\p{Nd}&.\- ]{0,40})$")]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"^(?<caption>.*?)\s*\((?<credit>[^()]*\b(?:Photo|Image|Picture|Credit)\b[^()]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedCredit();

    [GeneratedRegex(@"^(?:Image|Photo|Picture)?\s*caption\s*[,:]\s*(?<caption>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}]*\s+){0,3}(?:Images|Photos?|Pictures?)$|^\p{Lu}{2,6}$")]
    private static partial Regex PictureCredit();

    // "LYON, June 3 (Wire) — ", and the credit alone: "(Wire) -- ".
    [GeneratedRegex(@"^(?:(?<place>\p{Lu}{2,}[\p{L} .,'\-]{0,40}?)(?:,\s*(?<date>[\p{L}.]+\s+\d{1,2}))?\s*)?\((?<outlet>[\p{L} .&]{2,30})\)\s*[-—–]+\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:image|photo|picture)\s*:\s*(?<caption>.{20,}?)\s*(?:photograph|photo|picture|image|credit)s?(?:\s+by)?\s*:\s*(?<credit>[^:]{2,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCaptionWithCredit();

    // "(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)": a transcript's stage directions.
    [GeneratedRegex(@"^\((?:[\p{Lu}\p{Nd} ,.'\-]+)\)$")]
    private static partial Regex StageDirection();

    // "URL: https://...", "Source: https://...", or the address alone on its line: where the page came from, not body text.
    [GeneratedRegex(@"^(?:(?:source\s+)?(?:url|link|source)\s*:\s*)?(?<url>https?://[^\s<>""]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    // A photographer in a picture credit: "(WNS Photo/Jane Roe)", "(WNS Photo/Jane Roe, File)", "Photo: AGENCY/Jane Roe",
    // "Source: Jane Roe/AGENCY". The agency is an acronym or a capitalised word; the person a name of two to four words.
    [GeneratedRegex(@"\((?:\p{Lu}[\p{L}&.]*\s+)?(?:Photos?|Images?|Pictures?)\s*/\s*(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){1,3}?)\s*(?:[,/][^)]*)?\)|\b(?:Photo|Image|Picture|Source|Credit)s?\s*:\s*(?:\p{Lu}[\p{Lu}\p{Nd}&.]{1,10}\s*/\s*(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){1,3}?)|(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){1,3}?)\s*/\s*\p{Lu}[\p{Lu}\p{Nd}&. ]{1,20}?)(?:\s*/\s*\p{Lu}[\p{Lu}\p{Nd}&. ]{1,20}?)*\s*\.?$")]
    private static partial Regex PictureCreditName();

    [GeneratedRegex(@"^(?:Updated|Published|Posted|Written|Edited)\s+by\s+(?<names>\p{Lu}[\p{L}\p{M}.'’\- ]+?)\s+(?:at|on)\s+\d")]
    private static partial Regex StampedByLine();

    [GeneratedRegex(@"\b(?:photo(?:graph)?|picture|image)s?\s+by\s+(?<name>\p{Lu}[^/;,()]*?)\s*(?:/|\bvia\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCreditName();

    public ArticleParts Read(SeedText seed)
    {
        var clean = ReferenceEquals(boilerplate, BoilerplateFilter.Default) && seed.Cleaned is { } cleaned && ReferenceEquals(cleaned.Source, seed.Text)
            ? cleaned.Lines : boilerplate.Clean(seed.Text);
        var lines = clean.Lines.ToList();
        var credits = new List<Credit>();
        var rest = new List<string>();
        string? published = null;
        string? url = null;
        string? labelledCaption = null;
        string? labelledCredit = null;
        foreach (var line in lines)
        {
            if (PictureCreditName().Match(line) is { Success: true } picture) _creditLines.Add(picture.Groups["name"].Value, "photographer", credits);
            else _creditLines.ReadPictureCreditAtEnd(line, credits);
            if (StampedByLine().Match(line) is { Success: true } stamped)
            {
                _creditLines.Add(stamped.Groups["names"].Value, "reporter", credits);
                // "... at 1516 EAT on Friday 15 August 2025": the stamp's date is when the page came out.
                published ??= line[(stamped.Groups["names"].Index + stamped.Groups["names"].Length)..];
                continue;
            }
            if (UrlLine().Match(line.Trim()) is { Success: true } address)
            {
                url ??= address.Groups["url"].Value;
                continue;
            }
            if (_stamps.Read(line) is { } stamp)
            {
                // "Ana Roe | Published: August 16, 2025": a stamp can carry the byline too.
                _creditLines.TryReadByline(line, credits, lines);
                // A stamp with a year says when the page came out; one without ("Lyon, August 16") only repeats the day.
                if (stamp) published ??= line;
                continue;
            }
            // "IMAGE: Leaders pose for a photo ... Photograph: Jane Roe/Agency": a caption with its credit on one line.
            if (LabelledCaptionWithCredit().Match(line) is { Success: true } labelled)
            {
                _creditLines.Add(labelled.Groups["credit"].Value, "photographer", credits);
                labelledCaption ??= labelled.Groups["caption"].Value.Trim();
                labelledCredit ??= labelled.Groups["credit"].Value.Trim();
                continue;
            }
            if (_creditLines.TryReadByline(line, credits, lines)) continue;
            if (_creditLines.TryRead(line, credits)) continue;
            if (_creditLines.TryReadAuthorNote(line, credits, lines)) continue;
            rest.Add(line);
        }

        // Some scrapes put "Image caption," on its own line and the caption on the next.
        for (var i = 0; i + 1 < rest.Count; i++)
        {
            if (CaptionLabel().Match(rest[i]) is { Success: true } label && label.Groups["caption"].Value.Trim().Length == 0)
            {
                rest[i] = rest[i].TrimEnd() + " " + rest[i + 1];
                rest.RemoveAt(i + 1);
            }
        }

        string? headline = null;
        var caption = labelledCaption;
        var captionCredit = labelledCredit;
        ReadHeaderBlock(rest, credits, ref caption, ref captionCredit);
        var index = 0;
        // A caption can come first, or after a headline; a credited caption is recognised before a short line counts as a headline.
        if (caption is null && rest.Count > 1 && TryReadCaption(rest[0], out caption, out captionCredit)) index = 1;
        else if (rest.Count > 1 && IsHeadingLike(rest[0]))
        {
            headline = rest[0];
            index = 1;
            if (caption is null && rest.Count > 2 && TryReadCaption(rest[1], out caption, out captionCredit)) index = 2;
        }

        var blocks = new List<ArticleBlock>();
        var body = rest.Skip(index).Where(line => !StageDirection().IsMatch(line)).ToList();
        var (turns, labelOnly, hosts) = new TranscriptReader(words).Read(body, headline);
        // A host labelled on every turn is one credit, however many turns name them.
        foreach (var host in hosts) if (!credits.Contains(host)) credits.Add(host);
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (labelOnly[i]) continue;
            // A subheading in title case between a speaker's lines ("Trade and Security") is the page's, not the speaker's.
            if (turns[i] is { } turn && !(turn.TextStart == 0 && IsTitleCaseHeading(line)))
            {
                blocks.Add(new ArticleBlock(line, false) { Turn = turn });
                continue;
            }
            // Further photo captions inside the article ("... (WNS Photo/Name)", "... /AGENCY") are not body text. With no
            // publication stamp, the first one's date is the day the article is no earlier than, as a caption's on top is;
            // an archive picture ("..., File)") dates nothing.
            if (ParenthesisedCredit().Match(line) is { Success: true } inBody)
            {
                if (caption is null && published is null && !inBody.Groups["credit"].Value.Contains("File", StringComparison.Ordinal))
                {
                    (caption, captionCredit) = (inBody.Groups["caption"].Value.Trim(), inBody.Groups["credit"].Value.Trim());
                }
                continue;
            }
            if (SlashCredit().IsMatch(line) || CaptionLabel().IsMatch(line)) continue;
            var heading = blocks.Count > 0 && IsHeadingLike(line) && i + 1 < body.Count;
            blocks.Add(new ArticleBlock(line, heading));
        }

        // "(Photo by Jane Roe/POOL/AFP via Getty Images)": the photographer named in a caption's credit is credited too.
        if (captionCredit is not null && !ReferenceEquals(captionCredit, labelledCredit) && CaptionCreditName().Match(captionCredit) is { Success: true } byName)
        {
            _creditLines.Add(byName.Groups["name"].Value, "photographer", credits);
        }

        string? datelineOutlet = null;
        string? datelineDate = null;
        var first = blocks.FirstOrDefault(b => !b.IsHeading);
        if (first is not null && Dateline().Match(first.Text) is { Success: true } d)
        {
            datelineOutlet = d.Groups["outlet"].Value.Trim();
            datelineDate = d.Groups["date"].Success ? d.Groups["date"].Value : null;
        }
        else if (first is not null && DatedDateline(first.Text) is { } dated) datelineDate = dated.Groups["date"].Value;

        return new ArticleParts(seed.FileName, headline, caption, captionCredit, [.. credits], [.. blocks], datelineOutlet, [.. clean.Removed]) { Published = published, DatelineDate = datelineDate, Url = url };
    }

    /// <summary>
    /// The lines above the first sentence of a scraped page can hold a byline ("Anthony Zurcher" / "North America correspondent")
    /// and a picture credit with its caption ("Getty Images" / "The two leaders greeted each other"); they are not body text.
    /// </summary>
    private void ReadHeaderBlock(List<string> lines, List<Credit> credits, ref string? caption, ref string? captionCredit)
    {
        // A byline alone on its line ("Jane Roe", "Jane Roe New Delhi"), above the story or over a post in a live blog: a
        // given name and one or two more name words, or any two or three name words before a place; a name the rest of the
        // page never mentions again, as a byline's is not.
        for (var i = 1; i < lines.Count - 1; i++)
        {
            if (BylineAlone(lines[i], lines, i) is { } byline)
            {
                credits.Add(new Credit(byline, "reporter", true));
                lines.RemoveAt(i);
                // "Jane Roe" then "North America correspondent": the byline's role line goes with it.
                if (FewWords(lines[i], 6) is { } role && role.Any(w => words.JournalistWords.Contains(w.ToLowerInvariant())) && !".!?".Contains(lines[i][^1], StringComparison.Ordinal)) lines.RemoveAt(i);
                i--;
            }
        }
        var header = lines.FindIndex(l => ".!?\"”’".Contains(l[^1], StringComparison.Ordinal));
        if (header < 0) header = lines.Count;
        for (var i = 0; i < Math.Min(header, lines.Count - 1); i++)
        {
            var isName = FewWords(lines[i], 4) is { Length: >= 2 } words2 && words2.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.'));
            if (isName && FewWords(lines[i + 1], 6) is { } next && next.Any(w => words.JournalistWords.Contains(w.ToLowerInvariant())))
            {
                credits.Add(new Credit(lines[i], "reporter", true));
                lines.RemoveRange(i, 2);
                header -= 2;
                i--;
                continue;
            }
            if (caption is null && PictureCredit().IsMatch(lines[i]) && i + 1 < lines.Count - 1)
            {
                captionCredit = lines[i];
                caption = lines[i + 1];
                lines.RemoveRange(i, 2);
                header -= 2;
                i--;
            }
        }
    }

    /// <summary>
    /// The line's words when it has at most <paramref name="max"/>, else null: a test for a short line that reads no further
    /// than the words it needs, since a paragraph of megabytes split into words held them all at once.
    /// </summary>
    private static string[]? FewWords(string line, int max)
    {
        var found = new List<string>(max);
        foreach (var range in line.AsSpan().Split(' '))
        {
            if (line.AsSpan()[range].IsEmpty) continue;
            if (found.Count == max) return null;
            found.Add(line[range]);
        }
        return [.. found];
    }

    private string? BylineAlone(string line, List<string> lines, int at)
    {
        if (FewWords(line, 5) is not { Length: >= 2 } parts || !parts.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))) return null;
        var place = parts.Length >= 3 && words.Places.Contains(string.Join(' ', parts[^2..]).ToLowerInvariant()) ? 2
            : parts.Length >= 3 && words.Places.Contains(parts[^1].ToLowerInvariant()) ? 1 : 0;
        var name = parts[..^place];
        if (name.Length is < 2 or > 3) return null;
        // A subheading in capitals ("ROE PRESSES OSLO") looks like a name and a place: in capitals, only a given name opens a byline.
        if ((place == 0 || line.Where(char.IsLetter).All(char.IsUpper)) && !words.GivenNames.Contains(name[0].ToLowerInvariant())) return null;
        if (name.Any(w => words.Titles.Contains(w.ToLowerInvariant()) || words.OrganisationWords.Contains(w.ToLowerInvariant())
                          || words.Places.Contains(w.ToLowerInvariant()) || words.ClauseStarters.Contains(w.ToLowerInvariant()))) return null;
        var surname = name[^1];
        for (var j = 0; j < lines.Count; j++)
        {
            if (j != at && lines[j].Contains(surname, StringComparison.Ordinal)) return null;
        }
        return string.Join(' ', name);
    }

    /// <summary>How many characters a leading dateline ("WASHINGTON (WNS) — ") takes, or 0.</summary>
    public static int DatelineLength(string text) =>
        Dateline().Match(text) is { Success: true } m ? m.Length : DatedDateline(text) is { } dated ? dated.Length
        : NumericDateline().Match(text) is { Success: true } n ? n.Length : 0;

    /// <summary>
    /// "The Hague. 23.06.2025 ", "Lyon 25/06/2025 – ", "11:51 GMT 14.08.2025 ": a place or a clock time, then a date in
    /// figures, opening the paragraph. Figures in that order open no sentence of a story.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3}|\d{1,2}:\d{2}(?:\s+\p{Lu}{2,4})?)[.,]?\s+)?\d{1,2}[./]\d{1,2}[./]\d{4}\b(?:\s*[-—–:|])?\s*")]
    private static partial Regex NumericDateline();

    /// <summary>"Lyon, France, August 16, 2025 – ": a place and a month-and-day date before a dash, with no outlet.</summary>
    private static Match? DatedDateline(string text) =>
        PlaceDateDash().Match(text) is { Success: true } m && WordLists.Default.Months.ContainsKey(m.Groups["month"].Value.ToLowerInvariant()) ? m : null;

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'\-]+(?:,?\s+\p{Lu}[\p{L}.'\-]+){0,3}),\s*(?<date>(?<month>\p{L}{3,9})\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*[-—–]+\s+")]
    private static partial Regex PlaceDateDash();

    private static bool IsTitleCaseHeading(string line)
    {
        if (!IsHeadingLike(line)) return false;
        var longWords = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
        return longWords.Count > 0 && longWords.All(w => char.IsUpper(w[0]));
    }

    /// <summary>A subheading or headline: a short line without closing punctuation.</summary>
    private static bool IsHeadingLike(string line)
    {
        if (line.Length == 0 || !char.IsUpper(line[0]) && !char.IsDigit(line[0])) return false;
        if (".!?:;,\"”’')".Contains(line[^1], StringComparison.Ordinal)) return false;
        var wordCount = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return wordCount is >= 2 and <= 16 && line.Length <= 120;
    }

    private bool TryReadCaption(string line, out string? caption, out string? credit)
    {
        if (CaptionLabel().Match(line) is { Success: true } labelled)
        {
            caption = labelled.Groups["caption"].Value.Trim();
            credit = null;
            return caption.Length > 0;
        }
        if (SlashCredit().Match(line) is { Success: true } slash)
        {
            caption = slash.Groups["caption"].Value.Trim();
            credit = slash.Groups["credit"].Value.Trim();
            return true;
        }
        if (ParenthesisedCredit().Match(line) is { Success: true } paren)
        {
            caption = paren.Groups["caption"].Value.Trim();
            credit = paren.Groups["credit"].Value.Trim();
            return true;
        }
        // A photo caption without a credit: one sentence that ends on a full calendar date, as captions do and ledes rarely do.
        caption = null;
        credit = null;
        // A dateline or a speech verb marks the lede ("WASHINGTON (WNS) — X said on ... July 28, 2025."), not a caption.
        if (DatelineLength(line) > 0) return false;
        var text = new ParagraphText(line, words);
        if (text.Sentences.Count != 1 || text.Quotes.Count > 0) return false;
        if (text.Tokens.Any(t => !t.Capitalised && words.SpeechVerbs.Contains(t.Lower))) return false;
        // Captions describe the picture in the present ("shake hands", "pose for photos"); "visited Oslo on March 3, 2025." is a lede.
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var t = text.Tokens[i];
            var passive = i > 0 && text.Tokens[i - 1].Lower is "is" or "are" or "was" or "were" or "be" or "been" or "being";
            if (!t.Capitalised && t.Text.Length >= 5 && t.Lower.EndsWith("ed", StringComparison.Ordinal) && !passive) return false;
        }
        var found = dates.Find(text, text.Sentences[0], anchor: null).LastOrDefault();
        if (found is null || found.Date.Precision != Content.DatePrecision.Day || !found.HasYear) return false;
        var tail = line[found.End..].Trim();
        if (tail is not ("." or "")) return false;
        caption = line;
        return true;
    }
}
