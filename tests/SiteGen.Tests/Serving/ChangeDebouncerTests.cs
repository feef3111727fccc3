using Microsoft.Extensions.Time.Testing;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

/// <summary>The debouncer on a fake clock: time moves only when a test advances it, so no test sleeps or measures wall time.</summary>
public class ChangeDebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(400);

    private readonly FakeTimeProvider _clock = new();

    private ChangeDebouncer NewDebouncer() => new(Quiet, MaxWait, _clock);

    /// <summary>
    /// Lets the debouncer's waiting loop (on the thread pool) reach its next timer before the clock moves again. Only the
    /// "not yet" assertions depend on it; the debouncer measures from the fake clock, so a late loop still closes correctly.
    /// </summary>
    private static async Task Settle()
    {
        for (var i = 0; i < 20; i++) await Task.Yield();
        await Task.Delay(1);
    }

    [Fact]
    public async Task ABurstOfSavesBecomesOneBatch()
    {
        var debouncer = NewDebouncer();
        var next = debouncer.NextBatchAsync(CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            debouncer.Add($"content/people/p{i % 3}.md");
            await Settle();
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        await Settle();
        Assert.False(next.IsCompleted, "closed while saves were still arriving");

        _clock.Advance(Quiet);
        var batch = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["content/people/p0.md", "content/people/p1.md", "content/people/p2.md"], batch);
        Assert.False(debouncer.HasPending);
    }

    [Fact]
    public async Task WaitsForQuietBeforeClosingABatch()
    {
        var debouncer = NewDebouncer();
        debouncer.Add("a.md");
        var next = debouncer.NextBatchAsync(CancellationToken.None);
        await Settle();
        _clock.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        await Settle();
        Assert.False(next.IsCompleted, "closed before the quiet period was over");

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["a.md"], await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ANeverEndingStreamOfEventsStillBuildsAfterTheLongestWait()
    {
        var debouncer = NewDebouncer();
        var next = debouncer.NextBatchAsync(CancellationToken.None);
        var elapsed = TimeSpan.Zero;
        // A save every 50 ms never leaves 100 ms of quiet; only the longest wait (400 ms) closes the batch.
        while (!next.IsCompleted && elapsed < TimeSpan.FromSeconds(2))
        {
            debouncer.Add("busy.md");
            await Settle();
            _clock.Advance(TimeSpan.FromMilliseconds(50));
            elapsed += TimeSpan.FromMilliseconds(50);
            await Settle();
        }
        Assert.Equal(["busy.md"], await next.WaitAsync(TimeSpan.FromSeconds(10)));
        // The batch closes at the longest wait; a busy machine may let the loop notice one save later.
        Assert.InRange(elapsed, MaxWait, MaxWait + TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task SeparateSavesMakeSeparateBatches()
    {
        var debouncer = NewDebouncer();
        debouncer.Add("one.md");
        var first = debouncer.NextBatchAsync(CancellationToken.None);
        await Settle();
        _clock.Advance(Quiet);
        Assert.Equal(["one.md"], await first.WaitAsync(TimeSpan.FromSeconds(10)));

        debouncer.Add("two.md");
        var second = debouncer.NextBatchAsync(CancellationToken.None);
        await Settle();
        _clock.Advance(Quiet);
        Assert.Equal(["two.md"], await second.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task StopsWaitingWhenCancelled()
    {
        var debouncer = NewDebouncer();
        using var cancel = new CancellationTokenSource();
        var next = debouncer.NextBatchAsync(cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
