using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Tests.Trading;

/// <summary>Every order-cash rejection code, real and paper, at and around each threshold.</summary>
public sealed class OrderValidationTests
{
    private static readonly DateTimeOffset Midday = BookHarness.At(10, 0);

    private static void AssertRejected(OrderOutcome outcome, string msgCd)
    {
        Assert.False(outcome.Accepted, $"expected {msgCd}, got acceptance");
        Assert.Equal(msgCd, outcome.Message.MsgCd);
        Assert.Equal(string.Empty, outcome.OrderNo);
    }

    private static void AssertAccepted(OrderOutcome outcome)
    {
        Assert.True(outcome.Accepted, $"rejected: {outcome.Message.MsgCd} {outcome.Message.Msg1}");
        Assert.Equal(10, outcome.OrderNo.Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("abc")]
    public void PlaceCashOrder_QuantityNotAPositiveInteger_RejectsWithQuantityCode(string quantity)
    {
        var h = new BookHarness();
        AssertRejected(h.Buy(Midday, quantity, "10000"), "APBK0563");
        AssertRejected(h.Buy(Midday, quantity, "10000", paper: true), "40050000");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("08")]
    [InlineData("1")]
    public void PlaceCashOrder_OrderTypeNotTaken_RejectsWithOrderTypeCode(string dvsn)
    {
        var h = new BookHarness();
        AssertRejected(h.Buy(Midday, "1", "10000", dvsn), "APBK0521");
        AssertRejected(h.Buy(Midday, "1", "10000", dvsn, paper: true), "40660000");
    }

    [Theory]
    [InlineData("05")]
    [InlineData("06")]
    [InlineData("07")]
    [InlineData("11")]
    [InlineData("12")]
    [InlineData("13")]
    [InlineData("14")]
    [InlineData("15")]
    [InlineData("16")]
    public void PlaceCashOrder_PaperAfterHoursOrIocFokType_RejectedOnPaperOnly(string dvsn)
    {
        var h = new BookHarness();
        h.StandardBook(BookHarness.At(9, 0));
        AssertRejected(h.Buy(Midday, "1", "10010", dvsn, paper: true), "40660000");
        // The same type on a real account passes the type check (it may still fail its own session window).
        Assert.NotEqual("APBK0521", h.Buy(Midday, "1", "10010", dvsn).Message.MsgCd);
    }

    [Fact]
    public void PlaceCashOrder_UnknownProduct_RejectsWithProductCode()
    {
        var h = new BookHarness();
        AssertRejected(h.Buy(Midday, "1", "10000", code: "999999"), "APBK0656");
        AssertRejected(h.Buy(Midday, "1", "10000", code: "999999", paper: true), "40070000");
    }

    [Fact]
    public void PlaceCashOrder_WeekendOrHoliday_RejectsAsClosedDay()
    {
        var h = new BookHarness();
        var saturday = FakeTradingMarket.Kst(2026, 11, 28, 10, 0);
        AssertRejected(h.Buy(saturday, "1", "10000"), "APBK0919");
        AssertRejected(h.Buy(saturday, "1", "10000", paper: true), "40100000");

        var h2 = new BookHarness();
        h2.Market.Holidays.Add(BookHarness.Monday);
        AssertRejected(h2.Buy(Midday, "1", "10000"), "APBK0919");
    }

    [Fact]
    public void PlaceCashOrder_RegularTypeAroundPreOpen_RejectedJustBefore0830AcceptedAt0830()
    {
        var h = new BookHarness();
        var before = h.Buy(BookHarness.At(8, 29, 59), "1", "10000");
        AssertRejected(before, "APBK0918");
        Assert.Equal("장운영시간이 아닙니다.(장개시전 주문불가시간)", before.Message.Msg1);
        AssertRejected(h.Buy(BookHarness.At(8, 29, 59), "1", "10000", paper: true), "40570000");
        AssertAccepted(h.Buy(BookHarness.At(8, 30), "1", "10000"));
    }

    [Fact]
    public void PlaceCashOrder_RegularTypeAroundClose_AcceptedJustBefore1530RejectedAt1530()
    {
        var h = new BookHarness();
        AssertAccepted(h.Buy(BookHarness.At(15, 29, 59), "1", "10000"));
        var after = h.Buy(BookHarness.At(15, 30), "1", "10000");
        AssertRejected(after, "APBK0918");
        Assert.Equal("장운영시간이 아닙니다.(장종료동시마감(129) 주문불가시간)", after.Message.Msg1);
        AssertRejected(h.Buy(BookHarness.At(15, 30), "1", "10000", paper: true), "40580000");
    }

    [Fact]
    public void PlaceCashOrder_ConditionalLimitAroundClosingAuction_AcceptedBefore1520RejectedFrom1520()
    {
        var h = new BookHarness();
        AssertAccepted(h.Buy(BookHarness.At(15, 19, 59), "1", "9000", "02"));
        AssertRejected(h.Buy(BookHarness.At(15, 20), "1", "9000", "02"), "APBK0918");
    }

    [Fact]
    public void PlaceCashOrder_BestPriceTypeOutsideContinuous_RejectedBefore0900AndFrom1520()
    {
        var h = new BookHarness();
        h.StandardBook(BookHarness.At(9, 0));
        AssertRejected(h.Buy(BookHarness.At(8, 59, 59), "1", "0", "03"), "APBK0918");
        AssertAccepted(h.Buy(BookHarness.At(9, 0), "1", "0", "03"));
        AssertAccepted(h.Buy(BookHarness.At(15, 19, 59), "1", "0", "03"));
        AssertRejected(h.Buy(BookHarness.At(15, 20), "1", "0", "03"), "APBK0918");
    }

    [Theory]
    [InlineData("05", 8, 29, 59, false)]
    [InlineData("05", 8, 30, 0, true)]
    [InlineData("05", 8, 39, 59, true)]
    [InlineData("05", 8, 40, 0, false)]
    [InlineData("06", 15, 39, 59, false)]
    [InlineData("06", 15, 40, 0, true)]
    [InlineData("06", 15, 59, 59, true)]
    [InlineData("06", 16, 0, 0, false)]
    [InlineData("07", 15, 59, 59, false)]
    [InlineData("07", 16, 0, 0, true)]
    [InlineData("07", 17, 59, 59, true)]
    [InlineData("07", 18, 0, 0, false)]
    public void PlaceCashOrder_AfterHoursTypeAroundItsWindow_AcceptedOnlyInside(string dvsn, int hour, int minute, int second, bool accepted)
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, BookHarness.Monday, 10_000m, 1_000);
        var outcome = h.Buy(BookHarness.At(hour, minute, second), "1", dvsn == "07" ? "10000" : "0", dvsn);
        if (accepted)
        {
            AssertAccepted(outcome);
        }
        else
        {
            AssertRejected(outcome, "APBK0918");
        }
    }

    [Fact]
    public void PlaceCashOrder_HaltedStock_RejectsWithHaltCode()
    {
        var h = new BookHarness();
        h.Market.List("000010", "정지종목", 10_000m, 13_000m, 7_000m, halted: true);
        AssertRejected(h.Buy(Midday, "1", "10000", code: "000010"), "APBK0634");
        AssertRejected(h.Buy(Midday, "1", "10000", code: "000010", paper: true), "40090000");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("10000.5")]
    [InlineData("-10000")]
    public void PlaceCashOrder_LimitWithoutAUsablePrice_RejectsWithPriceCode(string price)
    {
        var h = new BookHarness();
        AssertRejected(h.Buy(Midday, "1", price), "APBK0564");
        AssertRejected(h.Buy(Midday, "1", price, paper: true), "40060000");
    }

    [Theory]
    // Tick 1 below 2,000, 5 from 2,000; 10 from 5,000 (10,005 off-grid for a stock, on-grid for an ETF: 5 at every price).
    [InlineData("000020", "1999", true)]
    [InlineData("000020", "2000", true)]
    [InlineData("000020", "2001", false)]
    [InlineData("000020", "2005", true)]
    [InlineData(BookHarness.Stock, "10005", false)]
    [InlineData(BookHarness.Stock, "10010", true)]
    [InlineData(BookHarness.Etf, "10005", true)]
    [InlineData(BookHarness.Etf, "10003", false)]
    [InlineData("000050", "49950", true)]
    [InlineData("000050", "50050", false)]
    [InlineData("000050", "50100", true)]
    public void PlaceCashOrder_PriceAgainstQuoteGrid_OnGridAcceptedOffGridRejected(string code, string price, bool accepted)
    {
        var h = new BookHarness();
        h.Market.List("000020", "이천원주", 2_000m, 2_600m, 1_400m);
        h.Market.List("000050", "오만원주", 50_000m, 65_000m, 35_000m);
        var outcome = h.Buy(Midday, "1", price, code: code);
        if (accepted)
        {
            AssertAccepted(outcome);
        }
        else
        {
            AssertRejected(outcome, "APBK0506");
            AssertRejected(h.Buy(Midday, "1", price, code: code, paper: true), "40030000");
        }
    }

    [Theory]
    [InlineData("13000", true)]
    [InlineData("13010", false)]
    [InlineData("7000", true)]
    [InlineData("6990", false)]
    public void PlaceCashOrder_PriceAgainstDailyLimits_InsideAcceptedOutsideRejected(string price, bool accepted)
    {
        var h = new BookHarness();
        var outcome = h.Buy(Midday, "1", price);
        if (accepted)
        {
            AssertAccepted(outcome);
        }
        else
        {
            AssertRejected(outcome, "APBK0507");
            AssertRejected(h.Buy(Midday, "1", price, paper: true), "40040000");
        }
    }

    [Theory]
    // Close 10,000: band 9,000 … 11,000 (±10%).
    [InlineData("11000", true)]
    [InlineData("11010", false)]
    [InlineData("9000", true)]
    [InlineData("8990", false)]
    public void PlaceCashOrder_AfterHoursPriceAgainstBand_InsideAcceptedOutsideRejected(string price, bool accepted)
    {
        var h = new BookHarness();
        h.Market.SetClosing(BookHarness.Stock, BookHarness.Monday, 10_000m, 1_000);
        var outcome = h.Buy(BookHarness.At(16, 5), "1", price, "07");
        if (accepted)
        {
            AssertAccepted(outcome);
        }
        else
        {
            AssertRejected(outcome, "APBK0508");
        }
    }

    [Fact]
    public void PlaceCashOrder_BuyAtExactlyTheBuyingPower_AcceptedOneWonShortRejected()
    {
        // 100 × 10,000 = 1,000,000; reservation with 0.015% commission = ceil(1,000,150.0) = 1,000,150.
        var enough = new BookHarness(startingCash: 1_000_150m);
        AssertAccepted(enough.Buy(Midday, "100", "10000"));

        var shortByOne = new BookHarness(startingCash: 1_000_149m);
        AssertRejected(shortByOne.Buy(Midday, "100", "10000"), "APBK0952");
        AssertRejected(shortByOne.Buy(Midday, "100", "10000", paper: true), "40250000");
    }

    [Fact]
    public void PlaceCashOrder_MarketBuy_ReservesAtTheUpperLimit()
    {
        // Market buy of 100 is reserved at the 13,000 upper limit: ceil(1,300,000 × 1.00015) = 1,300,195.
        var enough = new BookHarness(startingCash: 1_300_195m);
        AssertAccepted(enough.Buy(BookHarness.At(8, 45), "100", "0", "01"));
        var shortByOne = new BookHarness(startingCash: 1_300_194m);
        AssertRejected(shortByOne.Buy(BookHarness.At(8, 45), "100", "0", "01"), "APBK0952");
    }

    [Fact]
    public void PlaceCashOrder_SellBeyondSellableQuantity_Rejected()
    {
        var h = new BookHarness();
        AssertRejected(h.Sell(Midday, "1", "10000"), "APBK0400");
        AssertRejected(h.Sell(Midday, "1", "10000", paper: true), "40240000");

        h.StandardBook(BookHarness.At(9, 0));
        AssertAccepted(h.Buy(Midday, "10", "10010"));                // fills 10 @ 10,010: 10 held
        AssertRejected(h.Sell(Midday, "11", "13000"), "APBK0400");
        AssertAccepted(h.Sell(Midday, "4", "13000"));                // rests, reserving 4
        AssertRejected(h.Sell(Midday, "7", "13000"), "APBK0400");    // 10 − 4 = 6 sellable
        AssertAccepted(h.Sell(Midday, "6", "13000"));
    }
}
