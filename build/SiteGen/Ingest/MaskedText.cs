using SiteGen.Content;

namespace SiteGen.Ingest;

/// <summary>
/// A paragraph as the rules read it: quotation marks folded (<see cref="TextFolding.FoldQuoteMark"/>) and every character
/// inside quotation marks shown as <see cref="ParagraphText.Mask"/>, but for a closing full stop, question or exclamation
/// mark or comma, which still ends the sentence around the quote. Worked out from the paragraph and its quotes when read,
/// never held as a copy: the copy was as large as the paragraph, and a seed of quotes held it for the whole extraction
/// (issue #23). Offsets are the paragraph's.
/// </summary>
internal readonly struct MaskedText
{
    private readonly string _text;
    private readonly QuoteSpan[] _quotes;
    private readonly bool _folds;

    /// <summary>
    /// <paramref name="text"/> with <paramref name="quotes"/> masked: they must be in order and apart, so that each
    /// character is inside at most one; <paramref name="folds"/> says whether any mark in the text needs folding.
    /// </summary>
    public MaskedText(string text, QuoteSpan[] quotes, bool folds)
    {
        _text = text;
        _quotes = quotes;
        _folds = folds;
    }

    /// <summary>Whether the quotes are in order and apart, so that a view of them reads as the masked copy did.</summary>
    public static bool CanView(QuoteSpan[] quotes)
    {
        for (var i = 1; i < quotes.Length; i++) if (quotes[i].Open < quotes[i - 1].Close) return false;
        return true;
    }

    public int Length => _text.Length;

    /// <summary>Whether this reads <paramref name="text"/> itself rather than a copy of it.</summary>
    public bool IsViewOf(string text) => ReferenceEquals(_text, text);

    public char this[int index]
    {
        get
        {
            var c = _text[index];
            if (_folds) c = TextFolding.FoldQuoteMark(c);
            return _quotes.Length > 0 && IsMasked(QuoteOver(index), index, c) ? ParagraphText.Mask : c;
        }
    }

    /// <summary>The characters from <paramref name="start"/>, <paramref name="length"/> of them, as a string (what <c>[a..b]</c> gives).</summary>
    public string Slice(int start, int length)
    {
        var source = _text.AsSpan(start, length);
        if (!_folds && !AnyQuoteIn(start, start + length)) return source.ToString();
        var view = this;
        return string.Create(length, (view, start), static (chars, state) => state.view.CopyTo(state.start, chars));
    }

    /// <summary>Writes the characters from <paramref name="start"/> into <paramref name="destination"/>, as many as it holds.</summary>
    public void CopyTo(int start, Span<char> destination)
    {
        _text.AsSpan(start, destination.Length).CopyTo(destination);
        if (_folds)
        {
            for (var i = 0; i < destination.Length; i++) destination[i] = TextFolding.FoldQuoteMark(destination[i]);
        }
        var end = start + destination.Length;
        // The quotes are in order and apart: from the last one opening before the start, each one opening before the end.
        for (var q = Math.Max(0, QuoteOver(start)); q < _quotes.Length && _quotes[q].Open < end; q++)
        {
            var from = Math.Max(_quotes[q].InnerStart, start);
            var to = Math.Min(_quotes[q].InnerEnd, end);
            for (var i = from; i < to; i++)
            {
                if (IsMasked(q, i, destination[i - start])) destination[i - start] = ParagraphText.Mask;
            }
        }
    }

    /// <summary>As <see cref="string.LastIndexOf(char, int, int)"/>: the last <paramref name="value"/> from <paramref name="startIndex"/> back over <paramref name="count"/> characters.</summary>
    public int LastIndexOf(char value, int startIndex, int count)
    {
        if (_text.Length == 0) return -1;
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(startIndex, _text.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count - 1, startIndex);
        for (var i = startIndex; i > startIndex - count; i--) if (this[i] == value) return i;
        return -1;
    }

    public override string ToString() => Slice(0, _text.Length);

    /// <summary>The index of the last quote opening before <paramref name="index"/> (the only one that can hold it), or -1.</summary>
    private int QuoteOver(int index)
    {
        var (lo, hi) = (0, _quotes.Length - 1);
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_quotes[mid].Open < index)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        return found;
    }

    private bool AnyQuoteIn(int start, int end)
    {
        if (_quotes.Length == 0) return false;
        var q = Math.Max(0, QuoteOver(start));
        for (; q < _quotes.Length && _quotes[q].Open < end; q++)
        {
            if (_quotes[q].InnerEnd > start && _quotes[q].InnerStart < end) return true;
        }
        return false;
    }

    /// <summary>Whether the character <paramref name="c"/> at <paramref name="index"/> is masked by quote <paramref name="q"/> (-1: none).</summary>
    private bool IsMasked(int q, int index, char c)
    {
        if (q < 0) return false;
        var quote = _quotes[q];
        if (index < quote.InnerStart || index >= quote.InnerEnd) return false;
        // Its last character is kept when it is a stop or a comma.
        return !(index == quote.InnerEnd - 1 && c is '.' or '?' or '!' or ',');
    }
}
