namespace SiteGen.Serving;

/// <summary>Watches the source folders and hands every changed path to the debouncer; the classifier decides later what matters.</summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public SourceWatcher(IEnumerable<string> folders, ChangeDebouncer debouncer)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => debouncer.Add(e.FullPath);
            watcher.Created += (_, e) => debouncer.Add(e.FullPath);
            watcher.Deleted += (_, e) => debouncer.Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                debouncer.Add(e.OldFullPath);
                debouncer.Add(e.FullPath);
            };
            // An overflow loses events: treat it as "anything in this folder may have changed".
            watcher.Error += (_, _) => debouncer.Add(Path.Combine(folder, SourceFingerprints.OverflowMarker));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
