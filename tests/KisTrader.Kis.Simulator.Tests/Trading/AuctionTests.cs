using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Tests.Trading;

/// <summary>Opening, closing and after-hours single-price matches, the closing-price sessions, and expiry.</summary>
public sealed class AuctionTests
{
    private static readonly DateOnly Monday = BookHarness.Monday;

    [Fact]
    public void Advance_OpeningAuction_FillsCrossingPreOpenOrdersAtTheOpeningPrice()
    {
        var h = new BookHarness();
        h.Market.SetOpening(BookHarness.Stock, Monday, 10_050m, 1_000);
        var crossing = h.Buy(BookHarness.At(8, 45), "10", "10100");
        var atPrice = h.Buy(BookHarness.At(8, 46), "10", "10050");
        var below = h.Buy(BookHarness.At(8, 47), "10", "10000");

        var now = BookHarness.At(9, 0);
        Assert.Equal((10, 100_500m), (h.Order(crossing.OrderNo, now).FilledQuantity, h.Order(crossing.OrderNo, now).FilledAmount));
        Assert.Equal(10, h.Order(atPrice.OrderNo, now).FilledQuantity);
        Assert.Equal(0, h.Order(below.OrderNo, now).FilledQuantity);
        Assert.NotEmpty(h.Events.Fills);
        Assert.All(h.Events.Fills, f => Assert.Equal(BookHarness.At(9, 0), f.At));
    }

