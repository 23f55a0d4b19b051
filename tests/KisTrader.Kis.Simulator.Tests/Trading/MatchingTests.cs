using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Tests.Trading;

/// <summary>Executions against book depth, trade prints, and the continuous-session order types.</summary>
public sealed class MatchingTests
{
    private static readonly DateTimeOffset BookAt = BookHarness.At(9, 30);
    private static readonly DateTimeOffset OrderAt = BookHarness.At(10, 0);

    private static BookHarness WithLadder()
    {
        var h = new BookHarness();
        h.Market.SetBook(
            BookHarness.Stock,
            BookAt,
            [(10_000m, 50), (10_050m, 60), (10_100m, 30), (10_150m, 100)],
            [(9_990m, 40), (9_980m, 70)]);
        return h;
    }

    [Fact]
    public void PlaceCashOrder_MarketableLimit_FillsLevelByLevelUpToItsLimitAndRestsTheRest()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "150", "10100");

        // Levels ≤ 10,100: 50 @ 10,000 + 60 @ 10,050 + 30 @ 10,100 = 140 filled; 10 rest at 10,100.
        var fills = h.Events.Fills.Select(f => (f.Quantity, f.Price)).ToList();
        Assert.Equal([(50L, 10_000m), (60L, 10_050m), (30L, 10_100m)], fills);
        var row = h.Order(order.OrderNo, OrderAt);
        Assert.Equal(140, row.FilledQuantity);
        Assert.Equal(10, row.RemainingQuantity);
        // 500,000 + 603,000 + 303,000 = 1,406,000.
        Assert.Equal(1_406_000m, row.FilledAmount);
    }

    [Fact]
    public void PlaceCashOrder_SecondOrderAtTheSameBookInstant_SeesTheDepthTheFirstTook()
    {
        var h = WithLadder();
        h.Buy(OrderAt, "40", "10000");
        var second = h.Buy(OrderAt, "40", "10000");

        // The first took 40 of the 50 at 10,000; only 10 are left for the second.
        Assert.Equal(10, h.Order(second.OrderNo, OrderAt).FilledQuantity);
        Assert.Equal(30, h.Order(second.OrderNo, OrderAt).RemainingQuantity);
    }

    [Fact]
    public void PlaceCashOrder_LevelShowingANewQuantity_IsFreshLiquidity()
    {
        var h = WithLadder();
        h.Buy(OrderAt, "50", "10000");
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 1), [(10_000m, 60)], [(9_990m, 40)]);
        var later = h.Buy(BookHarness.At(10, 1), "50", "10000");
        Assert.Equal(50, h.Order(later.OrderNo, BookHarness.At(10, 1)).FilledQuantity);
    }

    [Fact]
    public void Advance_UnchangedBookLater_DoesNotRefillARestingOrder()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "80", "10000");
        // Entry takes the 50 at 10,000; the same book (10,000 × 50) re-read at later steps is the same liquidity.
        h.Book.Advance(BookHarness.At(10, 0, 1));
        h.Book.Advance(BookHarness.At(10, 5));
        Assert.Equal(50, h.Order(order.OrderNo, BookHarness.At(10, 6)).FilledQuantity);
        // The market then shows 10,000 × 70: new liquidity, the resting 30 fill at the resting price.
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 7), [(10_000m, 70)], [(9_990m, 40)]);
        Assert.Equal(80, h.Order(order.OrderNo, BookHarness.At(10, 8)).FilledQuantity);
    }

    [Fact]
    public void PlaceCashOrder_Sell_TakesBidsFromTheBest()
    {
        var h = WithLadder();
        h.Buy(OrderAt, "200", "10150");
        h.Events.Notices.Clear();
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 5), [(10_000m, 50)], [(9_990m, 40), (9_980m, 70), (9_970m, 500)]);
        h.Sell(BookHarness.At(10, 5), "100", "9980");

        // Bids ≥ 9,980: 40 @ 9,990 + 60 of the 70 @ 9,980.
        Assert.Equal([(40L, 9_990m), (60L, 9_980m)], h.Events.Fills.Select(f => (f.Quantity, f.Price)).ToList());
    }

    [Fact]
    public void PlaceCashOrder_MarketBuy_SweepsTheBookThenFillsOnTheNextPrint()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "300", "0", "01");

        // The whole ask side: 50 + 60 + 30 + 100 = 240; 60 rest at any price.
        Assert.Equal(240, h.Order(order.OrderNo, OrderAt).FilledQuantity);
        h.Market.Print(BookHarness.Stock, BookHarness.At(10, 0, 30), 10_200m, 80);
        var row = h.Order(order.OrderNo, BookHarness.At(10, 1));
        Assert.Equal(300, row.FilledQuantity);
        Assert.Equal((60L, 10_200m), h.Events.Fills.Select(f => (f.Quantity, f.Price)).Last());
    }

    [Fact]
    public void PlaceCashOrder_IocLimitWithinDepth_FillsCompletelyWithoutExchangeCancel()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "100", "10050", "11");

        // 50 @ 10,000 + 50 of the 60 @ 10,050 = 100: nothing left to drop.
        var row = h.Order(order.OrderNo, OrderAt);
        Assert.Equal(100, row.FilledQuantity);
        Assert.Equal(1_002_500m, row.FilledAmount);
        Assert.DoesNotContain(h.Events.Notices, n => n.Kind == NoticeKind.ExchangeCancel);
    }

    [Fact]
    public void PlaceCashOrder_IocLimitLargerThanDepth_DropsTheUnfilledRest()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "150", "10050", "11");

        // 50 + 60 = 110 cross 10,050; 40 are dropped.
        var row = h.Order(order.OrderNo, OrderAt);
        Assert.Equal(110, row.FilledQuantity);
        Assert.Equal(0, row.RemainingQuantity);
        var dropped = Assert.Single(h.Events.Notices, n => n.Kind == NoticeKind.ExchangeCancel);
        Assert.Equal(40, dropped.Quantity);
    }

    [Fact]
    public void PlaceCashOrder_FokWithoutEnoughDepth_FillsNothing()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "111", "10050", "12");

        Assert.Equal(0, h.Order(order.OrderNo, OrderAt).FilledQuantity);
        Assert.Empty(h.Events.Fills);
        Assert.Equal(111, Assert.Single(h.Events.Notices, n => n.Kind == NoticeKind.ExchangeCancel).Quantity);
    }

    [Fact]
    public void PlaceCashOrder_FokWithExactlyEnoughDepth_FillsCompletely()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "110", "10050", "12");

        Assert.Equal(110, h.Order(order.OrderNo, OrderAt).FilledQuantity);
        Assert.DoesNotContain(h.Events.Notices, n => n.Kind == NoticeKind.ExchangeCancel);
    }

    [Fact]
    public void PlaceCashOrder_BestOppositeLimit_TakesOnlyTheBestLevelAndRestsThere()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "80", "0", "03");

        // 최유리: limit = best ask 10,000 (50); 30 rest at 10,000.
        var row = h.Order(order.OrderNo, OrderAt);
        Assert.Equal(50, row.FilledQuantity);
        Assert.Equal(30, row.RemainingQuantity);
        Assert.Equal(500_000m, row.FilledAmount);
    }

    [Fact]
    public void PlaceCashOrder_BestSameSideLimit_RestsAtTheBestBid()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "10", "0", "04");
        Assert.Equal(0, h.Order(order.OrderNo, OrderAt).FilledQuantity);

        // A print at 9,980 trades through the resting 9,990 bid.
        h.Market.Print(BookHarness.Stock, BookHarness.At(10, 2), 9_980m, 25);
        var row = h.Order(order.OrderNo, BookHarness.At(10, 3));
        Assert.Equal(10, row.FilledQuantity);
        Assert.Equal(99_900m, row.FilledAmount);
    }

    [Fact]
    public void Advance_PrintAtTheRestingPrice_DoesNotFillUnlessFillAtTouch()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "10", "9990");
        h.Market.Print(BookHarness.Stock, BookHarness.At(10, 2), 9_990m, 100);
        Assert.Equal(0, h.Order(order.OrderNo, BookHarness.At(10, 3)).FilledQuantity);

        var touch = new BookHarness(new SimTradingOptions { FillRestingAtTouch = true });
        touch.Market.SetBook(BookHarness.Stock, BookAt, [(10_000m, 50)], [(9_990m, 40)]);
        var touched = touch.Buy(OrderAt, "10", "9990");
        touch.Market.Print(BookHarness.Stock, BookHarness.At(10, 2), 9_990m, 100);
        Assert.Equal(10, touch.Order(touched.OrderNo, BookHarness.At(10, 3)).FilledQuantity);
    }

    [Fact]
    public void Advance_PrintsThroughTheLimit_FillAtTheLimitUpToThePrintVolumeInTimePriority()
    {
        var h = WithLadder();
        var first = h.Buy(OrderAt, "30", "9990");
        var second = h.Buy(BookHarness.At(10, 0, 1), "30", "9990");
        h.Market.Print(BookHarness.Stock, BookHarness.At(10, 2), 9_980m, 40);

        // 40 shares printed below 9,990: the first order takes 30, the second the remaining 10, both at 9,990.
        var now = BookHarness.At(10, 3);
        Assert.Equal(30, h.Order(first.OrderNo, now).FilledQuantity);
        Assert.Equal(10, h.Order(second.OrderNo, now).FilledQuantity);
        Assert.NotEmpty(h.Events.Fills);
        Assert.All(h.Events.Fills, f => Assert.Equal(9_990m, f.Price));
    }

    [Fact]
    public void Advance_PrintBeforeTheOrderWasPlaced_DoesNotFillIt()
    {
        var h = WithLadder();
        h.Market.Print(BookHarness.Stock, BookHarness.At(9, 59), 9_900m, 1_000);
        var order = h.Buy(OrderAt, "10", "9990");
        Assert.Equal(0, h.Order(order.OrderNo, BookHarness.At(10, 5)).FilledQuantity);
    }

    [Fact]
    public void Advance_BookMovesThroughARestingBuy_FillsAtTheRestingPrice()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "50", "9990");
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 4), [(9_980m, 35), (9_990m, 100)], [(9_970m, 10)]);

        var row = h.Order(order.OrderNo, BookHarness.At(10, 5));
        // Asks ≤ 9,990 cross the resting bid: 35 + 15 of 100, traded at the resting 9,990.
        Assert.Equal(50, row.FilledQuantity);
        Assert.Equal(499_500m, row.FilledAmount);
    }

    [Fact]
    public void Advance_ContinuousPrintsDuringTheClosingAuction_DoNotFillRestingOrders()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "10", "9990");
        h.Market.Print(BookHarness.Stock, BookHarness.At(15, 20), 9_900m, 500);
        Assert.Equal(0, h.Order(order.OrderNo, BookHarness.At(15, 25)).FilledQuantity);
    }

    [Fact]
    public void ModifyOrCancel_ModifyPriceOfTheWholeRest_NewOrderNumberRestsAtTheNewPriceAndFills()
    {
        var h = WithLadder();
        var original = h.Buy(OrderAt, "100", "9900");
        var modified = h.Modify(BookHarness.At(10, 1), original.OrderNo, "00", "0", "10000", all: true);

        Assert.True(modified.Accepted);
        Assert.NotEqual(original.OrderNo, modified.OrderNo);
        var now = BookHarness.At(10, 1);
        Assert.Equal(0, h.Order(original.OrderNo, now).RemainingQuantity);
        var row = h.Order(modified.OrderNo, now);
        Assert.Equal(original.OrderNo, row.OriginalOrderNo);
        Assert.Equal(OrderAction.Modify, row.Action);
        // The new 10,000 limit crosses the 50 at 10,000 at once.
        Assert.Equal(50, row.FilledQuantity);
        Assert.Equal(50, row.RemainingQuantity);
    }

    [Fact]
    public void ModifyOrCancel_CancelPartOfTheRest_LeavesTheOtherPartOpen()
    {
        var h = WithLadder();
        var original = h.Buy(OrderAt, "100", "9900");
        var cancel = h.Cancel(BookHarness.At(10, 1), original.OrderNo, "30", all: false);

        var now = BookHarness.At(10, 2);
        Assert.True(cancel.Accepted);
        Assert.Equal("APBK0013", cancel.Message.MsgCd);
        Assert.Equal(70, h.Order(original.OrderNo, now).RemainingQuantity);
        var row = h.Order(cancel.OrderNo, now);
        Assert.Equal(OrderAction.Cancel, row.Action);
        Assert.Equal(30, row.CancelConfirmedQuantity);
        Assert.Equal(0, row.RemainingQuantity);
    }

    [Fact]
    public void ModifyOrCancel_CancelledRest_ReleasesItsCashReservation()
    {
        var h = new BookHarness(startingCash: 1_000_150m);
        var first = h.Buy(OrderAt, "100", "10000");
        Assert.Equal("APBK0952", h.Buy(OrderAt, "1", "10000").Message.MsgCd);
        h.Cancel(BookHarness.At(10, 1), first.OrderNo, "0", all: true);
        Assert.True(h.Buy(BookHarness.At(10, 2), "100", "10000").Accepted);
    }

    [Fact]
    public void ModifyOrCancel_Rejections_UseTheirCodes()
    {
        var h = WithLadder();
        var order = h.Buy(OrderAt, "100", "9900");

        Assert.Equal("APBK1663", h.Cancel(OrderAt, "0000009999", "0", all: true).Message.MsgCd);
        Assert.Equal("APBK1663", h.Cancel(OrderAt, order.OrderNo.TrimStart('0'), "0", all: true).Message.MsgCd);
        Assert.Equal("APBK0993", h.Book.ModifyOrCancel(h.Real, new ModifyOrderInput(order.OrderNo, "00", "03", "0", "0", "Y"), OrderAt).Message.MsgCd);
        Assert.Equal("APBK0992", h.Cancel(OrderAt, order.OrderNo, "101", all: false).Message.MsgCd);
        Assert.Equal("APBK0563", h.Cancel(OrderAt, order.OrderNo, "0", all: false).Message.MsgCd);
        Assert.True(h.Cancel(OrderAt, order.OrderNo, "100", all: false).Accepted);
        Assert.Equal("APBK0991", h.Cancel(OrderAt, order.OrderNo, "0", all: true).Message.MsgCd);
    }

    [Fact]
    public void ModifyOrCancel_ModifyIntoAnotherSessionsType_Rejected()
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, BookHarness.Monday, 10_000m, 1_000);
        var order = h.Buy(BookHarness.At(16, 5), "10", "10000", "07");
        Assert.Equal("APBK0994", h.Modify(BookHarness.At(16, 6), order.OrderNo, "00", "0", "10000", all: true).Message.MsgCd);
        Assert.True(h.Modify(BookHarness.At(16, 6), order.OrderNo, "07", "0", "10100", all: true).Accepted);
    }

    [Fact]
    public void ModifyOrCancel_PaperMessages_ArePaperTexts()
    {
        var h = new BookHarness();
        var order = h.Buy(OrderAt, "10", "9900", paper: true);
        Assert.Equal(("40600000", "모의투자 매수주문이 완료 되었습니다."), (order.Message.MsgCd, order.Message.Msg1));
        var modify = h.Modify(OrderAt, order.OrderNo, "00", "5", "9910", all: false, paper: true);
        Assert.Equal("모의투자 정정주문이 완료 되었습니다.", modify.Message.Msg1);
        var cancel = h.Cancel(OrderAt, order.OrderNo, "0", all: true, paper: true);
        Assert.Equal("모의투자 취소주문이 완료 되었습니다.", cancel.Message.Msg1);
        Assert.Equal("40330000", h.Cancel(OrderAt, order.OrderNo, "0", all: true, paper: true).Message.MsgCd);
        Assert.Equal("40320000", h.Cancel(OrderAt, "0000000999", "0", all: true, paper: true).Message.MsgCd);
    }
}
