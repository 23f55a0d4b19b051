using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Money;
using Microsoft.Extensions.Logging;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The REST price fallback (<c>KisTrader:Positions:StalePriceAfter</c>, 30 s here as by default): with no trade reaching
/// the position for 30 s in the exit day's decision windows, its wake reads inquire-price from the simulator and the rules
/// act on it; with trades arriving it never asks. Position: 100 shares bought at 10,000 on Day 1 (net cost 1,000,150).
/// In the stale tests no trade is posted to the position, and the simulator refuses its trades registration (the realtime
/// cap): the simulator's scripted prices, read over REST, are all it can see.
/// </summary>
public sealed class PositionPriceFallbackTests
{
    /// <summary>PositionChanged.PriceSource of a polled price.</summary>
    private const string QuotePoll = "QuotePoll";

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Exit_TicksStopAndThePriceFallsThroughTheStop_StopLossPlacedFromAQuotePoll()
    {
        // Opens at 10,000 (r 0); the simulator prints 9,690 (a sell: best bid 9,690) at 10:29:59, r −3.1 %.
        await using var s = await StartAsync(new PositionMarket(10_000m, 9_700m, ("10:29:59", 9_690m, "sell", 100)), stalePriceAfter: Period, tradesFeedRefused: true);
        await s.EnterAndFillAsync();
        var entryQuotes = await s.QuoteRequestsAsync(); // the order gate's check of the buy
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(9, 0, 30)); // no trade yet: the poll is due 30 s after the morning start
        await s.WakeAtAsync(At(9, 0, 30), At(9, 1, 0)); // polled: 10,000, r 0, hold; the next poll 30 s later
        var opened = await s.WaitAsync(v => v.LastPrice == 10_000m, "the polled price");
        Assert.Equal(PositionStatus.Open, opened.Status);
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);

        s.SetClock(At(10, 30)); // the 09:01 wake runs late: polls 9,690
        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        // inquire-price has no best bid: the rules' "no bid to price a limit" makes it a market order.
        Assert.Equal(("StopLoss", 100L, OrderKind.Market, (decimal?)null, At(10, 30)), (sell.Reason, sell.Quantity, sell.Kind, sell.LimitPrice, s.Orders.PlacedAt(Sell(1))));
        var events = await s.PositionEventsAsync();
        var placed = Assert.Single(events, e => e.Change == PositionChange.ExitPlaced);
        Assert.Equal((ExitReason.StopLoss, (decimal?)-0.031m, nameof(ExitWindow.Morning), QuotePoll), (placed.ExitReason, placed.Return, placed.Reason, placed.PriceSource));
        var first = Assert.Single(events, e => e.Change == PositionChange.FirstPrice);
        Assert.Equal(((decimal?)10_000m, QuotePoll), (first.LastPrice, first.PriceSource));
        Assert.Equal(10_000m, trade.Day2Open); // the broker's official open (stck_oprc)
        Assert.Contains(s.Log.Of(2618), l => l.Level == LogLevel.Warning);
        Assert.NotEmpty(s.Log.Of(2613)); // the trades registration was refused (OPSP0008): no trade could reach the position
        Assert.Contains(s.Log.Of(2604), l => l.Text.Contains("(price from a quote poll)", StringComparison.Ordinal));
        Assert.Equal(2, s.Log.Of(2619).Count); // 09:00:30 and 10:30
        Assert.Equal(entryQuotes + 2 + 1, await s.QuoteRequestsAsync()); // the two polls, the gate's check of the sell
        Assert.Equal(ExitReason.StopLoss, trade.Fills[^1].ExitReason);
        // The market sell fills at the best bid, 9,690: 969,000 − 145 − 1,938 = 966,917; − 1,000,150 = −33,233.
        Assert.Equal((9_690m, -33_233m), (trade.Fills[^1].Price, trade.NetPnL));
    }

    [Fact]
    public async Task Exit_TradesArrivingWithinThePeriod_NoQuoteCallIsMade()
    {
        await using var s = await StartAsync(new PositionMarket(10_100m, 10_500m, ("09:00:59", 10_500m, "sell", 100)), stalePriceAfter: Period);
        await s.EnterAndFillAsync();
        var entryQuotes = await s.QuoteRequestsAsync(); // the order gate's check of the buy
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(9, 0, 30));
        await s.TradeAsync(10_100m, 10_100m); // 09:00:00, r +1 %
        s.SetClock(At(9, 0, 20));
        await s.TradeAsync(10_200m, 10_200m);
        await s.WakeAtAsync(At(9, 0, 40), At(9, 0, 50)); // the 09:00:30 wake finds a trade 20 s old: no poll, re-armed 30 s after it
        await s.TradeAsync(10_300m, 10_300m);
        s.SetClock(At(9, 1, 0));
        await Eventually.TrueAsync(() => s.Clock.Armed(At(9, 1, 10)), () => $"the 09:00:50 wake re-armed 30 s after the 09:00:40 trade: {s.Clock.Describe()}");
        Assert.Equal(entryQuotes, await s.QuoteRequestsAsync());
        await s.TradeAsync(10_500m, 10_500m); // r +5 %: take profit at the bid

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("TakeProfit", OrderKind.Limit, (decimal?)10_500m), (sell.Reason, sell.Kind, sell.LimitPrice));
        Assert.Equal(entryQuotes + 1, await s.QuoteRequestsAsync()); // and the gate's check of the sell
        Assert.Empty(s.Log.Of(2618));
        Assert.Empty(s.Log.Of(2619));
        Assert.All(await s.PositionEventsAsync(), e => Assert.Null(e.PriceSource));
        Assert.Equal(10_100m, trade.Day2Open);
    }

    [Fact]
    public async Task Exit_QuoteCallFailing_WarnsAndRetriesNextPeriod()
    {
        // inquire-price answers HTTP 500 from 09:00 to 09:01 (simulated); the open, 9,650, is r −3.5 %.
        await using var s = await StartAsync(new PositionMarket(9_650m, 9_700m), stalePriceAfter: Period, tradesFeedRefused: true);
        await s.EnterAndFillAsync();
        await s.FaultAsync(string.Create(CultureInfo.InvariantCulture,
            $$"""{"kind":"http500","trIds":["FHKST01010100"],"from":"{{At(9, 0):O}}","to":"{{At(9, 1):O}}"}"""));
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(9, 0, 30));

        s.SetClock(At(9, 0, 30)); // the poll fails: a warning, the next one 30 s later
        await Eventually.TrueAsync(() => s.Log.Of(2620).Count == 1, () => $"the failed poll logged: {string.Join(" | ", s.Log.All)}");
        await Eventually.TrueAsync(() => s.Clock.Armed(At(9, 1)), () => $"the next poll armed: {s.Clock.Describe()}");

        Assert.Equal(LogLevel.Warning, s.Log.Of(2620)[0].Level);
        Assert.Contains(s.Log.Of(2618), l => l.Level == LogLevel.Warning);
        var holding = await s.Position.GetAsync();
        Assert.Equal((PositionStatus.Open, 100L, (decimal?)null), (holding.Status, holding.Quantity, holding.LastPrice));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);

        s.SetClock(At(9, 1)); // the fault is over: 9,650, stop loss
        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("StopLoss", OrderKind.Market, At(9, 1)), (sell.Reason, sell.Kind, s.Orders.PlacedAt(Sell(1))));
        Assert.Equal(9_650m, trade.Day2Open);
        Assert.Single(s.Log.Of(2620));
    }
}
