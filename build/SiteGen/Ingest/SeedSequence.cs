using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// The seed files of an extraction, each read when extraction comes to it and let go when it asks for the next: its whole
/// text is held only while it is split into paragraphs. A C# iterator kept the last seed it gave as its current item
/// after it ended, and so the last seed's text (a few megabytes) for the rest of the extraction (issue #23).
/// </summary>
internal sealed class SeedSequence(IEnumerable<string> files, string displayRoot, DiagnosticBag bag) : IEnumerable<SeedText>
{
    public IEnumerator<SeedText> GetEnumerator() => new Reader(files.GetEnumerator(), displayRoot, bag);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Reader(IEnumerator<string> files, string displayRoot, DiagnosticBag bag) : IEnumerator<SeedText>
    {
        private SeedText? _current;

        public SeedText Current => _current ?? throw new InvalidOperationException("no seed is current");

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            _current = null;
            while (files.MoveNext())
            {
                var file = files.Current;
                var display = Path.GetRelativePath(displayRoot, Path.GetFullPath(file)).Replace('\\', '/');
                if (!File.Exists(file))
                {
                    bag.Error(DiagnosticCodes.SeedUnreadable, SourceSpan.StartOf(display), "skipped: the file does not exist");
                    continue;
                }
                _current = SeedReader.Read(file, display, bag);
                if (_current is not null) return true;
            }
            return false;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
            _current = null;
            files.Dispose();
        }
    }
}
