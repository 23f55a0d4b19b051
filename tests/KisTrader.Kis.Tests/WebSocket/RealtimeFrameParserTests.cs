using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Parser unit tests on hand-written frames (field orders of kis-api.md §5.4).</summary>
public sealed class RealtimeFrameParserTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 3, 39, 30, TimeSpan.Zero);

    private static (FrameParseOutcome Outcome, List<KisRealtimeEvent> Events) Parse(string frameText)
    {
        Assert.True(DataFrame.TryParse(frameText, out var frame), frameText);
        var events = new List<KisRealtimeEvent>();
        return (RealtimeFrameParser.Parse(frame.TrId, frame.Count, frame.Payload, Received, events), events);
    }

    [Fact]
    public void Trade_46Fields_MapByIndexIntoDecimalsLongsAndKstTimes()
    {
        Assert.Equal(46, Frames.Trade().Length);
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade()));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        var t = Assert.IsType<TradeTick>(Assert.Single(events));
        Assert.Equal(("005930", "005930", TradeTickKind.Regular, Received), (t.Symbol, t.Key, t.Kind, t.ReceivedAt));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 39, 29, TimeSpan.FromHours(9)), t.At);
        Assert.Equal(new TimeOnly(12, 39, 29), t.Time);
        Assert.Equal((73_100m, PriceChangeSign.Up, 600m, 0.83m, 72_850.12m), (t.Price, t.ChangeSign, t.Change, t.ChangeRate, t.WeightedAveragePrice));
        Assert.Equal((72_500m, 73_300m, 72_400m, 73_200m, 73_100m), (t.Open, t.High, t.Low, t.BestAsk, t.BestBid));
        Assert.Equal((5L, 1_234_567L, 90_123_456_789m), (t.Volume, t.CumulativeVolume, t.CumulativeValue));
        Assert.Equal((3_000L, 4_000L, 1_000L, 110.25m, 500_000L, 550_000L), (t.SellCount, t.BuyCount, t.NetBuyCount, t.Strength, t.SellVolume, t.BuyVolume));
        Assert.Equal((TradeSide.Buy, 52.38m, 85.12m), (t.Side, t.BuyRatio, t.VolumeRateToPreviousDay));
        Assert.Equal(("20", false, 1_500L, 2_000L, 150_000L, 160_000L), (t.MarketOperationCode, t.Halted, t.BestAskQuantity, t.BestBidQuantity, t.TotalAskQuantity, t.TotalBidQuantity));
        Assert.Equal((0.02m, 1_000_000L, 123.45m), (t.VolumeTurnover, t.PreviousDaySameTimeVolume, t.PreviousDaySameTimeVolumeRate));
        Assert.Equal(("0", null, 73_000m), (t.HourClassCode, t.MarketTerminationCode, t.StaticViBasePrice));
    }

    [Fact]
    public void MultiRecordFrame_NnnRecordsOfFieldCountEach_ParseInOrder()
    {
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade(time: "090001", price: "73000"), Frames.Trade(time: "090002", price: "73100"), Frames.Trade(time: "090003", price: "73200")));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        Assert.Equal([73_000m, 73_100m, 73_200m], events.Cast<TradeTick>().Select(t => t.Price));
        Assert.Equal([new TimeOnly(9, 0, 1), new TimeOnly(9, 0, 2), new TimeOnly(9, 0, 3)], events.Cast<TradeTick>().Select(t => t.Time));
    }

    [Fact]
    public void AppendedFields_AreTolerated_TheStrideFollowsTheFrame()
    {
        // KIS adds fields over time: two records of 48 fields (2 unknown at the end) still parse by index.
        string[] Extended(string price) => [.. Frames.Trade(price: price), "NEW1", "NEW2"];
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Extended("73000"), Extended("73500")));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        Assert.Equal([73_000m, 73_500m], events.Cast<TradeTick>().Select(t => t.Price));
        Assert.All(events.Cast<TradeTick>(), t => Assert.Equal(73_000m, t.StaticViBasePrice));
    }

    [Fact]
    public void TooFewFields_AreReportedNotParsed()
    {
        var one = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade()[..45]));
        var two = Parse($"0|{KisRealtimeTrIds.Trade}|002|{string.Join('^', Frames.Trade().Concat(Frames.Trade()[..45]))}");

        Assert.Equal((FrameParseOutcome.TooFewFields, 0), (one.Outcome, one.Events.Count));
        Assert.Equal((FrameParseOutcome.TooFewFields, 0), (two.Outcome, two.Events.Count));
    }

    [Fact]
    public void UnevenRecordsOrBadNumbers_AreMalformed_AndYieldNothing()
    {
        var uneven = Parse($"0|{KisRealtimeTrIds.Trade}|002|{string.Join('^', Frames.Trade().Concat(Frames.Trade()).Append("x"))}");
        var badPrice = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade(), Frames.Trade(price: "7a100")));
        var badTime = Parse(Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade(time: "25:00")));

        Assert.Equal(FrameParseOutcome.Malformed, uneven.Outcome);
        Assert.Equal((FrameParseOutcome.Malformed, 0), (badPrice.Outcome, badPrice.Events.Count));
        Assert.Equal(FrameParseOutcome.Malformed, badTime.Outcome);
    }

    [Fact]
    public void UnknownTr_IsReported()
    {
        Assert.Equal(FrameParseOutcome.UnknownTr, Parse("0|H0STPGM0|001|005930^1^2").Outcome);
    }

    [Theory]
    [InlineData("0|H0STCNT0|002|a^b", true, "H0STCNT0", 2, "a^b")]
    [InlineData("1|H0STCNI0|001|abc|def==", true, "H0STCNI0", 1, "abc|def==")]
    [InlineData("0|H0STCNT0|0x2|a", false, "", 0, "")]
    [InlineData("0|H0STCNT0|000|a", false, "", 0, "")]
    [InlineData("0|H0STCNT0", false, "", 0, "")]
    [InlineData("{\"header\":{}}", false, "", 0, "")]
    public void DataFrameHeader_SplitsOnTheFirstThreeBarsOnly(string text, bool ok, string trId, int count, string payload)
    {
        Assert.Equal(ok, DataFrame.TryParse(text, out var frame));
        if (ok)
        {
            Assert.Equal((trId, count, payload, text[0] == '1'), (frame.TrId, frame.Count, frame.Payload, frame.Encrypted));
        }
    }

    [Fact]
    public void OrderBook_59Fields_TenLevelsTotalsAndExpectedPrice()
    {
        Assert.Equal(59, Frames.Book(10).Length);
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.OrderBook, Frames.Book(10)));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        var b = Assert.IsType<OrderBook>(Assert.Single(events));
        Assert.Equal((false, "0", new TimeOnly(10, 15)), (b.AfterHours, b.HourClassCode, b.Time));
        Assert.Equal(new OrderBookLevel(71_100m, 10), b.Asks[0]);
        Assert.Equal(new OrderBookLevel(72_000m, 100), b.Asks[9]);
        Assert.Equal(new OrderBookLevel(71_000m, 20), b.Bids[0]);
        Assert.Equal(new OrderBookLevel(70_100m, 200), b.Bids[9]);
        Assert.Equal((550L, 1_100L, 71_050m, 300L, 300L, 1_050m, PriceChangeSign.Up, 1.50m), (b.TotalAskQuantity, b.TotalBidQuantity, b.ExpectedPrice, b.ExpectedQuantity, b.ExpectedVolume, b.ExpectedChange, b.ExpectedChangeSign, b.ExpectedChangeRate));
        Assert.Equal((987_654L, -10L, 25L, "01"), (b.CumulativeVolume, b.TotalAskQuantityChange, b.TotalBidQuantityChange, b.DealClassCode));
    }

    [Fact]
    public void AfterHoursBook_54Fields_NineLevelsNoDealClass()
    {
        Assert.Equal(54, Frames.Book(9).Length);
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.AfterHoursOrderBook, Frames.Book(9)));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        var b = Assert.IsType<OrderBook>(Assert.Single(events));
        Assert.Equal((true, "D", 9, 9), (b.AfterHours, b.HourClassCode, b.Asks.Length, b.Bids.Length));
        Assert.Equal(new OrderBookLevel(71_900m, 90), b.Asks[8]);
        Assert.Equal(new OrderBookLevel(70_200m, 180), b.Bids[8]);
        Assert.Equal((550L, 1_100L, 71_050m, 987_654L), (b.TotalAskQuantity, b.TotalBidQuantity, b.ExpectedPrice, b.CumulativeVolume));
        Assert.Null(b.DealClassCode);
    }

    [Fact]
    public void AfterHoursTrades_43Fields_MapTheFirst43OfTheTradeList()
    {
        var record = Frames.Trade()[..43];
        var match = Parse(Frames.Plain(KisRealtimeTrIds.AfterHoursTrade, record));
        var expected = Parse(Frames.Plain(KisRealtimeTrIds.AfterHoursExpectedTrade, record));

        var m = Assert.IsType<TradeTick>(Assert.Single(match.Events));
        var e = Assert.IsType<TradeTick>(Assert.Single(expected.Events));
        Assert.Equal((TradeTickKind.AfterHours, 73_100m, 123.45m, null, null), (m.Kind, m.Price, m.PreviousDaySameTimeVolumeRate, m.HourClassCode, m.StaticViBasePrice));
        Assert.Equal(TradeTickKind.AfterHoursExpected, e.Kind);
    }

    [Fact]
    public void IndexTick_30Fields()
    {
        Assert.Equal(30, Frames.Index().Length);
        var (outcome, events) = Parse(Frames.Plain(KisRealtimeTrIds.IndexTrade, Frames.Index()));

        Assert.Equal(FrameParseOutcome.Parsed, outcome);
        var i = Assert.IsType<IndexTick>(Assert.Single(events));
        Assert.Equal(("0001", new TimeOnly(10, 1), 2_512.34m, PriceChangeSign.Up, 12.34m), (i.IndexCode, i.Time, i.Value, i.ChangeSign, i.Change));
        Assert.Equal((300_000_000L, 9_000_000m, 120_000L, 3_500m, 0.49m), (i.CumulativeVolume, i.CumulativeValueMillions, i.TickVolume, i.TickValueMillions, i.ChangeRate));
        Assert.Equal((2_501.00m, 2_520.00m, 2_495.50m), (i.Open, i.High, i.Low));
        Assert.Equal((11.34m, PriceChangeSign.Up, -7.66m, PriceChangeSign.Down, 16.84m, PriceChangeSign.Up), (i.ChangeFromOpen, i.ChangeFromOpenSign, i.ChangeFromHigh, i.ChangeFromHighSign, i.ChangeFromLow, i.ChangeFromLowSign));
        Assert.Equal((0.04m, 0.80m, -0.18m), (i.OpenRateToPreviousClose, i.HighRateToPreviousClose, i.LowRateToPreviousClose));
        Assert.Equal((3, 500, 80, 300, 1, 0, 0, 0.52m), (i.UpperLimitCount, i.AdvancerCount, i.UnchangedCount, i.DeclinerCount, i.LowerLimitCount, i.QuoteAdvancerCount, i.QuoteDeclinerCount, i.TickChange));
    }

    [Theory]
    [InlineData("2", "0", FillNoticeKind.Fill)]
    [InlineData("1", "0", FillNoticeKind.Receipt)]
    [InlineData("1", "1", FillNoticeKind.Rejection)]
    public void FillNotice_EncryptedWithTheReplysKeyAndIv_DecryptsAndMapsReceiptVsFill(string cntgYn, string rfusYn, FillNoticeKind kind)
    {
        const string key = "0123456789abcdefghijklmnopqrstuv";
        const string iv = "ABCDEFGHIJKLMNOP";
        var text = Frames.Encrypted(KisRealtimeTrIds.FillNotice, key, iv, Frames.Notice(cntgYn, rfusYn));
        Assert.True(DataFrame.TryParse(text, out var frame) && frame.Encrypted);
        using var cipher = NoticeCipher.Create(key, iv)!;
        var plain = cipher.TryDecrypt(frame.Payload)!;

        var events = new List<KisRealtimeEvent>();
        Assert.Equal(FrameParseOutcome.Parsed, RealtimeFrameParser.Parse(frame.TrId, frame.Count, plain, Received, events));

        var n = Assert.IsType<FillNotice>(Assert.Single(events));
        Assert.Equal((kind, "myhts", "5000000101", "0000000101", ""), (n.Kind, n.HtsId, n.AccountNumber, n.OrderNumber, n.OriginalOrderNumber));
        Assert.Equal(((OrderSide?)OrderSide.Buy, "0", "00", "0", "005930"), (n.Side, n.ModifyCode, n.OrderType, n.OrderCondition, n.Symbol));
        Assert.Equal((10L, 69_900m, new TimeOnly(15, 30), "06010", 10L, 70_000m), (n.Quantity, n.Price, n.Time, n.Branch, n.OrderQuantity, n.OrderPrice));
        Assert.Equal(("삼성전자", "홍길동", "1"), (n.StockName, n.AccountName, n.Exchange));
        Assert.DoesNotContain("5000000101", n.ToString(), StringComparison.Ordinal);
        Assert.Contains("Account = 5000****", n.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FillNotice_WrongKeyOrBadBase64_CannotBeDecrypted()
    {
        var text = Frames.Encrypted(KisRealtimeTrIds.FillNotice, "0123456789abcdefghijklmnopqrstuv", "ABCDEFGHIJKLMNOP", Frames.Notice());
        Assert.True(DataFrame.TryParse(text, out var frame));
        using var wrong = NoticeCipher.Create("vutsrqponmlkjihgfedcba9876543210", "ABCDEFGHIJKLMNOP")!;

        Assert.Null(wrong.TryDecrypt(frame.Payload));
        Assert.Null(wrong.TryDecrypt("not base64!"));
        Assert.Null(NoticeCipher.Create("short", "ABCDEFGHIJKLMNOP"));
        Assert.Null(NoticeCipher.Create(null, null));
    }
}
