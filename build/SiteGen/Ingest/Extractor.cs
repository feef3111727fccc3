using System.Collections.Immutable;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>The ingest stage's extraction: seed files in, articles, people, quotes, events and claims out. Writes nothing.</summary>
public sealed partial class Extractor
{
    private readonly WordLists _words;
    private readonly DateResolver _dates;
    private readonly ArticleReader _reader;
    private readonly PersonFinder _finder;
    private ImmutableArray<KnownPerson> _known = [];

    /// <summary>What this extractor's runs did, counted for tests of growth (issue #23).</summary>
    internal ExtractionWork Work { get; } = new();

    public Extractor()
        : this(WordLists.Default)
    {
    }

    /// <summary>An extractor that attributes with the people already in content/ before it proposes new ones.</summary>
    public Extractor(ImmutableArray<KnownPerson> known)
        : this(WordLists.Default) => _known = known;

    internal Extractor(WordLists words)
    {
        _words = words;
        _dates = new DateResolver(words);
        _reader = new ArticleReader(words, BoilerplateFilter.Default, _dates);
        _finder = new PersonFinder(words);
    }

    /// <summary>Lists the seed files of the given files and folders (a folder contributes its *.txt), in a stable order.</summary>
    public static IReadOnlyList<string> SeedFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal));
            else files.Add(path);
        }
        return files;
    }

    /// <summary>Reads and extracts every file; a file that cannot be used is reported once and skipped.</summary>
    public Extraction ExtractFiles(IEnumerable<string> files, string displayRoot)
    {
        var bag = new DiagnosticBag();
        return Extract(new SeedSequence(files, displayRoot, bag), bag);
    }

    public Extraction Extract(IEnumerable<SeedText> seeds, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var parts = new List<ArticleParts>();
        var headers = new List<SeedHeader>();
        var displayPaths = new List<string>();
        var paragraphs = new List<List<ParagraphText>>();
        // The seeds' read errors come first and then the seeds extraction had to skip, in the seeds' order, as when every
        // seed was read first.
        var skipped = new List<(int Seed, Diagnostic Error)>();
        var read = new List<(int Seed, ArticleParts Parts, SeedHeader Header, string Display)>();
        var pool = new WordPool();
        SplitAll(seeds);

        // Apart, and not inlined, so that no frame of this method holds a seed once all are split: the last one's whole
        // text stayed alive for the rest of the extraction, beside the paragraphs made from it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        void SplitAll(IEnumerable<SeedText> all)
        {
            var number = 0;
            foreach (var seed in all) Split(seed, number++);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        void Split(SeedText seed, int number)
        {
            // One article the rules cannot cope with must not cost the others: report it like an unreadable seed.
            try
            {
                read.Add((number, WithHeader(_reader.Read(seed), seed.Header), seed.Header, seed.DisplayPath));
            }
            catch (Exception ex) when (IsRuleFailure(ex))
            {
                skipped.Add((number, InternalError.From(ex, "extracting this seed; it was skipped", SourceSpan.StartOf(seed.DisplayPath))));
            }
        }

        // The paragraphs are prepared once every seed is split and let go: made beside the seed they came from, their
        // masked text and word offsets were held together with the seed's whole text, its bytes and its lines (issue #23).
        var characters = read.Sum(r => r.Parts.Paragraphs.Sum(t => (long)t.Length));
        LetGoOfGarbage(characters);
        foreach (var (number, article, header, display) in read)
        {
            try
            {
                paragraphs.Add([.. article.Paragraphs.Select(t => new ParagraphText(t, _words, pool))]);
                parts.Add(article);
                headers.Add(header);
                displayPaths.Add(display);
            }
            catch (Exception ex) when (IsRuleFailure(ex))
            {
                skipped.Add((number, InternalError.From(ex, "extracting this seed; it was skipped", SourceSpan.StartOf(display))));
            }
        }
        read.Clear();
        bag.AddRange(skipped.OrderBy(s => s.Seed).Select(s => s.Error));
        // The paragraphs' transient copies (a paragraph's masked text while its words were found) are garbage now.
        LetGoOfGarbage(characters);

        // Pass 1: who is in each article. Bodies before captions, so a caption's looser spelling of a title does not win.
        var order = 0;
        var bodies = new List<List<PersonIntroduction>>();
        var captions = new List<List<PersonIntroduction>>();
        var turns = new List<List<PersonIntroduction>>();
        var bare = new List<List<PersonIntroduction>>();
        for (var a = 0; a < parts.Count; a++) bodies.Add([.. paragraphs[a].SelectMany(text => _finder.Find(text, parts[a].Seed, () => order++))]);
        for (var a = 0; a < parts.Count; a++) captions.Add(parts[a].Caption is { } caption ? [.. _finder.Find(new ParagraphText(caption, _words), parts[a].Seed, () => order++)] : []);
        // A transcript's newsmaker label introduces its speaker as plainly as a byline does.
        for (var a = 0; a < parts.Count; a++) turns.Add([.. parts[a].Turns.OfType<TranscriptTurn>().Select(turn => new PersonIntroduction(turn.Name, turn.Role, null, parts[a].Seed, order++))]);
        for (var a = 0; a < parts.Count; a++)
        {
            var known = bodies[a].Concat(captions[a]).Concat(turns[a]).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            bare.Add([.. _finder.FindBareNames(paragraphs[a], parts[a].Seed, known, () => order++)]);
        }

        // "(Nordwire) -- ..." then "Nordwire wrote": the outlet a dateline credits is no person of the story.
        for (var a = 0; a < parts.Count; a++)
        {
            if (parts[a].DatelineOutlet is not { Length: > 0 } outlet) continue;
            foreach (var found in new[] { bodies[a], captions[a], bare[a] }) found.RemoveAll(i => string.Equals(i.Name, outlet, StringComparison.OrdinalIgnoreCase));
        }
        // Each article is read with only its own people, so its quotes are the same alone or among any other articles;
        // the people then merge across articles, and every reference follows its person there.
        var registry = new PersonRegistry(_words);
        registry.Build([.. bodies.Concat(captions).Concat(turns).Concat(bare).SelectMany(i => i)],
            parts.SelectMany(p => p.Credits.Select(c => (c, p.Seed))), TokenCounts(paragraphs.SelectMany(p => p)), _known);

        // Pass 2: what each article says, with every reference resolved.
        // Each article keeps its own people until the end, with the map to their merged records; its quotes stay values,
        // each made into a record with its final speaker only when read (a run of quotes is a record per quote).
        var articles = new List<(ExtractedArticle Article, FoundQuotes? Quotes, Dictionary<PersonRecord, PersonRecord> Merged)>();
        var sightings = new PersonSightings();
        var articleSlugs = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < parts.Count; a++)
        {
            var slug = Slug.Unique(Slug.From(Path.GetFileNameWithoutExtension(parts[a].Seed)), articleSlugs);
            try
            {
                var local = new PersonRegistry(_words);
                local.Build([.. bodies[a], .. captions[a], .. turns[a], .. bare[a]], parts[a].Credits.Select(c => (c, parts[a].Seed)), TokenCounts(paragraphs[a]), _known);
                var localSightings = new PersonSightings();
                var (article, found) = ExtractArticle(parts[a], paragraphs[a], local, localSightings, slug, headers[a], pool);
                var merged = local.People.ToDictionary(p => p, registry.Canonical);
                localSightings.MergeInto(sightings, merged);
                articles.Add((article, found, merged));
            }
            catch (Exception ex) when (IsRuleFailure(ex))
            {
                bag.Add(InternalError.From(ex, "extracting this seed; it was skipped", SourceSpan.StartOf(displayPaths[a])));
            }
            // Nothing reads an article's paragraphs after its second pass: let them go before the next (their text stays in
            // its blocks), with the last sentences the pool kept of them.
            paragraphs[a] = [];
            pool.ForgetSentences();
        }
        LetGoOfGarbage(characters);

        // The people are frozen; what pass 2 saw of them becomes their final records, and every reference follows.
        var final = sightings.Apply(registry.People);
        var finals = articles.Select(a => a.Merged.ToDictionary(m => m.Key, m => final[m.Value])).ToList();
        // Who is quoted or in an event, gathered once: asked per person, it read every quote of every article each time.
        var cited = new HashSet<PersonRecord>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var speaker in articles[i].Quotes!.Speakers) cited.Add(finals[i][speaker]);
            foreach (var e in articles[i].Article.Events) cited.UnionWith(e.People.Select(x => finals[i][x]));
        }
        var people = final.Values.Where(p => p.Credit || p.Seeds.Length > 0 || cited.Contains(p))
            .OrderBy(p => p.Slug, StringComparer.Ordinal).ToImmutableArray();
        // An article's found quotes are its quotes: each is made into a record, with its final speaker, when read.
        var done = articles.Select((a, i) => a.Article.WithPeople(finals[i]) with { Quotes = new ExtractedQuotes(a.Article.Seed, a.Quotes!, finals[i]) });
        return new Extraction([.. done], people, bag.ToImmutable());
    }

    /// <summary>The failures of a rule that met an article it cannot cope with: the article is skipped, not the run.</summary>
    private static bool IsRuleFailure(Exception ex) =>
        ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException;

    /// <summary>Past this many characters of text, a stage's garbage is taken back before the next stage starts.</summary>
    private const long CollectFrom = 1_000_000;

    /// <summary>
    /// Asks the collector for a full, compacting collection between two stages of a large extraction: each stage leaves
    /// megabytes of garbage in the oldest generation (the seeds' bytes, text and lines; the paragraphs' masked copies; the
    /// paragraphs and the pass's own garbage once the second pass is done), which the collector, left alone, did not take back
    /// before the next stage had taken new memory for its own: the peak was the sum of the stages, not the largest
    /// (issue #23). Below <see cref="CollectFrom"/> characters it is skipped, as the collection costs more than it spares.
    /// </summary>
    private static void LetGoOfGarbage(long characters)
    {
        if (characters < CollectFrom) return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>How often each word (and each part of a hyphenated word) occurs: the commoner spelling of a name wins.</summary>
    private static Dictionary<string, int> TokenCounts(IEnumerable<ParagraphText> paragraphs)
    {
        // Counted in place: a list of every word, grouped, held the whole text's words twice over.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in paragraphs.SelectMany(p => p.Words.Texts()))
        {
            if (!word.Contains('-'))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
                continue;
            }
            foreach (var range in word.AsSpan().Split('-'))
            {
                var part = word.AsSpan()[range];
                bySpan[part] = bySpan.TryGetValue(part, out var n) ? n + 1 : 1;
            }
        }
        return counts;
    }

    /// <summary>The parts with what the seed's header says over what the text gave: its address, outlet and byline.</summary>
    private ArticleParts WithHeader(ArticleParts parts, SeedHeader header)
    {
        if (header == SeedHeader.None) return parts;
        var credits = parts.Credits;
        if (header.Byline is { } byline)
        {
            var named = new List<Credit>();
            new CreditLines(_words).Add(byline, "reporter", named);
            credits = [.. named, .. credits.Where(c => c.Role != "reporter")];
        }
        return parts with { Url = header.Url ?? parts.Url, DatelineOutlet = header.Outlet ?? parts.DatelineOutlet, Credits = credits };
    }

    private (ExtractedArticle Article, FoundQuotes Quotes) ExtractArticle(ArticleParts parts, List<ParagraphText> paragraphs, PersonRegistry registry, PersonSightings sightings, string slug, SeedHeader header, WordPool pool)
    {
        // The header's date is the editor's: the day relative dates count from, whatever the caption or text says.
        var anchor = header.Date is { Precision: DatePrecision.Day } dated ? new DateAnchor(dated, IsLowerBound: false)
            : _dates.FindAnchor(parts.Caption, paragraphs, parts.Published, parts.DatelineDate);
        var resolver = new SpeakerResolver(_words, registry, _finder, sightings);
        var quoteExtractor = new QuoteExtractor(_words, pool, Work);
        var claimExtractor = new ClaimExtractor(_words);
        var eventExtractor = new EventExtractor(_words, _dates);
        var context = new QuoteContext();
        var quotes = new FoundQuotes();
        // Events are sifted as they are found: a run of the same date kept every sentence's event (with its sentence) until the end.
        var events = new DistinctEvents();
        var claims = new List<ExtractedClaim>();

        var turns = parts.Turns.ToList();
        var headings = parts.HeadingsBefore.ToList();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var number = p + 1;
            context.ReporterBeforeParagraph = context.PreviousReporter;
            context.PreviousReporter = null;
            // A subheading starts a section: the speaker carried so far stops at it, and one that says who speaks ("What
            // the mayor said", "Roe on the port") hands its words under it to that person.
            if (headings[p] is { } heading)
            {
                var headingText = new ParagraphText(heading, _words);
                var sentence = headingText.Sentences[0];
                context.ReporterBeforeParagraph = claimExtractor.Reporter(sentence, resolver.Subject(sentence, resolver.Resolve(headingText, sentence)), headingText);
                context.LastQuoteParagraph = int.MinValue;
            }
            // A newsmaker's turn in a transcript is their words, whole: named by the label, with nothing to resolve.
            if (turns[p] is { } turn && registry.Introduced(turn.Name) is { Credit: false } turnSpeaker)
            {
                var words = ParagraphText.Squeeze(text.Original[turn.TextStart..]).TrimEnd();
                // A turn printed inside quote marks ("“We are ready.”") is the words inside them.
                if (text.Quotes.Count == 1 && text.Quotes[0] is var whole && whole.Open >= turn.TextStart
                    && text.Original[turn.TextStart..whole.Open].Trim().Length == 0 && whole.Close >= text.Original.TrimEnd().Length - 1)
                {
                    words = ParagraphText.Squeeze(text.Original[whole.InnerStart..Math.Min(whole.InnerEnd, text.Original.Length)]).Trim();
                }
                // The label's own line is named by it; the lines after carry the turn on, as the previous speaker does.
                var level = turn.TextStart == 0 ? Attribution.PreviousSpeaker : turn.SurnameOnly ? Attribution.Surname : Attribution.Named;
                quotes.Add(new FoundQuote(turnSpeaker, words, false, number, level));
                // A newsmaker's turn dates happenings as narration does ("We met on Friday"); it names no one to resolve.
                foreach (var sentence in text.Sentences) foreach (var e in eventExtractor.Extract(text, sentence, [], anchor, number, parts.Seed)) events.Add(e);
                sightings.MentionedIn(turnSpeaker, parts.Seed);
                context.LastQuoteSpeaker = turnSpeaker;
                context.LastQuoteParagraph = number;
                continue;
            }
            foreach (var sentence in text.Sentences)
            {
                var mentions = resolver.Resolve(text, sentence);
                var subject = resolver.Subject(sentence, mentions);
                var before = quotes.Count;
                var speaker = quoteExtractor.Extract(text, sentence, mentions, number, parts.Seed, context, quotes);
                var hasFullQuote = false;
                for (var q = before; q < quotes.Count && !hasFullQuote; q++) hasFullQuote = !quotes[q].Partial;
                if (claimExtractor.Extract(text, sentence, subject, hasFullQuote, number, parts.Seed) is { } claim) claims.Add(claim);
                foreach (var e in eventExtractor.Extract(text, sentence, mentions, anchor, number, parts.Seed)) events.Add(e);
                foreach (var person in mentions.Select(m => m.Person)) sightings.MentionedIn(person, parts.Seed);
                context.PreviousReporter = hasFullQuote ? null : claimExtractor.Reporter(sentence, subject, text);
                // "A ministry spokesman said ..." has a speaker nobody named: a following "he said" must not reach back past it.
                // A sentence led by "He" or "His" is still about the same person, whoever else it names ("His statement comes as Grant ...").
                resolver.LastSubject = speaker ?? (LeadsWithPronoun(sentence) ? resolver.LastSubject : null) ?? subject?.Person
                    ?? (UnnamedSpeaker(sentence, mentions) ? null : resolver.LastSubject);
                if (quoteExtractor.SpeakerLabelLine(text, mentions) is { } label) context.PreviousReporter = label.Person;
            }
            context.PreviousParagraphOpenQuote = text.EndsInsideQuote;
        }

        var credits = parts.Credits;
        return (new ExtractedArticle(
            parts.Seed,
            slug,
            parts.Headline ?? TitleFromLede(paragraphs),
            header.Date ?? ArticleDate(anchor, events.Kept),
            parts.DatelineOutlet ?? OutletFromAddress(parts.Url),
            Join(credits.Where(c => c.Role == "reporter")),
            Join(credits.Where(c => c.Role == "photographer")),
            [.. credits.Where(c => c.Role == "editor").Select(c => c.Name)],
            credits,
            parts.Caption,
            parts.CaptionCredit,
            parts.Blocks,
            [],
            [.. events.Kept],
            [.. claims],
            parts.Boilerplate.Length) { Url = parts.Url, Language = header.Language }, quotes);
    }

    /// <summary>
    /// The article's date: its anchor, or, when that is only a caption's day, the latest day the article reports as done
    /// if later, since an article comes out after what it reports.
    /// </summary>
    private static PartialDate? ArticleDate(DateAnchor? anchor, IReadOnlyList<ExtractedEvent> events)
    {
        if (anchor is not { IsLowerBound: true }) return anchor?.Date;
        return events.Where(e => e.Status == EventStatus.Happened && e.Date is { Precision: DatePrecision.Day })
            .Select(e => e.Date!.Value).Append(anchor.Date).Max();
    }

    private bool LeadsWithPronoun(Sentence sentence) =>
        sentence.Tokens.Count > 0 && (_words.Pronouns.Contains(sentence.Tokens[0].Lower) || sentence.Tokens[0].Lower is "his" or "her");

    private bool UnnamedSpeaker(Sentence sentence, IReadOnlyList<Mention> mentions) =>
        sentence.Tokens.Any(t => !t.Capitalised && _words.SpeechVerbs.Contains(t.Lower) && !mentions.Any(m => m.End <= t.Start));

    private static string? Join(IEnumerable<Credit> credits)
    {
        var names = credits.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>
    /// The site an article was published on, from its address ("https://www.example-news.com/world/..." → "example-news.com"),
    /// when no dateline credits an outlet. An outlet the body names ("told a newspaper") is a source, not the publisher.
    /// </summary>
    internal static string? OutletFromAddress(string? url)
    {
        if (!LinkFilter.TryParse(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "amp.", "m.", "mobile.", "edition." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') >= 2) host = host[prefix.Length..];
        }
        return host;
    }

    /// <summary>Without a headline, the lede's first sentence, cut at a clause so it reads as a title.</summary>
    private static string TitleFromLede(List<ParagraphText> paragraphs)
    {
        var first = paragraphs.FirstOrDefault();
        if (first is null) return "Untitled";
        var sentence = first.Sentences[0];
        var title = ParagraphText.Squeeze(first.Original[sentence.Start..sentence.End]).TrimEnd('.', ' ');
        var dateline = ArticleReader.DatelineLength(title);
        if (dateline > 0) title = char.ToUpperInvariant(title[dateline]) + title[(dateline + 1)..];
        if (title.Length <= 110) return title;
        // Cut where a trailing clause starts (", their first meeting since ..."), not inside an appositive.
        for (var cut = title.LastIndexOf(", ", 110, StringComparison.Ordinal); cut >= 60; cut = title.LastIndexOf(", ", cut - 1, StringComparison.Ordinal))
        {
            if (char.IsLower(title[cut + 2])) return title[..cut];
        }
        return ParagraphText.Shorten(title, 108);
    }
}
