using System.Collections.Immutable;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Publishing;

/// <summary>
/// Writes the values a build state holds as plain binary: no reflection (Native AOT), and every string written once and
/// then named by its number, so the many repeats (file paths in spans, outlets, terms) cost a few bytes on disk and
/// one string in memory.
/// </summary>
internal sealed class StateWriter(Stream stream)
{
    private readonly BinaryWriter _out = new(stream, Encoding.UTF8, leaveOpen: true);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    public void Int(int value) => _out.Write7BitEncodedInt(value);

    public void Long(long value) => _out.Write(value);

    public void Bool(bool value) => _out.Write(value);

    public void Hash(UInt128 value)
    {
        _out.Write((ulong)(value >> 64));
        _out.Write((ulong)value);
    }

    public void Bytes(byte[] value)
    {
        Int(value.Length);
        _out.Write(value);
    }

    /// <summary>0 for null, n + 1 for the n-th string already written, else -1 and the string.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }
        if (_strings.TryGetValue(value, out var known))
        {
            Int(known + 1);
            return;
        }
        _strings[value] = _strings.Count;
        Int(-1);
        _out.Write(value);
    }

    public void Span(SourceSpan span)
    {
        String(span.Path);
        Int(span.Line);
        Int(span.Column);
        Int(span.EndLine);
        Int(span.EndColumn);
    }

    public void List<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items) write(item);
    }

    public void Diagnostic(Diagnostic d)
    {
        Int((int)d.Severity);
        String(d.Code);
        Span(d.Span);
        String(d.Message);
        String(d.SourceLine);
        String(d.Trace);
    }

    public void Article(Article a)
    {
        String(a.Slug);
        String(a.Title);
        Date(a.Date);
        String(a.Outlet);
        String(a.Seed);
        String(a.Byline.Reporter);
        String(a.Byline.Photo);
        List(a.Byline.Editors, String);
        String(a.Caption);
        String(a.CaptionCredit);
        List(a.Quotes, Quote);
        List(a.Paragraphs, p =>
        {
            Int(p.Number);
            Int(p.Line);
            Int(p.Start);
            Int(p.Length);
        });
        Bool(a.Draft);
        Span(a.Origin);
        Hash(a.SourceHash);
        Span(a.DateSpan);
        List(a.Links, l =>
        {
            String(l.Address);
            Span(l.Span);
            Bool(l.IsImage);
            String(l.Alt);
            Bool(l.Decorative);
        });
        Bool(a.Image is not null);
        if (a.Image is { } image)
        {
            String(image.Written);
            String(image.Alt);
            Span(image.Span);
        }
        String(a.Url);
    }

    private void Date(PartialDate? date)
    {
        Bool(date is not null);
        if (date is not { } d) return;
        Int(d.Year);
        Int(d.Month);
        Int(d.Day);
    }

    private void Quote(Quote q)
    {
        Reference(q.Speaker);
        String(q.Text);
        Bool(q.Partial);
        Reference(q.Source.Article);
        Int(q.Source.Paragraph);
        Span(q.Source.Span);
        Int(q.Attribution is { } attribution ? (int)attribution : -1);
        Bool(q.Review is not null);
        if (q.Review is { } review) Span(review);
        Span(q.TextSpan);
    }

    private void Reference(Reference r)
    {
        String(r.Slug);
        Span(r.Span);
    }

    public void Flush() => _out.Flush();
}

/// <summary>Reads what <see cref="StateWriter"/> wrote, in the same order; anything out of shape throws <see cref="InvalidDataException"/>.</summary>
internal sealed class StateReader(Stream stream)
{
    private readonly BinaryReader _in = new(stream, Encoding.UTF8, leaveOpen: true);
    private readonly List<string> _strings = [];

    public int Int() => _in.Read7BitEncodedInt();

    public int Count()
    {
        var count = Int();
        if (count < 0 || count > stream.Length) throw new InvalidDataException("a count out of range");
        return count;
    }

    public long Long() => _in.ReadInt64();

    public bool Bool() => _in.ReadBoolean();

    public UInt128 Hash()
    {
        var high = _in.ReadUInt64();
        return new UInt128(high, _in.ReadUInt64());
    }

    public byte[] Bytes()
    {
        var bytes = _in.ReadBytes(Count());
        return bytes;
    }

    public string? String()
    {
        var n = Int();
        if (n == 0) return null;
        if (n > 0) return n <= _strings.Count ? _strings[n - 1] : throw new InvalidDataException("a string number out of range");
        if (n != -1) throw new InvalidDataException("a string out of shape");
        var value = _in.ReadString();
        _strings.Add(value);
        return value;
    }

    public string Text() => String() ?? throw new InvalidDataException("a missing string");

    public SourceSpan Span() => new(Text(), Int(), Int(), Int(), Int());

    public ImmutableArray<T> List<T>(Func<T> read)
    {
        var count = Count();
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) items.Add(read());
        return items.MoveToImmutable();
    }

    public Diagnostic Diagnostic()
    {
        var severity = (Severity)Int();
        return new Diagnostic(severity, Text(), Span(), Text()) { SourceLine = String(), Trace = String() };
    }

    public Article Article()
    {
        var slug = Text();
        var title = Text();
        var date = Date();
        var outlet = String();
        var seed = String();
        var byline = new Byline(String(), String(), List(Text));
        var caption = String();
        var captionCredit = String();
        var quotes = List(Quote);
        var paragraphs = List(() => new Paragraph(Int(), Int(), Int(), Int()));
        var draft = Bool();
        var origin = Span();
        return new Article(slug, title, date, outlet, seed, byline, caption, captionCredit, quotes, paragraphs, draft, origin)
        {
            SourceHash = Hash(),
            DateSpan = Span(),
            Links = List(() => new MarkdownLink(Text(), Span()) { IsImage = Bool(), Alt = Text(), Decorative = Bool() }),
            Image = Bool() ? new ImageField(Text(), String(), Span()) : null,
            Url = String(),
        };
    }

    private PartialDate? Date() => Bool() ? new PartialDate(Int(), Int(), Int()) : null;

    private Quote Quote()
    {
        var speaker = Reference();
        var text = Text();
        var partial = Bool();
        var source = new SourceRef(Reference(), Int(), Span());
        var attribution = Int();
        SourceSpan? review = Bool() ? Span() : null;
        return new Quote(speaker, text, partial, source, attribution < 0 ? null : (Attribution)attribution, review) { TextSpan = Span() };
    }

    private Reference Reference() => new(Text(), Span());
}
