using System.Diagnostics;
using SiteGen.Serving;

namespace SiteGen.Tests.Serving;

public class ChangeDebouncerTests
{
    [Fact]
    public async Task ABurstOfSavesBecomesOneBatch()
    {
        // A generous quiet window: on a loaded CI machine a 5 ms sleep can take far longer.
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        var next = debouncer.NextBatchAsync(CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            debouncer.Add($"content/people/p{i % 3}.md");
            await Task.Delay(5);
        }
        var batch = await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["content/people/p0.md", "content/people/p1.md", "content/people/p2.md"], batch);
        Assert.False(debouncer.HasPending);
    }

    [Fact]
    public async Task WaitsForQuietBeforeClosingABatch()
    {
        var quiet = TimeSpan.FromMilliseconds(80);
        var debouncer = new ChangeDebouncer(quiet, TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();
        debouncer.Add("a.md");
        var batch = await debouncer.NextBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Single(batch);
        Assert.True(clock.Elapsed >= quiet - TimeSpan.FromMilliseconds(5), $"closed after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ANeverEndingStreamOfEventsStillBuildsAfterTheLongestWait()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(400));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                debouncer.Add("busy.md");
                await Task.Delay(5);
            }
        });
        var clock = Stopwatch.StartNew();
        var batch = await debouncer.NextBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        stop.Cancel();
        await writer;
        Assert.Equal(["busy.md"], batch);
        Assert.InRange(clock.ElapsedMilliseconds, 350, 3000);
    }

    [Fact]
    public async Task SeparateSavesMakeSeparateBatches()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1));
        debouncer.Add("one.md");
        var first = await debouncer.NextBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        debouncer.Add("two.md");
        var second = await debouncer.NextBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["one.md"], first);
        Assert.Equal(["two.md"], second);
    }

    [Fact]
    public async Task StopsWaitingWhenCancelled()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1));
        using var cancel = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => debouncer.NextBatchAsync(cancel.Token));
    }
}
