using System.Threading.RateLimiting;
using KisTrader.Kis.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.RateLimiting;

/// <summary>The per-key budget on a fake clock: sliding-window guarantee, lane priority, back-off, cancellation.</summary>
public sealed class LaneRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private static KisBudget Budget(int permits, TimeSpan? margin = null) =>
        new("ktest", permits, Window, margin ?? TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), 0.5m);

    [Fact]
    public async Task Waiters_AreServedByLane_OrdersFirst_ScreeningLast()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new LaneRateLimiter(Budget(1), clock);
        var held = await limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken);
        var order = new List<KisLane>();
        var waits = new[] { KisLane.Screening, KisLane.Account, KisLane.Orders, KisLane.ExitChecks }
            .Select(lane => (lane, task: limiter.AcquireAsync(lane, 1, TestContext.Current.CancellationToken).AsTask()))
            .ToList();

        held.Dispose();
        for (var i = 0; i < 4; i++)
        {
            Assert.DoesNotContain(waits, w => w.task.IsCompleted && !order.Contains(w.lane));
            clock.Advance(Window);
            var granted = await Task.WhenAny(waits.Where(w => !order.Contains(w.lane)).Select(w => w.task));
            var lane = waits.Single(w => w.task == granted).lane;
            order.Add(lane);
            (await granted).Dispose();
        }

        Assert.Equal([KisLane.Orders, KisLane.ExitChecks, KisLane.Account, KisLane.Screening], order);
    }

    [Fact]
    public async Task AnyWindow_SeesAtMostTheLimit_WhateverTheLatency()
    {
        // Grants are what the gateway sees at the earliest; a call's answer arrives 0–300 ms later (random, seeded).
        var clock = new FakeTimeProvider();
        const int Limit = 18;
        using var limiter = new LaneRateLimiter(Budget(Limit), clock);
        var random = new Random(7);
        var grants = new List<TimeSpan>();
        var inFlight = new List<(RateLimitLease Lease, TimeSpan Done)>();
        var tasks = Enumerable.Range(0, 400).Select(i => limiter.AcquireAsync((KisLane)(i % 4), 1, TestContext.Current.CancellationToken).AsTask()).ToList();
        var seen = new bool[tasks.Count];
        var start = clock.GetTimestamp();
        while (grants.Count < tasks.Count)
        {
            // Grants happen inside Advance (timer) at exactly the new instant, so "now" is each grant's time.
            var now = clock.GetElapsedTime(start);
            for (var i = 0; i < tasks.Count; i++)
            {
                if (!seen[i] && tasks[i].IsCompletedSuccessfully)
                {
                    seen[i] = true;
                    grants.Add(now);
                    inFlight.Add((await tasks[i], now + TimeSpan.FromMilliseconds(random.Next(0, 300))));
                }
            }

            foreach (var done in inFlight.Where(f => f.Done <= now).ToList())
            {
                inFlight.Remove(done);
                done.Lease.Dispose();
            }

            clock.Advance(TimeSpan.FromMilliseconds(5));
            await Task.Yield();
        }

        Assert.True(grants[^1] < TimeSpan.FromSeconds(40), $"400 calls at 18/s with ≤ 300 ms latency took {grants[^1]}");
        for (var i = Limit; i < grants.Count; i++)
        {
            Assert.True(grants[i] - grants[i - Limit] >= Window, $"grants {i - Limit} and {i} are {grants[i] - grants[i - Limit]} apart");
        }
    }

    [Fact]
    public async Task RateLimitedReport_PausesEveryLane_ThenLowersTheBudgetForAWhile()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new LaneRateLimiter(Budget(10), clock);

        limiter.ReportRateLimited();
        var refused = limiter.AttemptAcquire(KisLane.Orders);
        var waiting = limiter.AcquireAsync(KisLane.Orders, 1, TestContext.Current.CancellationToken).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(499));
        var stillWaiting = !waiting.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var first = await waiting;

        Assert.False(refused.IsAcquired);
        Assert.True(stillWaiting);
        Assert.Equal(5, limiter.EffectiveLimit);
        var more = Enumerable.Range(0, 5).Select(_ => limiter.AttemptAcquire(KisLane.Orders)).ToList();
        Assert.Equal(4, more.Count(l => l.IsAcquired));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(10, limiter.EffectiveLimit);
        Assert.Equal(1, limiter.RateLimitedReports);
        foreach (var lease in more)
        {
            lease.Dispose();
        }
    }

    [Fact]
    public async Task ReportsDuringOneBackoff_LowerTheBudgetOnce_LaterReportsCompound()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new LaneRateLimiter(Budget(16), clock);

        limiter.ReportRateLimited();
        limiter.ReportRateLimited();
        var once = limiter.EffectiveLimit;
        clock.Advance(TimeSpan.FromSeconds(1));
        limiter.ReportRateLimited();

        Assert.Equal(8, once);
        Assert.Equal(4, limiter.EffectiveLimit);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task CancelledWaiter_GetsNoPermit_AndTheNextWaiterDoes()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new LaneRateLimiter(Budget(1), clock);
        var held = await limiter.AcquireAsync(KisLane.Orders, 1, TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(KisLane.Orders, 1, cts.Token).AsTask();
        var next = limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken).AsTask();

        await cts.CancelAsync();
        held.Dispose();
        clock.Advance(Window);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        using var lease = await next;
        Assert.True(lease.IsAcquired);
    }
}
