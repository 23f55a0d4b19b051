using System.Text.Json;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>
/// The cluster budget fails closed: with the rate-budget grain unreachable (every call to it fails in the silo, as when
/// its silo is gone — injected by the fixture's call filter, the KIS client is real), a silo's client sends nothing
/// once its lease has lapsed. Orders come back <see cref="OrderOutcome.NotSent"/> at once with a clear reason, queries
/// wait (here until their caller gives up), the simulator sees no call; when the grain is back, calls flow again.
/// </summary>
[Collection(KisClusterCollection.Name)]
public sealed class BudgetFailClosedTests(KisClusterFixture fixture)
{
    [Fact]
    public async Task BudgetGrainUnreachable_AfterTheLease_OrdersAreNotSentQueriesWaitAndNothingReachesTheBroker()
    {
        var ct = TestContext.Current.CancellationToken;
        var appKey = "PSfailclosed-" + Guid.NewGuid().ToString("N");
        var provider = await fixture.CreateSiloClient(appKey, "failclosed-secret-" + appKey, s => s["Kis:Cluster:BudgetLeaseDuration"] = "00:00:01");
        var trading = provider.GetRequiredService<IKisTrading>();
        var market = provider.GetRequiredService<IKisMarketData>();
        var order = new CashOrderRequest(trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, 1_000m);

        // Healthy: the client gets permits (and the token) through the grains; the broker answers.
        await QueryAsync(market, ct);

        fixture.BudgetOutage = true;
        try
        {
            // Until the silo's lease (1 s from its last sync) lapses it may still send; after that, nothing.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            OrderResult refused;
            while (true)
            {
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
                patience.CancelAfter(TimeSpan.FromSeconds(15));
                refused = await trading.PlaceCashOrderAsync(order, cancellationToken: patience.Token);
                if (refused.Outcome == OrderOutcome.NotSent)
                {
                    // A NotSent result (not the caller's cancellation, which would throw) within the patience.
                    Assert.False(patience.IsCancellationRequested);
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, "orders were still sent long after the budget grain became unreachable");
                await Task.Delay(100, ct);
            }

            var transport = Assert.IsType<KisTransportException>(refused.Failure);
            Assert.Contains("rate-budget grain is unreachable", transport.Message, StringComparison.Ordinal);
            Assert.Contains("the order was not sent", transport.Message, StringComparison.Ordinal);

            var calls = await TotalCallsAsync();
            var again = await trading.PlaceCashOrderAsync(order, cancellationToken: ct);
            Assert.Equal(OrderOutcome.NotSent, again.Outcome);

            // A query waits for a permit instead of going out unthrottled; its caller gives up after 1.5 s.
            using (var shortWait = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                shortWait.CancelAfter(TimeSpan.FromSeconds(1.5));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => market.GetQuoteAsync(new SymbolQuery("005930"), KisLane.Screening, shortWait.Token));
            }

            Assert.Equal(calls, await TotalCallsAsync());
        }
        finally
        {
            fixture.BudgetOutage = false;
        }

        // The grain is reachable again: the next sync renews the lease and calls flow (a query waits for it).
        var before = await TotalCallsAsync();
        using var recovery = CancellationTokenSource.CreateLinkedTokenSource(ct);
        recovery.CancelAfter(TimeSpan.FromSeconds(20));
        await QueryAsync(market, recovery.Token);
        Assert.True(await TotalCallsAsync() > before);
    }

    // Any broker answer proves a permit was given (the symbol may not be listed in the synthetic market).
    private static async Task QueryAsync(IKisMarketData market, CancellationToken ct)
    {
        try
        {
            await market.GetQuoteAsync(new SymbolQuery("005930"), KisLane.Screening, ct);
        }
        catch (KisApiException)
        {
        }
    }

    private async Task<long> TotalCallsAsync()
    {
        var metrics = await fixture.MetricsAsync();
        return metrics.GetProperty("rest").GetProperty("byTrId").EnumerateObject().Sum(p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt64() : 0);
    }
}
