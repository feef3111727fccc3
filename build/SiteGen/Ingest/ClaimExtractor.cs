using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>Finds the points experts make in reported speech: a sentence whose subject is an expert followed by a reporting verb ("Cui cautioned, however, that ...").</summary>
internal sealed class ClaimExtractor(WordLists words)
{
    /// <summary>The subject when it reports speech, for claims and for a quote that follows the sentence.</summary>
    public PersonRecord? Reporter(Sentence sentence, Mention? subject, ParagraphText? text = null)
    {
        if (subject is null || subject.FirstToken > 3 && !(text is not null && OpensClause(text, sentence, subject))) return null;
        for (var i = subject.LastToken + 1; i < sentence.Tokens.Count; i++)
        {
            var t = sentence.Tokens[i];
            if (words.AttributionFillers.Contains(t.Lower) && !words.SpeechVerbs.Contains(t.Lower)) continue;
            return !t.Capitalised && (words.ReportingVerbs.Contains(t.Lower) || words.SpeechVerbs.Contains(t.Lower)) ? subject.Person : null;
        }
        return null;
    }

    /// <summary>"During the talks, Prime Minister Roe stressed ...": the subject, with its role, opens the clause after a comma.</summary>
    private bool OpensClause(ParagraphText text, Sentence sentence, Mention subject)
    {
        var k = subject.FirstToken - 1;
        while (k >= 0 && (sentence.Tokens[k].Capitalised || words.Titles.Contains(sentence.Tokens[k].Lower) || words.TitleModifiers.Contains(sentence.Tokens[k].Lower))
               && text.Masked[sentence.Tokens[k].End..sentence.Tokens[k + 1].Start].Trim().Length == 0) k--;
        return k < 0 || text.Masked[sentence.Tokens[k].End..sentence.Tokens[k + 1].Start].Contains(',');
    }

    public ExtractedClaim? Extract(ParagraphText text, Sentence sentence, Mention? subject, bool hasFullQuote, int paragraph, string seed)
    {
        if (hasFullQuote || Reporter(sentence, subject) is not { } person || person.Kind != PersonKind.Expert) return null;
        var claim = ParagraphText.Squeeze(text.Original[sentence.Start..sentence.End]);
        return new ExtractedClaim(seed, person, claim, paragraph);
    }
}
