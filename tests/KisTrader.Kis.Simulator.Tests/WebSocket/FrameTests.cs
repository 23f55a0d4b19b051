using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;
using KisTrader.Kis.Simulator.WebSocket.Frames;

namespace KisTrader.Kis.Simulator.Tests.WebSocket;

/// <summary>Data frame layout, exact field counts per TR, and multi-record frames on the wire.</summary>
public sealed class FrameTests
{
    private static readonly DateTimeOffset At = WsTestHost.Start.AddSeconds(5);

    /// <summary>Splits a data frame on the first three '|' only (kis-api.md §5.3).</summary>
    private static (string Enc, string TrId, int Count, string[] Fields) Parse(string frame)
    {
        var parts = frame.Split('|', 4);
        return (parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3].Split('^'));
    }

    [Fact]
    public void Builders_EachTr_HasItsExactFieldCount()
    {
        var market = new FakeSimMarket();
        var quote = market.Quote(FakeSimMarket.Code, At)!;
        var trade = new SimMarketEvent(At, SimEventKind.Trade, FakeSimMarket.Code, 71_000m, 15, SimSide.Buy);
        var afterHours = market.AfterHours(FakeSimMarket.Code, At)!;

        Assert.Equal(46, TradeTickRecord.Build(quote, trade, market.Book(FakeSimMarket.Code, At), 5_919_637_922, false, 1_000_000).Length);
        Assert.Equal(59, AskingPriceRecord.Build(market.Book(FakeSimMarket.Code, At)!, 10, "0", market.Basis0, 0m, 0, 1_234_567, 0, 0).Length);
        Assert.Equal(54, AskingPriceRecord.Build(afterHours.Book, 9, "D", market.Basis0, 71_200m, 120, 1_000, 0, 0).Length);
        Assert.Equal(43, AfterHoursTickRecord.Build(afterHours, market.Basis0, At, 71_200m, 300, At, 5_919_637_922, false).Length);
        Assert.Equal(30, IndexTickRecord.Build(market.Index("0001", At)!, 1_000, 50_000_000m, 0.5m).Length);
    }

    [Fact]
    public void TradeTick_Fields_FollowTheKisOrder()
    {
        var market = new FakeSimMarket();
        var quote = market.Quote(FakeSimMarket.Code, At)!;
        var trade = new SimMarketEvent(At, SimEventKind.Trade, FakeSimMarket.Code, 71_000m, 15, SimSide.Sell);
        var f = TradeTickRecord.Build(quote, trade, market.Book(FakeSimMarket.Code, At), 5_919_637_922, false, 1_000_000);

        // 71,000 vs base 70,000: +1,000 (+1.43%), sign 2; VWAP 87,654,321,000 / 1,234,567 = 71,000.0518… → 71000.05.
        Assert.Equal(("005930", "152505", "71000", "2", "1000", "1.43"), (f[0], f[1], f[2], f[3], f[4], f[5]));
        Assert.Equal("71000.05", f[6]);
        Assert.Equal(("15", "1234567", "87654321000"), (f[12], f[13], f[14]));
        // 2,500 sell / 3,000 buy prints; 체결강도 600,000 / 500,000 × 100 = 120.00; 체결구분 5 = sell-initiated.
        Assert.Equal(("2500", "3000", "500", "120.00", "500000", "600000", "5"), (f[15], f[16], f[17], f[18], f[19], f[20], f[21]));
        Assert.Equal(("20261123", "20", "N"), (f[33], f[34], f[35]));
        // Best ask 71,100 × 10 and best bid 71,000 × 20; totals 10+…+100 = 550 and 20+…+200 = 1,100.
        Assert.Equal(("10", "20", "550", "1100"), (f[36], f[37], f[38], f[39]));
        Assert.Equal("70000", f[45]);
    }

    [Fact]
    public void DataFrame_SeveralRecords_AreConcatenatedWithACount()
    {
        string[] a = ["a1", "a2", "a3"];
        string[] b = ["b1", "b2", "b3"];
        Assert.Equal("0|TR|002|a1^a2^a3^b1^b2^b3", DataFrame.Plain("TR", 3, [a, b]));
        Assert.Equal("1|H0STCNI0|001|abc=", DataFrame.Encrypted("H0STCNI0", 1, "abc="));
        Assert.Throws<ArgumentException>(() => DataFrame.Plain("TR", 4, [a]));
        Assert.Throws<ArgumentException>(() => DataFrame.Plain("TR", 1, [["x^y"]]));
    }

    [Fact]
    public async Task Feed_ThreePrintsInOneStep_ArriveAsOneThreeRecordFrame()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        await client.RequestAsync("approval-real-1", "H0STCNT0", FakeSimMarket.Code);
        await host.StepAsync();                                   // the feed starts at the current instant
        for (var i = 1; i <= 3; i++)
        {
            host.Market.Add(new SimMarketEvent(WsTestHost.Start.AddSeconds(i), SimEventKind.Trade, FakeSimMarket.Code, 71_000m, 10 * i, SimSide.Buy));
        }

        host.Simulated.Set(WsTestHost.Start.AddSeconds(5));
        await host.StepAsync();

        var (enc, trId, count, fields) = Parse(await client.ReceiveAsync());
        Assert.Equal(("0", "H0STCNT0", 3), (enc, trId, count));
        Assert.Equal(3 * 46, fields.Length);
        Assert.Equal(["10", "20", "30"], [fields[12], fields[46 + 12], fields[92 + 12]]);
        Assert.Equal(["152501", "152502", "152503"], [fields[1], fields[47], fields[93]]);
    }

    [Fact]
    public async Task Feed_MoreRecordsThanTheFrameLimit_SplitIntoSeveralFrames()
    {
        await using var host = await WsTestHost.StartAsync(new() { ["Simulator:WebSocket:MaxRecordsPerFrame"] = "2" });
        await using var client = await host.ConnectAsync();
        await client.RequestAsync("approval-real-1", "H0STASP0", FakeSimMarket.Code);
        await host.StepAsync();
        for (var i = 1; i <= 3; i++)
        {
            host.Market.Add(new SimMarketEvent(WsTestHost.Start.AddSeconds(i), SimEventKind.QuoteChange, FakeSimMarket.Code, 71_100m, 10, SimSide.Auction));
        }

        host.Simulated.Set(WsTestHost.Start.AddSeconds(5));
        await host.StepAsync();

        var first = Parse(await client.ReceiveAsync());
        var second = Parse(await client.ReceiveAsync());
        Assert.Equal(("H0STASP0", 2, 118), (first.TrId, first.Count, first.Fields.Length));
        Assert.Equal(("H0STASP0", 1, 59), (second.TrId, second.Count, second.Fields.Length));
    }

    [Fact]
    public async Task Feed_AfterHoursAndIndexEvents_ProduceTheirTrsWithExactCounts()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        foreach (var tr in new[] { "H0STOUP0", "H0STOAA0", "H0STOAC0" })
        {
            await client.RequestAsync("approval-real-1", tr, FakeSimMarket.Code);
        }

        await client.RequestAsync("approval-real-1", "H0UPCNT0", "0001");
        await host.StepAsync();
        host.Market.Add(new SimMarketEvent(WsTestHost.Start.AddSeconds(1), SimEventKind.AfterHoursMatch, FakeSimMarket.Code, 71_200m, 300, SimSide.Auction));
        host.Market.Add(new SimMarketEvent(WsTestHost.Start.AddSeconds(2), SimEventKind.AfterHoursIndicative, FakeSimMarket.Code, 71_300m, 40, SimSide.Auction));
        host.Market.Add(new SimMarketEvent(WsTestHost.Start.AddSeconds(3), SimEventKind.IndexTick, "0001", 2_512.34m, 300_000_000, SimSide.Auction));
        host.Simulated.Set(WsTestHost.Start.AddSeconds(5));
        await host.StepAsync();

        var frames = new Dictionary<string, (int Count, int Fields)>();
        for (var i = 0; i < 4; i++)
        {
            var f = Parse(await client.ReceiveAsync());
            frames[f.TrId] = (f.Count, f.Fields.Length);
        }

        Assert.Equal((1, 43), frames["H0STOUP0"]);
        Assert.Equal((1, 43), frames["H0STOAC0"]);
        Assert.Equal((2, 108), frames["H0STOAA0"]);       // one book record per after-hours event
        Assert.Equal((1, 30), frames["H0UPCNT0"]);
    }
}
