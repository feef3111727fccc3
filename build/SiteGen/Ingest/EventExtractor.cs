using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>
/// Turns the dates a sentence gives (outside quotes) into timeline events with a status — happened, planned (dated and ahead),
/// proposed (floated with "could", "might") — and finds undated proposals such as "the next meeting could take place in Lisbon".
/// </summary>
internal sealed partial class EventExtractor(WordLists words, DateResolver dates)
{
    [GeneratedRegex(@"\b(?:in|at)\s+(?<place>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?(?:,\s\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)?)")]
    private static partial Regex PlacePattern();

    public IEnumerable<ExtractedEvent> Extract(ParagraphText text, Sentence sentence, IReadOnlyList<Mention> mentions, DateAnchor? dateAnchor, int paragraph, string seed)
    {
        var anchor = dateAnchor?.Date;
        // An article with no date of its own still gives the year of "the 2025 summit ... from August 31": a sentence that
        // names one year lends it to the days it names without one.
        var found = anchor is null && SentenceYear(text, sentence) is { } year
            ? dates.Find(text, sentence, year, anchorIsDay: false)
            : dates.Find(text, sentence, anchor, anchorIsDay: dateAnchor is { IsLowerBound: false });
        var masked = text.Masked[sentence.Start..sentence.End];
        var people = mentions.Select(m => m.Person).Where(p => !p.Credit).Distinct().ToImmutableArray();
        // An entry is only as sure as its least surely named person, each counted by the best way the sentence names them
        // ("Mykola Hrytsenco said that he will meet ..." names him in full).
        var attribution = mentions.Where(m => !m.Person.Credit).GroupBy(m => m.Person).Select(g => g.Min(m => m.Attribution))
            .DefaultIfEmpty(Attribution.Named).Max();
        var sentenceText = ParagraphText.Squeeze(text.Original[sentence.Start..sentence.End]);
        // Only a floated event is a proposal: "could not afford" elsewhere in the sentence is not.
        var proposal = FloatsEvent(text, sentence);
        var dateline = sentence.Start == 0 ? ArticleReader.DatelineLength(text.Original) : 0;
        var saidAt = -1;
        var dated = 0;
        var previousEnd = -1;
        var ordered = found.Where(d => d.Start >= dateline).OrderBy(d => d.Start).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var date = ordered[k];
            // "on Wednesday (Oct. 30)": the date in brackets says which day the weekday is; one happening, dated as printed.
            if (k + 1 < ordered.Count && words.Weekdays.ContainsKey(date.Text.Split(' ')[^1].ToLowerInvariant())
                && text.Masked[date.End..ordered[k + 1].Start].Trim() == "(") continue;
            // "from June 9 to June 11", "August 31–September 1": a range is one happening, dated by its first day.
            var rangeEnd = previousEnd >= 0 && RangeWords.Contains(text.Masked[previousEnd..date.Start].Trim());
            previousEnd = date.End;
            if (rangeEnd) continue;
            // "the Danish leader said Saturday", "Powell said on Wednesday, July 30": when words were said is not an event of the story.
            if (date.Date.Precision == DatePrecision.Day && SaidOn(text, sentence, date) || saidAt >= 0 && text.Masked[saidAt..date.Start].Trim().Trim(',').Trim().Length == 0)
            {
                saidAt = date.End;
                continue;
            }
            // "As of August 11, figures show ...": the moment a statement holds for, not a happening.
            if (NearBefore(text, sentence, date.Start, 2).Trim() is var asOf && (asOf.Equals("as of", StringComparison.OrdinalIgnoreCase) || asOf.Equals("as at", StringComparison.OrdinalIgnoreCase))) continue;
            // "Today almost all pages use scripts": a day counted from the article's names an event only beside a meeting or a visit.
            if (date.Counted && !NamesHappening(sentence)) continue;
            // A plan cue counts for the dates after it ("will publish its budget on Nov. 26"), not for when it was said.
            // "there will be consequences if the war, which began in 2022, goes on": a relative clause has its own tense.
            var clauseStart = ClauseStart(text, sentence, date.Start);
            var future = dates.IsFuture(text.Masked[clauseStart..date.Start]) || HeadlineInfinitive(sentence, clauseStart, date.Start)
                         // "In 2029, we will review the targets": a date that opens its clause takes the tense of the words after it.
                         || sentence.Tokens.Count(t => t.Start >= clauseStart && t.End <= date.Start) <= 1 && dates.IsFuture(NearAfter(text, sentence, date.End, 4));
            // "will travel to Japan in April", said in October: the year the month takes is not the article's, and the text
            // does not say which; the plan stays undated.
            if (!date.HasYear && future && anchor is { } said && Before(date.Date, said)) continue;
            var dayVsAnchor = anchor is { Precision: DatePrecision.Day } a && date.Date.Precision == DatePrecision.Day ? date.Date.CompareTo(a) : (int?)null;
            // After a caption's day is not necessarily ahead of the article: only a plan cue says it is ("The morning of Aug. 16 began ...").
            if (dateAnchor is { IsLowerBound: true } && dayVsAnchor > 0) dayVsAnchor = null;
            // On the anchor day itself the cue must govern the date closely: "will meet ... after a phone call on Thursday" was a call that happened.
            // "later today", "later in the day": ahead of the moment the article was written, whatever the verb.
            var futureToday = dayVsAnchor == 0 && (dates.IsFuture(NearBefore(text, sentence, date.Start, 8))
                                                   || date.Counted && date.Text.StartsWith("later ", StringComparison.OrdinalIgnoreCase));
            // A year after the article's is still ahead, whatever the tense ("next year's summit in Lyon").
            var laterYear = anchor is { } now && date.Date.Year > now.Year && dateAnchor is { IsLowerBound: false };
            // "to spend 3.5% by 2035": a deadline is a target, unless the article has already passed it.
            var deadline = NearBefore(text, sentence, date.Start, 1).Trim().Equals("by", StringComparison.OrdinalIgnoreCase);
            // "the proposed summit would be the first since Geneva in June 2021": a date the article has passed is a happening
            // the proposal is measured against, not the proposal's date.
            // "the first trip since 2015": what a date after "since" names has happened, whatever the article's date.
            var since = NearBefore(text, sentence, date.Start, 10).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("since", StringComparison.OrdinalIgnoreCase));
            var passed = since || anchor is { } then && Before(date.Date, then);
            var status = since ? EventStatus.Happened
                : proposal && !passed ? EventStatus.Proposed
                : dayVsAnchor > 0 || futureToday || laterYear || deadline || future && dayVsAnchor is null ? EventStatus.Planned
                : EventStatus.Happened;
            // A date the article has already passed, at the date's own precision, is never still ahead ("promised in 2024").
            if (status == EventStatus.Planned && anchor is { } past && Before(date.Date, past)) status = EventStatus.Happened;
            var span = TitleSpan(text, sentence, date.Start, date.End);
            dated++;
            yield return new ExtractedEvent(seed, date.Date, status, Title(text, span), sentenceText, paragraph, Place(text, span, mentions), people, attribution);
        }
        // "X is due to fly to Washington on Monday to meet Y" with no date the text can fix: a meeting in the offing, undated.
        // A date that only says when the words were spoken ("said on Tuesday") fixes no date for the meeting.
        if (dated == 0 && !proposal && people.Length > 0 && (PlansMeeting(text, sentence) || SequelMeeting(sentence))) proposal = true;
        // "Leaders will meet on 18 August" in an article that gives no year: a happening still ahead on a day the text does
        // not fix is in the offing, undated.
        if (dated == 0 && !proposal && anchor is null && dates.UnresolvedDay(text, sentence) >= 0
            && dates.IsFuture(text.Masked[sentence.Start..sentence.End]) && NamesHappening(sentence)) proposal = true;
        if (dated == 0 && proposal)
        {
            var span = TitleSpan(text, sentence, -1, -1);
            yield return new ExtractedEvent(seed, null, EventStatus.Proposed, Title(text, span), sentenceText, paragraph, Place(text, span, mentions), people, attribution);
        }
    }

    // A capitalised event noun inside a name is still a happening ("the Harbour Summit"); a capitalised verb is not a verb.
    /// <summary>
    /// "Roe and Doe to hold talks in 2026": a headline's "to" with a meeting verb straight after a name, no finite verb
    /// before it, is a plan.
    /// </summary>
    private bool HeadlineInfinitive(Sentence sentence, int from, int to)
    {
        var tokens = sentence.Tokens.Where(t => t.Start >= from && t.End <= to).ToList();
        for (var j = 1; j + 1 < tokens.Count; j++)
        {
            if (tokens[j].Lower != "to" || !tokens[j - 1].Capitalised || !words.EventVerbs.Contains(tokens[j + 1].Lower)) continue;
            return !tokens.Take(j).Any(t => !t.Capitalised && (words.SpeechVerbs.Contains(t.Lower) || words.PastEventVerbs.Contains(t.Lower)
                                                              || t.Lower is "is" or "are" or "was" or "were" or "has" or "have" or "had"));
        }
        return false;
    }

    /// <summary>Where the clause holding the offset starts: after the last ", which", ", who" or ", where" before it, else the sentence start.</summary>
    private static int ClauseStart(ParagraphText text, Sentence sentence, int offset)
    {
        var start = sentence.Start;
        foreach (var t in sentence.Tokens)
        {
            if (t.Start >= offset) break;
            if (t.Lower is "which" or "who" or "where" && text.Masked[start..t.Start].TrimEnd().EndsWith(',')) start = t.Start;
        }
        return start;
    }

    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "to", "until", "till", "through", "-", "\u2013", "\u2014" };

    private bool NamesHappening(Sentence sentence) =>
        sentence.Tokens.Any(t => words.EventNouns.Contains(t.Lower) || !t.Capitalised && (words.HistoryNouns.Contains(t.Lower) || words.EventVerbs.Contains(t.Lower) || words.PastEventVerbs.Contains(t.Lower)));

    /// <summary>
    /// The one year a sentence names outside quotes, as a year-precision date, or null when it names none or several. A year
    /// after "since" ("a war raging since early 2019") is where something began, not the time the sentence's days fall in.
    /// </summary>
    private static PartialDate? SentenceYear(ParagraphText text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        bool AfterSince(int k) => k >= 1 && tokens[k - 1].Lower == "since" || k >= 2 && tokens[k - 2].Lower == "since";
        var years = tokens.Where((t, k) => !AfterSince(k) && t.Text.Length == 4 && t.Text.All(char.IsAsciiDigit) && t.Text[0] is '1' or '2')
            .Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y is >= 1900 and <= 2100).Distinct().ToList();
        return years.Count == 1 ? new PartialDate(years[0]) : null;
    }

    private static bool Before(PartialDate date, PartialDate anchor) =>
        date.Year < anchor.Year
        || date.Year == anchor.Year && date.Precision != DatePrecision.Year && anchor.Precision != DatePrecision.Year
           && (date.Month < anchor.Month || date.Precision == DatePrecision.Day && anchor.Precision == DatePrecision.Day && date.Month == anchor.Month && date.Day < anchor.Day);

    private bool SaidOn(ParagraphText text, Sentence sentence, DateMention date)
    {
        var before = sentence.Tokens.Where(t => t.End <= date.Start).TakeLast(2).ToList();
        if (before.Count > 0 && before[^1].Lower == "on") before.RemoveAt(before.Count - 1);
        // Only a verb in the past or third person: "a phone call on Thursday" is a noun and an event.
        return before.Count > 0 && !before[^1].Capitalised && words.SpeechVerbs.Contains(before[^1].Lower)
               && (before[^1].Lower.EndsWith("ed", StringComparison.Ordinal) || before[^1].Lower is "said" or "says" or "told" or "tells" or "wrote" or "writes")
               && text.Masked[before[^1].End..date.Start].All(c => c is ' ' || char.IsLetter(c));
    }

    private static string NearAfter(ParagraphText text, Sentence sentence, int offset, int tokenCount)
    {
        var after = sentence.Tokens.Where(t => t.Start >= offset).Take(tokenCount).ToList();
        return after.Count == 0 ? "" : text.Masked[offset..after[^1].End];
    }

    private static string NearBefore(ParagraphText text, Sentence sentence, int offset, int tokenCount)
    {
        var before = sentence.Tokens.Where(t => t.End <= offset).TakeLast(tokenCount).ToList();
        return before.Count == 0 ? "" : text.Masked[before[0].Start..offset];
    }

    /// <summary>
    /// A plan cue ("is due to", "will", "plans to") governing a meeting verb or noun within a few words before it, or a
    /// time still ahead that fixes no date ("to visit Washington next week") a few words after it.
    /// </summary>
    private bool PlansMeeting(ParagraphText text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Capitalised || !words.EventVerbs.Contains(tokens[i].Lower) && !words.EventNouns.Contains(tokens[i].Lower)) continue;
            // A quotation between the cue and the noun ends the cue's clause: "will open a '...,' describing the talks as ...".
            var cueStart = tokens[Math.Max(0, i - 6)].Start;
            var quoteEnd = text.Masked.LastIndexOf(ParagraphText.Mask, tokens[i].Start, tokens[i].Start - cueStart);
            if (quoteEnd >= 0) cueStart = quoteEnd + 1;
            if (dates.IsFuture(text.Masked[cueStart..tokens[i].Start])) return true;
            // "to visit Washington next week"; "a meeting with X scheduled for August 15", a cue after the noun in its clause.
            if (PhraseFollows(text, tokens, i, 10, words.FutureTimes)) return true;
            if (words.EventNouns.Contains(tokens[i].Lower) && PhraseFollows(text, tokens, i, 8, words.ScheduleCues)) return true;
        }
        return false;
    }

    /// <summary>Whether one of the phrases starts among the few tokens after token <paramref name="at"/>, before a comma.</summary>
    private static bool PhraseFollows(ParagraphText text, IReadOnlyList<Token> tokens, int at, int window, IReadOnlySet<string> phrases)
    {
        var after = new List<string>();
        for (var k = at + 1; k < tokens.Count && k <= at + window && !text.Masked[tokens[k - 1].End..tokens[k].Start].Contains(','); k++)
        {
            after.Add(tokens[k].Lower);
        }
        for (var j = 0; j < after.Count; j++)
        {
            for (var n = 1; n <= 5 && j + n <= after.Count; n++)
            {
                if (phrases.Contains(string.Join(' ', after.Skip(j).Take(n)))) return true;
            }
        }
        return false;
    }

    /// <summary>An event noun near a proposal cue: "the next meeting could take place", "a meeting could be arranged", "possible talks".</summary>
    /// <summary>"a follow-up meeting with both leaders", "further talks": a meeting named as one still to come, in a sentence
    /// with no past-tense verb of happening (was, were, held, met).</summary>
    private bool SequelMeeting(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        bool Happened(int k) => TellsPastHappening(tokens, k);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!words.SequelWords.Contains(tokens[i].Lower)) continue;
            // "the next meeting was held in Rome", "they met for a second round": a past verb governing the meeting, near
            // before it or anywhere after; "said there was a chance ..., but floated a second meeting" is still ahead.
            if (Enumerable.Range(Math.Max(0, i - 6), tokens.Count - Math.Max(0, i - 6)).Any(Happened)) continue;
            for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
            {
                if (words.EventNouns.Contains(tokens[j].Lower)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> tells a happening in the past: "was", "were", "met", "took", "had", or "held"
    /// (not "will be held", a passive still ahead).
    /// </summary>
    private static bool TellsPastHappening(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Lower is "was" or "were" or "met" or "took" or "had"
        || tokens[k].Lower == "held" && (k == 0 || tokens[k - 1].Lower != "be");

    /// <summary>
    /// Whether an event noun follows the cue at <paramref name="at"/> within four words in the same clause, the words between
    /// being no verbs: names, "of a", modifiers such as "three-way" or "bilateral".
    /// </summary>
    private bool QualifiesEventNoun(ParagraphText text, IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at + 1; k < tokens.Count && k <= at + 4; k++)
        {
            if (text.Masked[tokens[k - 1].End..tokens[k].Start].Any(c => c is ',' or ';' or ':' or '(' or '\u2014')) return false;
            var t = tokens[k];
            if (!t.Capitalised && words.EventNouns.Contains(t.Lower)) return true;
            if (!t.Capitalised && (words.EventVerbs.Contains(t.Lower) || words.SpeechVerbs.Contains(t.Lower) || words.ClauseOpeners.Contains(t.Lower)
                || words.ProposalCues.Contains(t.Lower) || t.Lower is "and" or "or" or "to" or "is" or "are" or "was" or "were" or "be")) return false;
        }
        return false;
    }

    private bool FloatsEvent(ParagraphText text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Capitalised) continue;
            // "Roe is ready to meet Doe", "Doe agreed to visit the port": the will to meet floats a meeting.
            if (words.ReadinessWords.Contains(tokens[i].Lower) && i + 1 < tokens.Count && tokens[i + 1].Lower == "to"
                && MeetingVerbAt(tokens, i + 2)) return true;
            // "there could be a meeting", "there can be a three-way summit": an existential modal floats the event it introduces.
            if (i > 0 && i + 1 < tokens.Count && tokens[i - 1].Lower == "there" && tokens[i + 1].Lower == "be"
                && (words.ProposalCues.Contains(tokens[i].Lower) || tokens[i].Lower == "can") && QualifiesEventNoun(text, tokens, i + 1)) return true;
            if (!words.ProposalCues.Contains(tokens[i].Lower)) continue;
            // "Doe could meet Roe", "she might soon visit Tarrow": a modal governing a meeting verb.
            if (MeetingVerbAt(tokens, i + 1)) return true;
            // "a possible meeting", "proposed talks", "a possible Petrov-Koval meeting", "the possibility of a bilateral
            // meeting": the cue qualifies the event noun itself, across the few words that say whose or what kind it is.
            if (QualifiesEventNoun(text, tokens, i)) return true;
            // "the next meeting could take place", "a meeting could be arranged": an event noun before, a happening verb after.
            var nounBefore = false;
            for (var j = Math.Max(0, i - 4); j < i; j++) nounBefore |= words.EventNouns.Contains(tokens[j].Lower);
            if (!nounBefore) continue;
            for (var j = i + 1; j <= Math.Min(tokens.Count - 1, i + 2); j++)
            {
                var one = tokens[j].Lower;
                var two = j + 1 < tokens.Count ? one + " " + tokens[j + 1].Lower : one;
                if (words.EventVerbs.Contains(one) || words.EventVerbs.Contains(two)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a meeting verb stands at <paramref name="at"/>, after at most two adverbs ("soon", "eventually"), with
    /// someone or somewhere to meet: a name, "with", "to" and a name, or a meeting noun ("host the summit"). "could meet
    /// demand" and "could hold the line" name no meeting.
    /// </summary>
    private bool MeetingVerbAt(IReadOnlyList<Token> tokens, int at)
    {
        for (var skipped = 0; at < tokens.Count && skipped < 2 && !words.EventVerbs.Contains(tokens[at].Lower)
             && (tokens[at].Lower.EndsWith("ly", StringComparison.Ordinal) || words.FloatAdverbs.Contains(tokens[at].Lower)); skipped++) at++;
        if (at + 1 >= tokens.Count || tokens[at].Capitalised || !words.EventVerbs.Contains(tokens[at].Lower)) return false;
        var next = tokens[at + 1];
        if (next.Capitalised || next.Lower == "with") return true;
        if (next.Lower == "to" && at + 2 < tokens.Count && tokens[at + 2].Capitalised) return true;
        for (var k = at + 1; k < tokens.Count && k <= at + 3; k++)
        {
            if (!tokens[k].Capitalised && words.EventNouns.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>The first "in/at Place" of the words the title is made of, so "since 2019" does not inherit the lede's "in Lyon".</summary>
    private string? Place(ParagraphText text, (int Start, int End) span, IReadOnlyList<Mention> mentions)
    {
        var masked = text.Masked[span.Start..span.End];
        foreach (Match m in PlacePattern().Matches(masked))
        {
            var place = m.Groups["place"];
            var start = span.Start + place.Index;
            var end = start + place.Length;
            if (mentions.Any(x => x.Start < end && x.End > start)) continue;
            var parts = place.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Any(p => words.Months.ContainsKey(p.ToLowerInvariant()) || words.Weekdays.ContainsKey(p.ToLowerInvariant())
                               || words.OrganisationWords.Contains(p.ToLowerInvariant()) || words.ClauseStarters.Contains(p.ToLowerInvariant())
                               || words.Titles.Contains(p.ToLowerInvariant()))) continue;
            return text.Original[start..end];
        }
        return null;
    }

    /// <summary>The clause that carries the date, widened to a neighbouring clause when it is too short to say anything.</summary>
    private (int Start, int End) TitleSpan(ParagraphText text, Sentence sentence, int dateStart, int dateEnd)
    {
        var masked = text.Masked;
        var clauses = new List<(int Start, int End)>();
        // A dateline ("DOHA, Qatar (WNS) — ") opens the first sentence but is not part of what happened.
        var s = sentence.Start == 0 ? ArticleReader.DatelineLength(text.Original) : sentence.Start;
        for (var i = s; i < sentence.End; i++)
        {
            if (masked[i] == ',' && i + 1 < sentence.End && masked[i + 1] == ' ')
            {
                clauses.Add((s, i));
                s = i + 2;
            }
        }
        clauses.Add((s, sentence.End));
        if (dateStart < 0) return (clauses[0].Start, sentence.End);
        {
            var index = clauses.FindIndex(c => dateStart >= c.Start && dateStart < c.End);
            if (index < 0) index = 0;
            var (start, end) = clauses[index];
            dateStart = Math.Max(dateStart, start);
            dateEnd = Math.Max(dateEnd, dateStart);
            // "..., said Warsaw would present its plan in September": a clause that opens on the speech verb needs its speaker.
            var firstWord = Regex.Match(text.Original[start..end], @"\p{L}+").Value;
            if (index > 0 && words.SpeechVerbs.Contains(firstWord)) start = clauses[0].Start;
            var wordsOutsideDate = Regex.Matches(text.Original[start..dateStart] + " " + text.Original[Math.Min(dateEnd, end)..end], @"\p{L}+").Count;
            if (wordsOutsideDate < 4)
            {
                if (index > 0) start = clauses[0].Start;
                else if (clauses.Count > 1) end = clauses[1].End;
            }
            return (start, end);
        }
    }

    private static string Title(ParagraphText text, (int Start, int End) span)
    {
        var result = ParagraphText.Squeeze(text.Original[span.Start..span.End]).TrimEnd('.', ',', ' ');
        result = result[ArticleReader.DatelineLength(result)..];
        result = Regex.Replace(result, @"^(?:and|but|while|as)\s+", "", RegexOptions.IgnoreCase);
        result = ParagraphText.Shorten(result, 120);
        return result.Length > 0 ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }
}
