using System.Diagnostics;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>One REST budget per app key across silos: never over the limit together, lanes kept.</summary>
[Collection(KisClusterCollection.Name)]
public sealed class RateBudgetTests(KisClusterFixture fixture)
{
    private const int Limit = KisClusterFixture.PermitsPerSecond;

    [Fact]
    public async Task TwoSilos_HammeringOneKeyForThreeSeconds_NeverExceedTheLimitAndBothGetCalls()
    {
        var (appKey, appSecret) = KisAuthGrainTests.NewKey();
        var first = (await fixture.CreateSiloClient(appKey, appSecret)).GetRequiredService<IKisMarketData>();
        var second = (await fixture.CreateSiloClient(appKey, appSecret)).GetRequiredService<IKisMarketData>();
        await first.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: TestContext.Current.CancellationToken); // token first
        var before = await RestAsync();
        var budget = fixture.Cluster.Client.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(GrainKeys.KisKeyId(appKey)));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(3));
        var firstCalls = new int[1];
        var secondCalls = new int[1];
        var workers = Enumerable.Range(0, 8)
            .Select(i => HammerAsync(i % 2 == 0 ? first : second, i % 2 == 0 ? firstCalls : secondCalls, stop.Token))
            .ToList();
        var allocations = new List<int>();
        while (!stop.IsCancellationRequested)
        {
            allocations.Add((await budget.GetStatusAsync()).Allocated);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await Task.WhenAll(workers);
        var after = await RestAsync();

        Assert.Equal(0, after.RateLimited - before.RateLimited);
        Assert.NotEmpty(allocations);
        Assert.All(allocations, a => Assert.InRange(a, 0, Limit));
        // Permits cool a window after each answer, so three seconds give about 3 × the limit; at least two windows' worth.
        Assert.InRange(after.Accepted - before.Accepted, 2 * Limit, 4 * Limit);
        Assert.True(firstCalls[0] >= Limit / 2, $"first silo made {firstCalls[0]} calls");
        Assert.True(secondCalls[0] >= Limit / 2, $"second silo made {secondCalls[0]} calls");
    }

    [Fact]
    public async Task PermitSource_OrdersQueuedAfterScreening_GetTheNextFreePermitFirst()
    {
        var window = TimeSpan.FromMilliseconds(300);
        var budget = new KisBudget(GrainKeys.KisKeyId(KisAuthGrainTests.NewKey().Key), 2, window, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), 0.5m);
        await using var source = new GrainKisPermitSource(fixture.Cluster.Client, Options.Create(new KisClusterOptions()), TimeProvider.System, NullLogger<GrainKisPermitSource>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var held1 = await source.AcquireAsync(budget, KisLane.Screening, ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), ct);
        var held2 = await source.AcquireAsync(budget, KisLane.Screening, ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), ct);
        var screening = source.AcquireAsync(budget, KisLane.Screening, ct).AsTask();
        var orders = source.AcquireAsync(budget, KisLane.Orders, ct).AsTask();
        await Task.Delay(window * 2, ct);
        Assert.False(screening.IsCompleted);
        Assert.False(orders.IsCompleted);

        var released = Stopwatch.StartNew();
        held1.Dispose();
        using var order = await orders.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.True(order.IsAcquired);
        Assert.True(released.Elapsed >= window, $"the permit was reused after {released.Elapsed}, before its window cooled");
        Assert.False(screening.IsCompleted);
        held2.Dispose();
        using var last = await screening.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.True(last.IsAcquired);
    }

    [Fact]
    public async Task BudgetGrain_TwoHoldersWanting_SplitTheLimitAndNeverHandOutMore()
    {
        var grain = fixture.Cluster.Client.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(GrainKeys.KisKeyId(KisAuthGrainTests.NewKey().Key)));
        var backoff = TimeSpan.FromSeconds(1);

        var a = await grain.SyncAsync(new RateBudgetReport("a", 6, 0, 6, 3, 0, backoff));
        var b = await grain.SyncAsync(new RateBudgetReport("b", 6, 0, 6, 3, 0, backoff));
        // a still uses all six: it gives back nothing until they cool, so b gets nothing yet.
        var aStillBusy = await grain.SyncAsync(new RateBudgetReport("a", 6, 6, 6, 3, 0, backoff));
        // a's permits cooled down to its target of three: it gives back three, b gets them.
        var aCooled = await grain.SyncAsync(new RateBudgetReport("a", 6, 3, 6, 3, 0, backoff));
        var bAgain = await grain.SyncAsync(new RateBudgetReport("b", 6, 0, 6, 3, 0, backoff));
        var status = await grain.GetStatusAsync();

        Assert.Equal((6, 6), (a.Quota, a.Target));
        Assert.Equal((0, 3), (b.Quota, b.Target));
        Assert.Equal((6, 3), (aStillBusy.Quota, aStillBusy.Target));
        Assert.Equal((3, 3), (aCooled.Quota, aCooled.Target));
        Assert.Equal((3, 3), (bAgain.Quota, bAgain.Target));
        Assert.Equal(6, status.Allocated);
        Assert.Equal(TimeSpan.FromSeconds(3), a.LeaseDuration);
    }

    [Fact]
    public async Task BudgetGrain_OrdersWaitingOnOneSilo_GetTheOnlyPermitBeforeScreeningOnAnother()
    {
        var grain = fixture.Cluster.Client.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(GrainKeys.KisKeyId(KisAuthGrainTests.NewKey().Key)));
        var backoff = TimeSpan.FromSeconds(1);
        const int screening = (int)KisLane.Screening;
        const int orders = (int)KisLane.Orders;

        var screener = await grain.SyncAsync(new RateBudgetReport("screener", 1, 0, 1, screening, 0, backoff));
        var trader = await grain.SyncAsync(new RateBudgetReport("trader", 1, 0, 1, orders, 0, backoff));
        var screenerReleases = await grain.SyncAsync(new RateBudgetReport("screener", 1, 0, 1, screening, 0, backoff));
        var traderAgain = await grain.SyncAsync(new RateBudgetReport("trader", 1, 0, 1, orders, 0, backoff));
        var pausedByRateLimit = await grain.SyncAsync(new RateBudgetReport("screener", 1, 0, 1, screening, 1, backoff));

        Assert.Equal((1, 1), (screener.Quota, screener.Target));
        Assert.Equal((0, 1), (trader.Quota, trader.Target));
        Assert.Equal((0, 0), (screenerReleases.Quota, screenerReleases.Target));
        Assert.Equal((1, 1), (traderAgain.Quota, traderAgain.Target));
        Assert.InRange(pausedByRateLimit.PauseFor, backoff - TimeSpan.FromMilliseconds(500), backoff);
    }

    [Fact]
    public async Task BudgetGrain_ReactivatedWhileQuotaWasOut_HandsOutNoNewQuotaButKeepsReportedQuota()
    {
        var grain = fixture.Cluster.Client.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(GrainKeys.KisKeyId(KisAuthGrainTests.NewKey().Key)));
        var backoff = TimeSpan.FromSeconds(1);
        var before = await grain.SyncAsync(new RateBudgetReport("a", 6, 0, 4, 3, 0, backoff));

        // The grain's silo "dies": its memory of who holds what is gone, but a still holds 4 and keeps using them.
        await fixture.Cluster.DeactivateAsync(grain);
        var newcomer = await grain.SyncAsync(new RateBudgetReport("b", 6, 0, 6, 3, 0, backoff));
        var holder = await grain.SyncAsync(new RateBudgetReport("a", 6, 4, 6, 3, 0, backoff));
        var status = await grain.GetStatusAsync();

        Assert.Equal(4, before.Quota);
        Assert.Equal(0, newcomer.Quota);
        Assert.True(newcomer.Target > 0);
        Assert.Equal(4, holder.Quota);
        Assert.Equal(4, status.Allocated);
    }

    private static async Task HammerAsync(IKisMarketData client, int[] counter, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await client.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: stop);
                Interlocked.Increment(ref counter[0]);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<(long Accepted, long RateLimited)> RestAsync()
    {
        var rest = (await fixture.MetricsAsync()).GetProperty("rest");
        return (rest.GetProperty("accepted").GetInt64(), rest.GetProperty("rateLimited").GetInt64());
    }
}
