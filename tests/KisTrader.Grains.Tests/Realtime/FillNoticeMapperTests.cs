using KisTrader.GrainInterfaces;
using KisTrader.Grains.Realtime;
using KisTrader.Kis.WebSocket;
using KisTrader.Kis.Models;
using TradingOrderSide = KisTrader.Trading.Money.OrderSide;
using KisNoticeKind = KisTrader.Kis.WebSocket.FillNoticeKind;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>The pure mapping of a decrypted 체결통보 to the fills/&lt;account key&gt; item: keyed and masked, typed, no number in clear.</summary>
public sealed class FillNoticeMapperTests
{
    private static FillNotice Notice(string account = "5000000101", KisNoticeKind kind = KisNoticeKind.Fill, OrderSide? side = OrderSide.Buy) => new()
    {
        ReceivedAt = new DateTimeOffset(2026, 11, 23, 1, 0, 5, TimeSpan.Zero),
        TrId = KisRealtimeTrIds.FillNotice,
        Kind = kind,
        HtsId = "myhts",
        AccountNumber = account,
        OrderNumber = "0000000101",
        OriginalOrderNumber = " ",
        Side = side,
        ModifyCode = "0",
        OrderType = "00",
        OrderCondition = "0",
        Symbol = "005930",
        Quantity = 10,
        Price = 69_900m,
        Time = new TimeOnly(10, 0, 3),
        AcceptanceCode = "2",
        Branch = "06010",
        OrderQuantity = 10,
        OrderPrice = 70_000m,
        ConditionPrice = 0m,
        Exchange = "1",
        StockName = "삼성전자",
        AccountName = "홍길동",
        Connection = 2,
        Sequence = 7,
    };

    [Fact]
    public void AccountKey_TenDigitAcntNo_IsTheAccountGrainKeyOfCanoAndProductCode()
    {
        Assert.Equal(GrainKeys.Account("50000001", "01"), FillNoticeMapper.AccountKey(Notice()));
        Assert.Equal(GrainKeys.Account("50000001", "22"), FillNoticeMapper.AccountKey(Notice("5000000122")));
        Assert.Equal(GrainKeys.Account("50000001", FillNoticeMapper.DefaultProductCode), FillNoticeMapper.AccountKey(Notice("50000001")));
    }

    [Fact]
    public void ToEvent_Fill_IsTypedMaskedAndCarriesNoAccountNumber()
    {
        var notice = Notice();
        var key = FillNoticeMapper.AccountKey(notice);
        var identity = FillNoticeMapper.Identity(notice, key);
        var e = FillNoticeMapper.ToEvent(notice, key, identity, 3);

        Assert.Equal((key, "5000****-01", GrainInterfaces.FillNoticeKind.Fill, (TradingOrderSide?)TradingOrderSide.Buy), (e.AccountKey, e.Account, e.Kind, e.Side));
        Assert.Equal(("0000000101", string.Empty, "005930", "삼성전자", 10L, 69_900m, 10L, 70_000m), (e.OrderNumber, e.OriginalOrderNumber, e.Symbol, e.StockName, e.Quantity, e.Price, e.OrderQuantity, e.OrderPrice));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 3, TimeSpan.FromHours(9)), e.At);
        Assert.Equal((3L, identity), (e.Sequence, e.Identity));
        Assert.DoesNotContain("50000001", identity + e.Account + e.AccountKey + e, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_SameNoticeOnAnotherConnection_IsEqual_AnotherFillOrKindIsNot()
    {
        var key = FillNoticeMapper.AccountKey(Notice());
        var first = FillNoticeMapper.Identity(Notice(), key);
        Assert.Equal(first, FillNoticeMapper.Identity(Notice() with { Connection = 3, Sequence = 99, ReceivedAt = DateTimeOffset.UnixEpoch }, key));
        Assert.NotEqual(first, FillNoticeMapper.Identity(Notice(kind: KisNoticeKind.Receipt), key));
        Assert.NotEqual(first, FillNoticeMapper.Identity(Notice() with { Quantity = 9 }, key));
        Assert.NotEqual(first, FillNoticeMapper.Identity(Notice() with { Time = new TimeOnly(10, 0, 4) }, key));
    }

    [Theory]
    [InlineData(OrderSide.Sell, TradingOrderSide.Sell)]
    [InlineData(OrderSide.Buy, TradingOrderSide.Buy)]
    [InlineData(null, null)]
    public void ToEvent_Side_MapsToTheCoreSideOrNull(OrderSide? code, TradingOrderSide? expected)
    {
        var notice = Notice(side: code);
        Assert.Equal(expected, FillNoticeMapper.ToEvent(notice, "a1", "i", 1).Side);
    }
}