    [Fact]
    public void Advance_ClosingAuction_FillsAtTheClosePriceAndConditionalLimitBecomesMarket()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 1_000);
        var limit = h.Buy(BookHarness.At(15, 25), "10", "10000");
        var conditional = h.Buy(BookHarness.At(14, 0), "10", "9000", "02");
        var tooLow = h.Buy(BookHarness.At(15, 26), "10", "9990");

        var now = BookHarness.At(15, 30);
        Assert.Equal(100_000m, h.Order(limit.OrderNo, now).FilledAmount);
        // 02 rested at 9,000 all day; at the closing auction it trades as a market order at 10,000.
        Assert.Equal(100_000m, h.Order(conditional.OrderNo, now).FilledAmount);
        Assert.Equal(0, h.Order(tooLow.OrderNo, now).FilledQuantity);
        // Regular orders lapse with the close.
        Assert.Equal(0, h.Order(tooLow.OrderNo, now).RemainingQuantity);
    }

    [Fact]
    public void Advance_ClosingAuctionVolumeCap_SharedInPriority()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 50);
        var early = h.Buy(BookHarness.At(15, 21), "40", "10000");
        var market = h.Buy(BookHarness.At(15, 22), "20", "0", "01");
        var late = h.Buy(BookHarness.At(15, 23), "40", "10000");

        // Capacity 50 × 1.0 = 50: the market order first (20), then by time: early 30, late 0.
        var now = BookHarness.At(15, 30);
        Assert.Equal(20, h.Order(market.OrderNo, now).FilledQuantity);
        Assert.Equal(30, h.Order(early.OrderNo, now).FilledQuantity);
        Assert.Equal(0, h.Order(late.OrderNo, now).FilledQuantity);
    }

    [Fact]
    public void Advance_AuctionShareOption_CapsAtThatShareOfTheVolume()
    {
        var h = new BookHarness(new SimTradingOptions { AuctionFillShareOfVolume = 0.5m });
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 101);
        var order = h.Buy(BookHarness.At(15, 25), "100", "10000");
        // floor(101 × 0.5) = 50.
        Assert.Equal(50, h.Order(order.OrderNo, BookHarness.At(15, 30)).FilledQuantity);
    }

    [Fact]
    public void PlaceCashOrder_ClosingPriceSessions_FillAtOnceAtTheirClose()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_200m, 1_000);
        var preMarket = h.Buy(BookHarness.At(8, 35), "10", "0", "05");
        Assert.Equal(100_000m, h.Order(preMarket.OrderNo, BookHarness.At(8, 35)).FilledAmount);   // previous close = 기준가 10,000

        var afterClose = h.Buy(BookHarness.At(15, 45), "10", "0", "06");
        Assert.Equal(102_000m, h.Order(afterClose.OrderNo, BookHarness.At(15, 45)).FilledAmount); // today's close 10,200
    }

    [Fact]
    public void Advance_AfterHoursSinglePrice_FillsAtTheNextAuctionsThatCrossThenExpiresAt1800()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 1_000);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 10), 10_050m, 100);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 20), 10_200m, 500);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 30), 10_080m, 0);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 40), 10_100m, 30);
        var order = h.Buy(BookHarness.At(16, 5), "150", "10100", "07");

        // 16:10 at 10,050: 100 (the auction's volume); 16:20 at 10,200 > 10,100: none; 16:30 no volume;
        // 16:40 at 10,100 (= limit): 30; the 20 left lapse at 18:00.
        var fills = h.Events.Fills.Select(f => (f.At, f.Quantity, f.Price)).ToList();
        Assert.Empty(fills);
        h.Book.Advance(BookHarness.At(17, 0));
        fills = [.. h.Events.Fills.Select(f => (f.At, f.Quantity, f.Price))];
        Assert.Equal([(BookHarness.At(16, 10), 100L, 10_050m), (BookHarness.At(16, 40), 30L, 10_100m)], fills);
        Assert.Equal(20, h.Order(order.OrderNo, BookHarness.At(17, 59, 59)).RemainingQuantity);
        Assert.Equal(0, h.Order(order.OrderNo, BookHarness.At(18, 0)).RemainingQuantity);
        Assert.Equal(130, h.Order(order.OrderNo, BookHarness.At(18, 0)).FilledQuantity);
    }

    [Fact]
    public void Advance_AfterHoursOrderPlacedAtAnAuctionInstant_WaitsForTheNextAuction()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 1_000);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 10), 10_000m, 100);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(16, 20), 10_000m, 100);
        var order = h.Buy(BookHarness.At(16, 10), "10", "10000", "07");

        Assert.Equal(0, h.Order(order.OrderNo, BookHarness.At(16, 19, 59)).FilledQuantity);
        Assert.Equal(10, h.Order(order.OrderNo, BookHarness.At(16, 20)).FilledQuantity);
    }

    [Fact]
    public void Advance_ClockJumpsOverDays_ProcessesEveryAuctionAndTheExpiryInOrder()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 1_000);
        h.Market.SetAfterHours(BookHarness.Stock, BookHarness.At(17, 50), 9_950m, 10);
        var order = h.Buy(BookHarness.At(16, 5), "25", "10000", "07");

        // One step from Monday 16:05 to Wednesday 10:00.
        var wednesday = BookHarness.At(10, 0, dayOffset: 2);
        var row = h.Order(order.OrderNo, wednesday);
        Assert.Equal(10, row.FilledQuantity);
        Assert.Equal(0, row.RemainingQuantity);
        Assert.Equal(BookHarness.At(17, 50), Assert.Single(h.Events.Fills).At);
    }

    [Fact]
    public void Advance_UnfilledRegularOrder_LapsesAtTheCloseAndIsNoLongerCancelable()
    {
        var h = new BookHarness();
        var order = h.Buy(BookHarness.At(10, 0), "10", "9000");
        Assert.Single(h.Book.CancelableOrders(h.Real, BookHarness.At(15, 29, 59)));
        Assert.Empty(h.Book.CancelableOrders(h.Real, BookHarness.At(15, 30)));
        Assert.Equal("APBK0991", h.Cancel(BookHarness.At(15, 31), order.OrderNo, "0", all: true).Message.MsgCd);
    }

    [Fact]
    public void Notices_ReceiptThenFill_CarryOrderAndFillValues()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, Monday, 10_000m, 1_000);
        var order = h.Buy(BookHarness.At(15, 25), "10", "10000");
        h.Book.Advance(BookHarness.At(15, 30));

        var receipt = h.Events.Notices[0];
        Assert.Equal((NoticeKind.Receipt, 10L, 10_000m, order.OrderNo, "realhts", "5000000101"), (receipt.Kind, receipt.Quantity, receipt.Price, receipt.OrderNo, receipt.HtsId, receipt.AccountNo));
        var fill = h.Events.Notices[1];
        Assert.Equal((NoticeKind.Fill, 10L, 10_000m, BookHarness.At(15, 30)), (fill.Kind, fill.Quantity, fill.Price, fill.At));
    }
}
