namespace SiteGen.Serving;

/// <summary>
/// Watches the source folders and hands every changed path to the debouncer; the classifier decides later what matters.
/// A watched folder that is deleted and made again (<c>rm -rf content &amp;&amp; cp -r backup content</c>), or renamed into
/// place, is watched again: the folder above each one is watched for that.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ChangeDebouncer _debouncer;
    private readonly Dictionary<string, FileSystemWatcher?> _folders = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private bool _disposed;

    public SourceWatcher(IEnumerable<string> folders, ChangeDebouncer debouncer)
    {
        _debouncer = debouncer;
        foreach (var folder in folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            _folders[folder] = Watch(folder);
        }
        foreach (var parent in _folders.Keys.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(parent)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName,
            };
            watcher.Created += (_, e) => Reattach(e.FullPath);
            watcher.Renamed += (_, e) => Reattach(e.FullPath);
            watcher.Deleted += (_, e) => Reattach(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _parents.Add(watcher);
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Created += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Deleted += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _debouncer.Add(e.OldFullPath);
                _debouncer.Add(e.FullPath);
            };
            // An overflow loses events: treat it as "anything in this folder may have changed".
            watcher.Error += (_, _) => _debouncer.Add(Path.Combine(folder, SourceFingerprints.OverflowMarker));
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Deleted again between the check and the watch: the next event about it tries again.
            return null;
        }
    }

    /// <summary>A watched folder appeared, went or was renamed into place: watch the folder now at that path, and rebuild.</summary>
    private void Reattach(string path)
    {
        var folder = Path.TrimEndingDirectorySeparator(path);
        lock (_gate)
        {
            if (_disposed || !_folders.TryGetValue(folder, out var old)) return;
            old?.Dispose();
            _folders[folder] = Watch(folder);
        }
        // The folder's path stands for everything in it: files copied in before the new watcher started are read by this rebuild.
        _debouncer.Add(folder);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var watcher in _parents) watcher.Dispose();
            foreach (var watcher in _folders.Values) watcher?.Dispose();
        }
    }
}
