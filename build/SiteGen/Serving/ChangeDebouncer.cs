namespace SiteGen.Serving;

/// <summary>
/// Gathers file-change notices into batches: a batch closes once no notice has arrived for the quiet period
/// (an editor's save is a burst of events), or when the oldest notice has waited the longest allowed.
/// </summary>
/// <param name="quiet">How long the folders must be quiet before a batch closes.</param>
/// <param name="maxWait">The longest the oldest notice waits before its batch closes anyway.</param>
/// <param name="time">The clock and timers it waits on; tests pass a fake one and advance it by hand.</param>
public sealed class ChangeDebouncer(TimeSpan quiet, TimeSpan maxWait, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private long _first;
    private long _last;

    public TimeSpan Quiet { get; } = quiet;

    public TimeSpan MaxWait { get; } = maxWait;

    public bool HasPending
    {
        get
        {
            lock (_gate) return _pending.Count > 0;
        }
    }

    public void Add(string path)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_pending.Count == 0) _first = now;
            _last = now;
            _pending.Add(path);
        }
        _signal.Release();
    }

    /// <summary>Waits for the next closed batch; the paths are distinct and in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await _signal.WaitAsync(cancellation).ConfigureAwait(false);
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    if (_pending.Count == 0) break;
                    var sinceLast = _time.GetElapsedTime(_last);
                    var sinceFirst = _time.GetElapsedTime(_first);
                    if (sinceLast >= Quiet || sinceFirst >= MaxWait)
                    {
                        var batch = _pending.Order(StringComparer.Ordinal).ToList();
                        _pending.Clear();
                        while (_signal.CurrentCount > 0) _signal.Wait(0); // the notices are in this batch already
                        return batch;
                    }
                    wait = Min(Quiet - sinceLast, MaxWait - sinceFirst);
                }
                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _time, cancellation).ConfigureAwait(false);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
