using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// Fill notices end to end: the simulator's order book → 체결통보 over a real WebSocket (through <see cref="NoticeTap"/>,
/// which records what the simulator delivered) → the KIS client → the realtime grain → <c>fills/&lt;account key&gt;</c>
/// on a real TestingHost cluster. KIS does not replay notices produced while no session is registered, so the claim is
/// about what the simulator delivered on any session, and it includes the window between the reconnect (체결통보 is
/// re-registered first, at the highest priority) and the re-registration of the market data, which the tap holds open.
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class RealtimeFillsTests(MarketDataFixture fixture)
{
    private const int Wanted = 500;

    /// <summary>
    /// Claim: every one of ≥ 500 notices the simulator delivered on any of the sessions — before a wsDrop, and after the
    /// reconnect, including ≥ 100 delivered while the other subscriptions were not yet re-registered — reaches
    /// fills/&lt;account key&gt; exactly once and in delivery order; nothing else does.
    /// </summary>
    [Fact]
    public async Task FillNotices_500DeliveredAcrossAWsDropAndReconnect_EachReachesTheAccountStreamExactlyOnceInOrder_IncludingTheReRegistrationWindow()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("fills");
        await new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken);
        await using var tap = await NoticeTap.StartAsync(fixture.Sim.WebSocketUrl);
        var settings = await fixture.ClientSettingsAsync("PSmdata-fills-" + Guid.NewGuid().ToString("N"), "mdata-fills-secret");
        settings["Kis:WebSocketBaseUrl"] = tap.Url.ToString();
        settings["Kis:WebSocket:RequestTimeout"] = "00:02:00";
        await using var cluster = await fixture.CreateClusterAsync(1, settings, durableReminders: false, storageConnectionString: database.ConnectionString);
        var trading = cluster.GetSiloServiceProvider(cluster.Silos[0].SiloAddress).GetRequiredService<IKisTrading>();
        var accountKey = GrainKeys.Account(trading.Account.Cano, trading.Account.ProductCode);
        var received = new ConcurrentQueue<FillNoticeEvent>();
        var handle = await cluster.Client.GetStreamProvider(ProviderNames.Streams).GetStream<FillNoticeEvent>(StreamIds.Fills(accountKey)).SubscribeAsync((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        var grain = cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);
        var fills = await grain.SubscribeFillsAsync("fills-test");
        Assert.True(fills.Accepted, fills.Reason);
        foreach (var stock in fixture.Stocks.Take(20))
        {
            Assert.True((await grain.SubscribeAsync(stock.Symbol, MarketDataKinds.Trades, "fills-test", MarketDataPriority.WatchList)).Accepted);
        }

        // Market buys of one share, one after another for the whole test: each makes a receipt and a fill notice.
        var symbol = await CheapSymbolAsync();
        using var stopOrders = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var orders = PlaceOrdersAsync(trading, symbol, stopOrders.Token);

        await Eventually.TrueAsync(() => tap.Delivered.Count >= 150, "150 notices delivered on the first session");
        tap.HoldMarketResubscribes();
        await fixture.DropWebSocketsAsync();
        await tap.Holding.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => tap.Delivered.Count(d => d.InReRegistrationWindow) >= 100, "100 notices delivered before the market data is re-registered");
        tap.Release();
        await Eventually.TrueAsync(
            async () => tap.Delivered.Count >= Wanted + 50 && (await grain.GetStatusAsync()).Registrations.All(r => r.Registered),
            () => $"{Wanted + 50} notices delivered and every registration back ({tap.Delivered.Count} so far)");
        await stopOrders.CancelAsync();
        var last = await orders;

        // The last order's fill is delivered on the live session; then nothing more comes, and the stream catches up.
        await Eventually.TrueAsync(() => tap.Delivered.Any(d => d.OrderNumber == last && d.IsFill), "the last order's fill delivered");
        var delivered = tap.Delivered;
        await Eventually.TrueAsync(() => Task.FromResult(received.Count >= delivered.Count), () => $"{delivered.Count} notices on fills/<account> ({received.Count} so far)");

        var published = received.ToList();
        Assert.True(delivered.Count >= Wanted, $"{delivered.Count} delivered");
        Assert.Equal(
            delivered.Select(d => (d.OrderNumber, d.IsFill, d.Quantity)),
            published.Select(e => (e.OrderNumber, e.Kind == FillNoticeKind.Fill, e.Quantity)));
        Assert.Equal(published.Count, published.Select(e => e.Identity).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, published.Count).Select(i => (long)i), published.Select(e => e.Sequence));
        Assert.All(published, e => Assert.Equal((accountKey, symbol), (e.AccountKey, e.Symbol)));
        Assert.True(delivered.Count(d => d.InReRegistrationWindow) >= 100);
        Assert.Contains(delivered, d => d.Connection == 1);
        Assert.Contains(delivered, d => d.Connection > 1);
        var status = await grain.GetStatusAsync();
        Assert.Equal((published.Count, 0L), (status.FillNoticesPublished, status.FillNoticeDuplicates));
        Assert.True(status.Reconnects >= 1);

        await handle.UnsubscribeAsync();
        Assert.Equal(1, await grain.UnsubscribeFillsAsync("fills-test"));
        foreach (var stock in fixture.Stocks.Take(20))
        {
            Assert.Equal(1, await grain.UnsubscribeAsync(stock.Symbol, MarketDataKinds.Trades, "fills-test"));
        }
    }

    /// <summary>Places market buys of one share until stopped; returns the last order number.</summary>
    private static async Task<string> PlaceOrdersAsync(IKisTrading trading, string symbol, CancellationToken stop)
    {
        await Task.Yield();
        var last = string.Empty;
        while (!stop.IsCancellationRequested)
        {
            var result = await trading.PlaceCashOrderAsync(new CashOrderRequest(trading.Account, OrderSide.Buy, symbol, OrderDivision.Market, 1, 0m), cancellationToken: CancellationToken.None);
            Assert.True(result.IsAccepted, $"{result.MsgCd} {result.Msg1}");
            last = result.Reply!.OrderNo;
        }

        return last;
    }

    /// <summary>A listing under 20,000 won with asks (so a one-share market buy fills at once and cash lasts).</summary>
    private async Task<string> CheapSymbolAsync()
    {
        foreach (var stock in fixture.Stocks)
        {
            var quote = await fixture.QuoteAsync(stock.Symbol);
            if (quote.Price is > 1_000m and < 20_000m)
            {
                return stock.Symbol;
            }
        }

        throw new InvalidOperationException("No listing under 20,000 won in the simulated market.");
    }
}
