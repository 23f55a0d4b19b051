using System.Collections.Concurrent;
using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Realtime;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// The tick dispatcher's lanes: one send in flight per destination, the next carrying everything posted meanwhile in
/// posting order; nothing lost or repeated (a failed send is sent again first); only a destination far behind loses its
/// oldest events, never the latest price.
/// </summary>
public sealed class TickLanesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task Post_WhileASendIsInFlight_TheNextSendCarriesEverythingPostedMeanwhile_InOrder()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = new ConcurrentQueue<long[]>();
        var inFlight = 0;
        var maxInFlight = 0;
        var lanes = new TickLanes<string>(
            async (_, batch) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                sends.Enqueue([.. batch.Events.Select(e => e.Sequence)]);
                await release.Task;
                Interlocked.Decrement(ref inFlight);
            },
            capacity: 1000,
            attempts: 3);

        lanes.Post("005930", Trade("005930", 1, 70_000m));
        await Eventually.TrueAsync(() => !sends.IsEmpty, "the first send started");
        for (var i = 2; i <= 10; i++)
        {
            lanes.Post("005930", Trade("005930", i, 70_000m + i));
        }

        Assert.Single(sends);
        release.SetResult();
        await Eventually.TrueAsync(() => lanes.Pending == 0, "every event sent");

        Assert.Equal([[1L], [2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L]], sends.ToArray());
        Assert.Equal(1, maxInFlight);
        Assert.Equal(10, lanes.Sent);
        Assert.Equal(2, lanes.Sends);
        Assert.Equal(0, lanes.Dropped);
    }

    [Fact]
    public async Task Post_TenThousandEventsOnFourDestinations_EachGetsEveryEventOnce_InOrder_OneSendAtATime()
    {
        var received = new ConcurrentDictionary<string, List<long>>();
        var inFlight = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        var lanes = new TickLanes<string>(
            async (key, batch) =>
            {
                if (inFlight.AddOrUpdate(key, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                received.GetOrAdd(key, _ => []).AddRange(batch.Events.Select(e => e.Sequence));
                inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            },
            capacity: 100_000,
            attempts: 3);
        string[] keys = ["000660", "005930", "035420", "035720"];

        await Task.WhenAll(keys.Select(key => Task.Run(() =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                lanes.Post(key, Trade(key, i, 10_000m + (i % 7)));
            }
        }, TestContext.Current.CancellationToken)));
        await Eventually.TrueAsync(() => lanes.Pending == 0, () => $"every event sent; {lanes.Pending} pending");

        foreach (var key in keys)
        {
            Assert.Equal(Enumerable.Range(1, 10_000).Select(i => (long)i), received[key]);
        }

        Assert.Equal(0, overlaps);
        Assert.Equal(40_000, lanes.Sent);
        Assert.True(lanes.Sends < 40_000, $"calls were coalesced: {lanes.Sends} sends for 40,000 events");
    }

    [Fact]
    public async Task Send_FailsOnce_TheSameEventsGoAgainFirst_NothingPostedMeanwhileOvertakesThem()
    {
        var fail = true;
        var received = new ConcurrentQueue<long>();
        var failures = new ConcurrentQueue<(int Count, bool GivenUp)>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lanes = new TickLanes<string>(
            async (_, batch) =>
            {
                if (fail)
                {
                    fail = false;
                    started.SetResult();
                    await gate.Task;
                    throw new TimeoutException("the symbol grain did not answer");
                }

                foreach (var e in batch.Events)
                {
                    received.Enqueue(e.Sequence);
                }
            },
            capacity: 1000,
            attempts: 3,
            failed: (_, _, count, givenUp) => failures.Enqueue((count, givenUp)));

        lanes.Post("005930", [Trade("005930", 1, 70_000m), Trade("005930", 2, 73_500m)]);
        await started.Task.WaitAsync(Eventually.DefaultLimit, TestContext.Current.CancellationToken);
        lanes.Post("005930", Trade("005930", 3, 70_100m));
        gate.SetResult();
        await Eventually.TrueAsync(() => lanes.Pending == 0, "every event sent");

        Assert.Equal([1L, 2L, 3L], received.ToArray());
        Assert.Equal([(2, false)], failures.ToArray());
        Assert.Equal(0, lanes.Dropped);
    }

    [Fact]
    public async Task Send_KeepsFailing_TheEventsAreGivenUpAfterTheAttempts_ReportedWithTheirCount_AndTheLaneGoesOn()
    {
        var calls = 0;
        var received = new ConcurrentQueue<long>();
        var failures = new ConcurrentQueue<(int Count, bool GivenUp)>();
        var lanes = new TickLanes<string>(
            (_, batch) =>
            {
                if (Interlocked.Increment(ref calls) <= 3)
                {
                    throw new InvalidOperationException("poisoned");
                }

                foreach (var e in batch.Events)
                {
                    received.Enqueue(e.Sequence);
                }

                return Task.CompletedTask;
            },
            capacity: 1000,
            attempts: 3,
            failed: (_, _, count, givenUp) => failures.Enqueue((count, givenUp)));

        lanes.Post("005930", Trade("005930", 1, 70_000m));
        await Eventually.TrueAsync(() => lanes.Pending == 0, "the first event given up");
        lanes.Post("005930", Trade("005930", 2, 70_100m));
        await Eventually.TrueAsync(() => lanes.Pending == 0, "the second event sent");

        Assert.Equal([(1, false), (1, false), (1, true)], failures.ToArray());
        Assert.Equal([2L], received.ToArray());
        Assert.Equal(1, lanes.Dropped);
        Assert.Equal(1, lanes.Sent);
    }

    [Fact]
    public async Task Post_ADestinationBeyondCapacity_LosesItsOldestEvents_KeepsTheLatestPrices_AndReportsTheCount()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = new ConcurrentQueue<long[]>();
        var overflows = new ConcurrentQueue<int>();
        var lanes = new TickLanes<string>(
            async (_, batch) =>
            {
                sends.Enqueue([.. batch.Events.Select(e => e.Sequence)]);
                await release.Task;
            },
            capacity: 5,
            attempts: 3,
            overflow: (_, count) => overflows.Enqueue(count));

        lanes.Post("005930", Trade("005930", 1, 70_000m));
        await Eventually.TrueAsync(() => !sends.IsEmpty, "the first send started");
        lanes.Post("005930", [.. Enumerable.Range(2, 19).Select(i => Trade("005930", i, 70_000m + i))]);
        release.SetResult();
        await Eventually.TrueAsync(() => lanes.Pending == 0, "every kept event sent");

        Assert.Equal([[1L], [16L, 17L, 18L, 19L, 20L]], sends.ToArray());
        Assert.Equal([14], overflows.ToArray());
        Assert.Equal(14, lanes.Dropped);
    }

    [Fact]
    public void Post_NoEvents_SendsNothing()
    {
        var lanes = new TickLanes<string>((_, _) => throw new InvalidOperationException("nothing to send"), 10, 1);

        lanes.Post("005930", ImmutableArray<MarketDataEvent>.Empty);

        Assert.Equal(0, lanes.Pending);
        Assert.Equal(0, lanes.Sends);
    }

    private static MarketDataEvent Trade(string code, long sequence, decimal price)
    {
        var tick = new MarketTick(DateOnly.FromDateTime(T0.DateTime), price, 0, 0, price, price, price, 1, 1, price, 100, price, price, "1", string.Empty, false);
        return new MarketDataEvent(code, MarketDataKinds.Trades, "H0STCNT0", T0.AddSeconds(sequence), T0.AddSeconds(sequence), sequence, tick, null);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
