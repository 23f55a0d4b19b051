using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Subscribe over a real WebSocket to the in-process simulator and receive typed records for each TR ID.</summary>
public sealed class RealtimeMarketDataTests
{
    private const string Samsung = "005930";

    [Fact]
    public async Task Subscribe_TradesBookAndIndex_TypedRecordsArriveWhenTheClockMoves()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);

        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, Samsung, SubscriptionPriority.Position, TestContext.Current.CancellationToken);
        await using var book = await client.SubscribeAsync(KisRealtimeTrIds.OrderBook, Samsung, SubscriptionPriority.WatchList, TestContext.Current.CancellationToken);
        await using var index = await client.SubscribeAsync(KisRealtimeTrIds.IndexTrade, "0001", SubscriptionPriority.WatchList, TestContext.Current.CancellationToken);
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(3, ws.GetProperty("registrationsActive").GetInt64());

        // Index ticks come on whole minutes (10:01); prints and book changes in between.
        await sim.AdvanceAsync(TimeSpan.FromSeconds(61));

        var tick = await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, _ => true, "an H0STCNT0 tick");
        Assert.Equal((TradeTickKind.Regular, Samsung, KisRealtimeTrIds.Trade), (tick.Kind, tick.Symbol, tick.TrId));
        Assert.Equal(new DateOnly(2026, 11, 23), tick.BusinessDate);
        Assert.InRange(tick.At, RealtimeSimulator.Start, RealtimeSimulator.Start.AddSeconds(61));
        Assert.Equal(TimeSpan.FromHours(9), tick.At.Offset);
        Assert.True(tick.Price > 0 && tick.Low <= tick.Price && tick.Price <= tick.High, $"price {tick.Price} within [{tick.Low}, {tick.High}]");
        Assert.True(tick.Volume > 0 && tick.CumulativeVolume >= tick.Volume);
        Assert.Equal("20", tick.MarketOperationCode);
        Assert.NotNull(tick.StaticViBasePrice);

        var orderBook = await Eventually.ReadAsync<KisMarketEvent, OrderBook>(client.MarketEvents, _ => true, "an H0STASP0 book");
        Assert.False(orderBook.AfterHours);
        Assert.Equal(10, orderBook.Asks.Length);
        Assert.Equal(10, orderBook.Bids.Length);
        Assert.True(orderBook.Asks[0].Price > orderBook.Bids[0].Price, "best ask above best bid");
        Assert.True(orderBook.Asks.Zip(orderBook.Asks.Skip(1)).All(p => p.First.Price < p.Second.Price), "asks ascend");
        Assert.True(orderBook.Bids.Zip(orderBook.Bids.Skip(1)).All(p => p.First.Price > p.Second.Price), "bids descend");
        Assert.Equal(orderBook.Asks.Sum(l => l.Quantity), orderBook.TotalAskQuantity);

        var indexTick = await Eventually.ReadAsync<KisMarketEvent, IndexTick>(client.MarketEvents, _ => true, "an H0UPCNT0 index tick");
        Assert.Equal("0001", indexTick.IndexCode);
        Assert.True(indexTick.Value > 0 && indexTick.Low <= indexTick.Value && indexTick.Value <= indexTick.High);
        Assert.Equal(0, client.Statistics.ShortFrames + client.Statistics.MalformedFrames + client.Statistics.UnknownTrFrames);
    }

    [Fact]
    public async Task MultiRecordFrames_EveryRecordTheServerSentIsParsed()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, Samsung, SubscriptionPriority.Position, TestContext.Current.CancellationToken);

        // A minute of prints in one pump step: the simulator batches up to 10 records per frame (NNN > 1).
        await sim.AdvanceAsync(TimeSpan.FromMinutes(1));

        long sent = 0;
        long frames = 0;
        await Eventually.TrueAsync(
            async () =>
            {
                var ws = await sim.WebSocketMetricsAsync();
                sent = ws.GetProperty("recordsByTrId").TryGetProperty(KisRealtimeTrIds.Trade, out var r) ? r.GetInt64() : 0;
                frames = ws.GetProperty("framesByTrId").TryGetProperty(KisRealtimeTrIds.Trade, out var f) ? f.GetInt64() : 0;
                return sent > 0 && client.Statistics.Records == sent;
            },
            () => $"the client parsed as many records as the simulator sent ({sent} in {frames} frames; client {client.Statistics})");
        Assert.True(sent > frames, $"multi-record frames were sent ({sent} records in {frames} frames)");
        Assert.Equal(frames, client.Statistics.DataFrames);

        var ticks = new List<TradeTick>();
        while (client.MarketEvents.TryRead(out var e))
        {
            ticks.Add(Assert.IsType<TradeTick>(e));
        }

        Assert.Equal(sent, ticks.Count);
        Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.First.At <= p.Second.At), "records of a frame keep their order");
        Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.First.CumulativeVolume + p.Second.Volume == p.Second.CumulativeVolume), "cumulative volume adds up tick by tick");
        Assert.True(
            ticks.Zip(ticks.Skip(1)).Any(p => p.First.At == p.Second.At && p.Second.CumulativeVolume > p.First.CumulativeVolume),
            "several prints share one HHMMSS, each record with its own running cumulative volume");
    }

    [Fact]
    public async Task AfterHours_MatchBookAndIndicative_ParseIntoTheirRecords()
    {
        await using var sim = await RealtimeSimulator.StartAsync(start: new DateTimeOffset(2026, 11, 23, 16, 8, 30, TimeSpan.FromHours(9)));
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var match = await client.SubscribeAsync(KisRealtimeTrIds.AfterHoursTrade, Samsung, SubscriptionPriority.Position, ct);
        await using var book = await client.SubscribeAsync(KisRealtimeTrIds.AfterHoursOrderBook, Samsung, SubscriptionPriority.WatchList, ct);
        await using var expected = await client.SubscribeAsync(KisRealtimeTrIds.AfterHoursExpectedTrade, Samsung, SubscriptionPriority.WatchList, ct);

        // The first single-price auction of 시간외단일가 is at 16:10; indicatives come before it.
        await sim.AdvanceAsync(TimeSpan.FromMinutes(2));

        var received = new List<KisMarketEvent>();
        await Eventually.TrueAsync(
            () =>
            {
                while (client.MarketEvents.TryRead(out var e))
                {
                    received.Add(e);
                }

                return received.OfType<TradeTick>().Any(t => t.Kind == TradeTickKind.AfterHours)
                    && received.OfType<TradeTick>().Any(t => t.Kind == TradeTickKind.AfterHoursExpected)
                    && received.OfType<OrderBook>().Any();
            },
            "an H0STOUP0 match, an H0STOAC0 indicative and an H0STOAA0 book");

        var matched = received.OfType<TradeTick>().First(t => t.Kind == TradeTickKind.AfterHours);
        Assert.Equal((Samsung, KisRealtimeTrIds.AfterHoursTrade, "40"), (matched.Symbol, matched.TrId, matched.MarketOperationCode));
        Assert.Null(matched.StaticViBasePrice);
        Assert.True(matched.Price > 0 && matched.Volume > 0);
        Assert.True(matched.Time >= new TimeOnly(16, 10), $"match at {matched.Time}");
        var afterHoursBook = received.OfType<OrderBook>().First();
        Assert.True(afterHoursBook.AfterHours);
        Assert.Equal((9, 9, "D"), (afterHoursBook.Asks.Length, afterHoursBook.Bids.Length, afterHoursBook.HourClassCode));
        Assert.Null(afterHoursBook.DealClassCode);
        Assert.Equal(0, client.Statistics.ShortFrames + client.Statistics.MalformedFrames);
    }
}
