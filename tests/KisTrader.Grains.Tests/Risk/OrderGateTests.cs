using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>Each gate refuses exactly at its boundary through the registered <see cref="IOrderGate"/>, with the simulator's figures.</summary>
[Collection(RiskCollection.Name)]
public sealed class OrderGateTests(RiskFixture fixture)
{
    private static readonly PriceGrid Grid = PriceGrid.Default;
    private static readonly DateOnly Day = DateOnly.FromDateTime(RiskFixture.Now.DateTime);
    private static int _sequence;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_PriceAtTheDailyLimits_AllowedOneTickBeyondRefusedPublishedAndAlerted()
    {
        var (gate, account, cluster) = await GateAsync();
        var limits = Grid.DailyLimits(fixture.Cheap.BasePrice);
        var upper = limits.Upper;

        Assert.True((await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, upper), RiskFixture.Now, Ct)).Allowed);
        Assert.True((await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, limits.Lower), RiskFixture.Now, Ct)).Allowed);
        var above = Sell(account, fixture.Cheap.Symbol, Grid.Step(upper, 1));
        var refused = await gate.CheckAsync(above, RiskFixture.Now, Ct);
        var below = await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, Grid.Step(limits.Lower, -1)), RiskFixture.Now, Ct);

        Assert.Equal(("price-limit", false), (refused.Code, refused.Allowed));
        Assert.Contains($"above the upper limit {upper:#,0}", refused.Detail, StringComparison.Ordinal);
        Assert.Equal("price-limit", below.Code);
        var events = await cluster.PayloadsAsync<RiskChanged>("risk", account);
        Assert.Contains(events, e => e.Change == RiskChange.OrderRefused && e.ClientOrderId == above.ClientOrderId && e.Code == "price-limit" && e.Detail == refused.Detail);
        var alerts = await cluster.Alerts.ReadAsync(DateTimeOffset.MinValue, TestContext.Current.CancellationToken);
        Assert.Contains(alerts, a => a.Code == "price-limit" && a.Message.Contains(above.ClientOrderId, StringComparison.Ordinal) && a.Message.Contains(refused.Detail!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_OffGridPrice_RefusedOnGridAllowed()
    {
        var (gate, account, _) = await GateAsync();
        var price = Grid.RoundDown(fixture.Cheap.BasePrice);

        Assert.True((await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, price), RiskFixture.Now, Ct)).Allowed);
        var refused = await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, price + 1m), RiskFixture.Now, Ct);

        Assert.Equal("tick-grid", refused.Code);
    }

    [Theory]
    [InlineData(8, 59, 59, OrderKind.Limit, "session-window")]
    [InlineData(9, 0, 0, OrderKind.Limit, null)]
    [InlineData(15, 29, 59, OrderKind.Market, null)]
    [InlineData(15, 30, 0, OrderKind.Market, "session-window")]
    [InlineData(16, 0, 0, OrderKind.Limit, "order-type")]
    [InlineData(15, 59, 59, OrderKind.AfterHoursSinglePrice, "session-window")]
    [InlineData(16, 0, 0, OrderKind.AfterHoursSinglePrice, null)]
    [InlineData(17, 59, 59, OrderKind.AfterHoursSinglePrice, null)]
    [InlineData(18, 0, 0, OrderKind.AfterHoursSinglePrice, "session-window")]
    public async Task Check_SessionWindow_AcceptedExactlyInsideIt(int h, int m, int s, OrderKind kind, string? code)
    {
        var (gate, account, _) = await GateAsync();
        var at = new DateTimeOffset(2026, 11, 23, h, m, s, TimeSpan.FromHours(9));
        var price = kind == OrderKind.Market ? (decimal?)null : Grid.RoundDown(fixture.Cheap.Price);
        var intent = kind == OrderKind.AfterHoursSinglePrice
            ? Buy(account, fixture.Cheap.Symbol, 1, price!.Value, kind)
            : Sell(account, fixture.Cheap.Symbol, price, kind);

        var verdict = await gate.CheckAsync(intent, at, Ct);

        Assert.Equal(code, verdict.Code);
        Assert.Equal(code is null, verdict.Allowed);
    }

    [Fact]
    public async Task Check_OrderableCash_ExactAmountAllowedOneShareMoreRefused()
    {
        var (gate, account, cluster) = await GateAsync();
        var cash = (await cluster.Cluster.Client.GetGrain<IAccountGrain>(account).RefreshAsync(TestContext.Current.CancellationToken)).OrderableCash;
        var price = Grid.RoundDown(fixture.Cheap.BasePrice);
        var fits = (long)Math.Floor(cash / price);
        Assert.InRange(cash, 1_000_000m, 140_000_000m); // below the maximum position: the cash gate decides

        Assert.True((await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, fits, price), RiskFixture.Now, Ct)).Allowed);
        var refused = await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, fits + 1, price), RiskFixture.Now, Ct);

        Assert.Equal("orderable-cash", refused.Code);
        Assert.EndsWith($"exceeds the orderable cash {cash:#,0} won", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PositionSize_AtTheMaximumPassesItOneShareMoreRefused()
    {
        var (gate, account, _) = await GateAsync();
        var price = Grid.RoundDown(fixture.Cheap.BasePrice);
        var atMax = (long)Math.Floor(150_000_000m / price);

        // At the maximum the position gate lets it through (the cash gate, next in line, then refuses: 150 M > the cash).
        Assert.Equal("orderable-cash", (await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, atMax, price), RiskFixture.Now, Ct)).Code);
        var refused = await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, atMax + 1, price), RiskFixture.Now, Ct);

        Assert.Equal("position-size", refused.Code);
        Assert.EndsWith("exceeds the maximum position 150,000,000 won", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DailyLoss_EntriesRefusedOnceTheDaysLossReachesTheLimit()
    {
        var (gate, account, cluster) = await GateAsync();
        var tuesday = new DateOnly(2026, 11, 24); // a day of its own: the other tests' buys stay unaffected
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9));
        var price = Grid.RoundDown(fixture.Cheap.BasePrice);
        // Real round trips, net of costs (commission 0.015% per side, tax 0.20% on sells, each rounded down to the won):
        // 100 bought at 9,610 = 961,000 (commission 144) and sold at 8,630 = 863,000 (commission 129, tax 1,726):
        // 863,000 − 129 − 1,726 − 961,000 − 144 = −99,999. Another day: 484 bought at 10,970 = 5,309,480 (796) and sold at
        // 9,960 = 4,820,640 (723, 9,641): 4,820,640 − 723 − 9,641 − 5,309,480 − 796 = −500,000. Then 1 bought at 9,500 (1)
        // and sold at 9,520 (1, tax 19): 9,520 − 1 − 19 − 9,500 − 1 = −1, so the day's loss is 99,999 + 1 = 100,000.
        await cluster.Trades.RecordTradeAsync(Trade("2026-11-23/000010", tuesday, 100, 9_610m, 8_630m, (144m, 129m, 1_726m), -99_999m), TestContext.Current.CancellationToken);
        await cluster.Trades.RecordTradeAsync(Trade("2026-11-24/000011", new DateOnly(2026, 11, 25), 484, 10_970m, 9_960m, (796m, 723m, 9_641m), -500_000m), TestContext.Current.CancellationToken); // another day's loss

        Assert.True((await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, 1, price) with { TradingDate = tuesday }, at, Ct)).Allowed);
        await cluster.Trades.RecordTradeAsync(Trade("2026-11-23/000012", tuesday, 1, 9_500m, 9_520m, (1m, 1m, 19m), -1m), TestContext.Current.CancellationToken);
        var refused = await gate.CheckAsync(Buy(account, fixture.Cheap.Symbol, 1, price) with { TradingDate = tuesday }, at, Ct);

        Assert.Equal(("daily-loss", "realized loss today 100,000 won reaches the limit 100,000 won"), (refused.Code, refused.Detail));
        Assert.True((await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, price) with { TradingDate = tuesday }, at, Ct)).Allowed);
    }

    [Fact]
    public async Task Check_HaltedListing_RefusedForBothSides()
    {
        var (gate, account, _) = await GateAsync();
        var price = Grid.RoundDown(fixture.Halted.BasePrice);

        var sell = await gate.CheckAsync(Sell(account, fixture.Halted.Symbol, price), RiskFixture.Now, Ct);
        var buy = await gate.CheckAsync(Buy(account, fixture.Halted.Symbol, 1, price), RiskFixture.Now, Ct);

        Assert.Equal(("halted", $"trading in {fixture.Halted.Symbol} is halted"), (sell.Code, sell.Detail));
        Assert.Equal("halted", buy.Code);
    }

    [Fact]
    public async Task Check_SymbolHaltedByTheAccount_RefusedOtherSymbolsNot()
    {
        var (gate, account, cluster) = await GateAsync();
        var view = await cluster.Risk(account).HaltSymbolAsync(fixture.Other.Symbol, "ambiguous-order");

        var refused = await gate.CheckAsync(Sell(account, fixture.Other.Symbol, Grid.RoundDown(fixture.Other.BasePrice)), RiskFixture.Now, Ct);

        Assert.Equal("ambiguous-order", view.HaltedSymbols[fixture.Other.Symbol]);
        Assert.Equal("symbol-halted", refused.Code);
        Assert.True((await gate.CheckAsync(Sell(account, fixture.Cheap.Symbol, Grid.RoundDown(fixture.Cheap.BasePrice)), RiskFixture.Now, Ct)).Allowed);
    }

    private async Task<(IOrderGate Gate, string Account, RiskCluster Cluster)> GateAsync()
    {
        var cluster = await fixture.GatesAsync();
        var (cano, _) = await KisTrader.Testing.Simulator.TestSimulator.AccountAsync(fixture.Sim, RiskFixture.GatesAppKey);
        return (cluster.Services.GetRequiredService<IOrderGate>(), GrainKeys.Account(cano, "01"), cluster);
    }

    private static string NextId() => $"gate-test-{Interlocked.Increment(ref _sequence)}";

    internal static OrderIntent Sell(string account, string symbol, decimal? price, OrderKind kind = OrderKind.Limit) =>
        new(NextId(), Day, account, symbol, OrderSide.Sell, kind, 1, kind == OrderKind.Market ? null : price, OrderPurpose.Exit, null, "test", "tests");

    internal static OrderIntent Buy(string account, string symbol, long quantity, decimal price, OrderKind kind = OrderKind.Limit) =>
        new(NextId(), Day, account, symbol, OrderSide.Buy, kind, quantity, price, OrderPurpose.Entry, null, "test", "tests");

    /// <summary>A closed round trip: <paramref name="quantity"/> bought at 16:30 KST the day before <paramref name="exitDate"/>,
    /// sold by the stop loss at 10:00 on it; the costs and the net P&amp;L as derived by hand in the test.</summary>
    private static TradeResultRecord Trade(
        string positionKey, DateOnly exitDate, long quantity, decimal buyPrice, decimal sellPrice,
        (decimal BuyCommission, decimal SellCommission, decimal SellTax) costs, decimal netPnL)
    {
        var kst = TimeSpan.FromHours(9);
        var boughtAt = new DateTimeOffset(exitDate.AddDays(-1).ToDateTime(new TimeOnly(16, 30)), kst);
        var soldAt = new DateTimeOffset(exitDate.ToDateTime(new TimeOnly(10, 0)), kst);
        return new()
        {
            PositionKey = positionKey,
            EntryDate = exitDate.AddDays(-1),
            ExitDate = exitDate,
            Symbol = positionKey[^6..],
            AccountRef = "1234****-01",
            Day1Close = 10_000m,
            EntryCheckpoint = new TimeOnly(16, 30),
            Rank = 1,
            Score = 50m,
            Fills =
            [
                new TradeFillRecord(positionKey + "/B1", "buy-1", OrderSide.Buy, quantity, buyPrice, boughtAt, null),
                new TradeFillRecord(positionKey + "/S1", "sell-1", OrderSide.Sell, quantity, sellPrice, soldAt, ExitReason.StopLoss),
            ],
            BuyCommission = costs.BuyCommission,
            SellCommission = costs.SellCommission,
            SellTax = costs.SellTax,
            NetPnL = netPnL,
            NetReturn = netPnL / ((quantity * buyPrice) + costs.BuyCommission),
            OpenedAt = boughtAt,
            ClosedAt = soldAt,
        };
    }
}
