using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Tests.Infrastructure;

namespace KisTrader.Kis.Tests.Client;

/// <summary>Every endpoint of the facades round-trips against the simulator (real profile) and parses into typed records.</summary>
public sealed class EndpointTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private const string Samsung = "005930";
    private static readonly DateOnly Today = new(2026, 11, 23);

    private SimHost Sim => fixture.Sim;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Quote_And_RecentExecutions_ParseTheSymbol()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery(Samsung), KisLane.ExitChecks, Ct);
        var prints = await client.MarketData.GetRecentExecutionsAsync(new SymbolQuery(Samsung), cancellationToken: Ct);

        Assert.Equal(Samsung, quote.Symbol);
        Assert.True(quote.Price > 0);
        Assert.NotEmpty(prints);
        Assert.All(prints, p => Assert.True(p.Price > 0));
    }

    [Fact]
    public async Task DailyBars_PageBackwardsByDate_AndCoverTheRangeOnce()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var before = await Sim.CallsAsync("FHKST03010100");
        var request = new DailyChartRequest(Samsung, new DateOnly(2026, 1, 2), new DateOnly(2026, 11, 20));

        var bars = await client.MarketData.GetDailyBarsAsync(request, cancellationToken: Ct).ToListAsync(Ct);
        var chart = await client.MarketData.GetDailyChartAsync(request, cancellationToken: Ct);

        Assert.True(bars.Count > 200, $"{bars.Count} bars");
        Assert.Equal(bars.Count, bars.Select(b => b.Date).Distinct().Count());
        Assert.Equal(bars.OrderByDescending(b => b.Date).Select(b => b.Date), bars.Select(b => b.Date));
        Assert.Equal(new DateOnly(2026, 11, 20), bars[0].Date);
        Assert.True(bars[^1].Date <= new DateOnly(2026, 1, 5));
        Assert.True(await Sim.CallsAsync("FHKST03010100") - before >= 4, "more than 100 bars need several calls");
        Assert.Equal(Samsung, chart.Summary.Symbol);
        Assert.True(chart.Rows.Count <= 100);
    }

    [Fact]
    public async Task MinuteBars_Page30PerCall_BackTo0900()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var before = await Sim.CallsAsync("FHKST03010200");

        var one = await client.MarketData.GetMinuteChartAsync(new MinuteChartRequest(Samsung, new TimeOnly(15, 20)), cancellationToken: Ct);
        var bars = await client.MarketData.GetMinuteBarsAsync(new MinuteChartRequest(Samsung, new TimeOnly(15, 20)), cancellationToken: Ct).ToListAsync(Ct);

        Assert.Equal(30, one.Rows.Count);
        Assert.Equal(bars.Count, bars.Select(b => b.Time).Distinct().Count());
        Assert.Equal(new TimeOnly(9, 0), bars.Min(b => b.Time));
        Assert.InRange(bars.Max(b => b.Time), new TimeOnly(15, 0), new TimeOnly(15, 20));
        Assert.True(bars.Count >= 370, $"{bars.Count} bars");
        var calls = await Sim.CallsAsync("FHKST03010200") - before;
        Assert.InRange(calls, 1 + (bars.Count / 30), 2 + (bars.Count / 30));
    }

    [Fact]
    public async Task AfterHoursEndpoints_RoundTrip()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var symbol = new SymbolQuery(Samsung);

        var quote = await client.MarketData.GetOvertimeQuoteAsync(symbol, cancellationToken: Ct);
        var book = await client.MarketData.GetOvertimeOrderBookAsync(symbol, cancellationToken: Ct);
        var executions = await client.MarketData.GetOvertimeExecutionsAsync(new OvertimeConclusionRequest(Samsung), cancellationToken: Ct);
        var daily = await client.MarketData.GetOvertimeDailyPricesAsync(symbol, cancellationToken: Ct);

        Assert.True(quote.Price >= 0);
        Assert.NotNull(book.Asks);
        Assert.NotNull(executions.Rows);
        Assert.NotEmpty(daily.Rows);
        Assert.All(daily.Rows, r => Assert.True(r.Date < Today));
        foreach (var tr in new[] { "FHPST02300000", "FHPST02300400", "FHPST02310000", "FHPST02320000" })
        {
            Assert.True(await Sim.CallsAsync(tr) >= 1, tr);
        }
    }

    [Fact]
    public async Task IndexEndpoints_RoundTrip_WithDatePaging()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);

        var kospi = await client.MarketData.GetIndexQuoteAsync(new IndexQuery("0001"), cancellationToken: Ct);
        var chart = await client.MarketData.GetIndexChartAsync(new IndexChartRequest("0001", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 20)), cancellationToken: Ct);
        var bars = await client.MarketData.GetIndexDailyBarsAsync(new IndexChartRequest("0001", new DateOnly(2026, 1, 2), new DateOnly(2026, 11, 20)), cancellationToken: Ct).ToListAsync(Ct);

        Assert.True(kospi.Value > 0);
        Assert.Equal("0001", chart.Summary.IndexCode);
        Assert.NotEmpty(chart.Rows);
        Assert.True(bars.Count > 200, $"{bars.Count} bars");
        Assert.Equal(bars.Count, bars.Select(b => b.Date).Distinct().Count());
    }

    [Fact]
    public async Task VolumeRank_And_Holidays_RoundTrip()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);

        var rank = await client.MarketData.GetVolumeRankAsync(new VolumeRankRequest(), cancellationToken: Ct);
        var days = await client.MarketData.GetMarketDaysAsync(new HolidayRequest(Today), cancellationToken: Ct).ToListAsync(Ct);

        Assert.NotEmpty(rank);
        Assert.Equal(Enumerable.Range(1, rank.Count), rank.Select(r => r.Rank));
        Assert.NotEmpty(days);
        Assert.Equal(Today, days[0].Date);
        Assert.True(days[0].IsOpen);
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public async Task OrderLifecycle_PlaceListCancel_AndAccountQueries()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var trading = client.Trading;
        var price = (await client.MarketData.GetQuoteAsync(new SymbolQuery(Samsung), cancellationToken: Ct)).Price;

        var power = await trading.GetBuyingPowerAsync(new BuyingPowerRequest(trading.Account, Samsung, price), cancellationToken: Ct);
        var placed = await trading.PlaceCashOrderAsync(new CashOrderRequest(trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 3, price), cancellationToken: Ct);
        var daily = await trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, Today, Today), cancellationToken: Ct).ToListAsync(Ct);
        var open = await trading.GetCancelableOrdersAsync(new CancelableOrdersRequest(trading.Account), cancellationToken: Ct).ToListAsync(Ct);
        var balance = await trading.GetBalanceAsync(new BalanceRequest(trading.Account), cancellationToken: Ct);

        Assert.True(power.NoMarginQuantity > 3);
        Assert.Equal(OrderOutcome.Accepted, placed.Outcome);
        var reply = placed.Reply!;
        Assert.Matches("^[0-9]{10}$", reply.OrderNo);
        var row = Assert.Single(daily);
        Assert.Equal((reply.OrderNo, Samsung, OrderSide.Buy, 3L, price), (row.OrderNo, row.Symbol, row.Side, row.Quantity, row.Price));
        Assert.Equal(reply.OrderNo, Assert.Single(open).OrderNo);
        Assert.True(balance.Summary.Deposit > 0);

        var cancel = await trading.ModifyOrCancelAsync(ModifyCancelRequest.CancelAll(trading.Account, reply.OrgNo, reply.OrderNo), cancellationToken: Ct);
        var afterCancel = await trading.GetCancelableOrdersAsync(new CancelableOrdersRequest(trading.Account), cancellationToken: Ct).ToListAsync(Ct);

        Assert.Equal(OrderOutcome.Accepted, cancel.Outcome);
        Assert.NotEqual(reply.OrderNo, cancel.Reply!.OrderNo);
        Assert.Empty(afterCancel);
    }

    [Fact]
    public async Task LegacyOrderTrIds_AreSentWhenConfigured_AndHashKeyIsAccepted()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim, s => s["Kis:UseLegacyOrderTrIds"] = "true");
        var before = await Sim.CallsAsync("TTTC0802U");
        var hashBefore = (await Sim.MetricsAsync()).GetProperty("auth").GetProperty("hashKeys").GetInt64();
        var price = (await client.MarketData.GetQuoteAsync(new SymbolQuery(Samsung), cancellationToken: Ct)).Price;

        var placed = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, Samsung, OrderDivision.Limit, 1, price), useHashKey: true, Ct);

        Assert.Equal(OrderOutcome.Accepted, placed.Outcome);
        Assert.Equal(1, await Sim.CallsAsync("TTTC0802U") - before);
        Assert.Equal(1, (await Sim.MetricsAsync()).GetProperty("auth").GetProperty("hashKeys").GetInt64() - hashBefore);
    }
}
