using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading;

namespace KisTrader.Kis.Simulator.Tests.Trading;

/// <summary>Commission, sell tax, settlement (D+0/D+1/D+2), average price and buying power, computed by hand.</summary>
public sealed class CashAndFeeTests
{
    private static readonly DateTimeOffset Morning = BookHarness.At(10, 0);

    private static BookHarness WithAsk(decimal price, long quantity = 1_000, string code = BookHarness.Stock)
    {
        var h = new BookHarness();
        h.Market.SetBook(code, BookHarness.At(9, 0), [(price, quantity)], [(price - 10m, quantity)]);
        return h;
    }

    [Fact]
    public void Fill_BuyThenSellSameDay_CommissionAndTaxTruncatedToTheWon()
    {
        var h = WithAsk(10_000m);
        h.Buy(Morning, "100", "10000");
        // Buy 1,000,000: commission floor(1,000,000 × 0.00015 = 150.00) = 150; no tax on buys.
        var fill = Assert.Single(h.Events.Fills);
        Assert.Equal(150m, h.Book.Orders(h.Real, BookHarness.Monday, BookHarness.Monday, Morning).Single().Costs);

        h.Market.SetBook(BookHarness.Stock, BookHarness.At(11, 0), [(11_010m, 500)], [(11_000m, 500)]);
        h.Sell(BookHarness.At(11, 0), "100", "11000");
        // Sell 1,100,000: commission floor(165.00) = 165; tax floor(1,100,000 × 0.0020 = 2,200.00) = 2,200.
        var s = h.Balance(BookHarness.At(11, 0)).Summary;
        Assert.Equal(10_000_000m, s.Deposit);                  // nothing settled yet (D+2)
        Assert.Equal(10_000_000m, s.NextDayCash);              // Tuesday: still nothing due
        Assert.Equal(10_097_485m, s.CashAfterSettlement);      // 10,000,000 − 1,000,150 + 1,100,000 − 165 − 2,200
        Assert.Equal(1_000_000m, s.TodayBuyAmount);
        Assert.Equal(1_100_000m, s.TodaySellAmount);
        Assert.Equal(2_515m, s.TodayCosts);                    // 150 + 165 + 2,200
        Assert.Equal(10_000m, fill.Price);
    }

    [Fact]
    public void Fill_EtfSell_PaysNoTransactionTax()
    {
        var h = WithAsk(10_000m, code: BookHarness.Etf);
        h.Buy(Morning, "100", "10000", code: BookHarness.Etf);
        h.Market.SetBook(BookHarness.Etf, BookHarness.At(11, 0), [(10_005m, 500)], [(10_000m, 500)]);
        h.Sell(BookHarness.At(11, 0), "100", "10000", code: BookHarness.Etf);

        // Buy commission 150; sell 1,000,000: commission 150, tax 0 → costs 300.
        Assert.Equal(300m, h.Balance(BookHarness.At(11, 0)).Summary.TodayCosts);
        Assert.Equal(9_999_700m, h.Balance(BookHarness.At(11, 0)).Summary.CashAfterSettlement);
    }

    [Fact]
    public void Fill_PartialFillsOfOneOrder_CommissionIsOnTheCumulativeAmount()
    {
        var h = new BookHarness();
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(9, 0), [(10_010m, 33)], [(10_000m, 10)]);
        var order = h.Buy(Morning, "100", "10030");
        decimal Costs(DateTimeOffset at) => h.Order(order.OrderNo, at).Costs;

        // Taker fill 33 × 10,010 = 330,330 → floor(49.5495) = 49.
        Assert.Equal(49m, Costs(Morning));
        // The book moves through the resting 10,030 bid: 33 × 10,030 = 330,990; cumulative 661,320 → floor(99.198) = 99.
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 1), [(10_020m, 33)], [(10_000m, 10)]);
        Assert.Equal(99m, Costs(BookHarness.At(10, 1)));
        // 34 × 10,030 = 341,020; cumulative 1,002,340 → floor(150.351) = 150 (per-fill truncation would give 49 + 49 + 51 = 149).
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 2), [(10_030m, 34)], [(10_000m, 10)]);
        Assert.Equal(150m, Costs(BookHarness.At(10, 2)));
        Assert.Equal(10_000_000m - 1_002_340m - 150m, h.Balance(BookHarness.At(10, 2)).Summary.CashAfterSettlement);
    }

    [Fact]
    public void Fill_CommissionRateOption_IsApplied()
    {
        var h = new BookHarness(new SimTradingOptions { CommissionRate = 0.000140527m, SellTaxRate = 0.0015m });
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(9, 0), [(10_000m, 1_000)], [(9_990m, 1_000)]);
        h.Buy(Morning, "333", "10000");
        // 3,330,000 × 0.000140527 = 467.95491 → 467.
        Assert.Equal(467m, h.Balance(Morning).Summary.TodayCosts);
        h.Sell(Morning, "333", "9990");
        // 3,326,670 × 0.000140527 = 467.4870… → 467; tax 3,326,670 × 0.0015 = 4,990.005 → 4,990.
        Assert.Equal(467m + 467m + 4_990m, h.Balance(Morning).Summary.TodayCosts);
    }

    [Fact]
    public void Settlement_BuyOnMonday_SettlesOnWednesday()
    {
        var h = WithAsk(10_000m);
        h.Buy(Morning, "100", "10000");

        var tuesday = h.Balance(BookHarness.At(10, 0, dayOffset: 1)).Summary;
        Assert.Equal(10_000_000m, tuesday.Deposit);
        Assert.Equal(8_999_850m, tuesday.NextDayCash);          // Wednesday's settlement is D+1 from Tuesday
        Assert.Equal(1_000_000m, tuesday.PreviousDayBuyAmount);
        Assert.Equal(150m, tuesday.PreviousDayCosts);
        Assert.Equal(0m, tuesday.TodayBuyAmount);

        var wednesday = h.Balance(BookHarness.At(10, 0, dayOffset: 2)).Summary;
        Assert.Equal(8_999_850m, wednesday.Deposit);
        Assert.Equal(8_999_850m, wednesday.CashAfterSettlement);
        Assert.Equal(0m, wednesday.PreviousDayBuyAmount);
    }

    [Fact]
    public void Settlement_FridayTrade_SettlesTuesdayAcrossTheWeekendAndAHoliday()
    {
        var h = new BookHarness();
        var friday = FakeTradingMarket.Kst(2026, 11, 27, 10, 0);
        h.Market.Holidays.Add(new DateOnly(2026, 11, 30));     // Monday holiday
        h.Market.SetBook(BookHarness.Stock, friday.AddHours(-1), [(10_000m, 1_000)], [(9_990m, 1_000)]);
        h.Buy(friday, "100", "10000");

        // Friday → next trading days Tuesday 12-01 (D+1) and Wednesday 12-02 (D+2).
        Assert.Equal(10_000_000m, h.Book.Balance(h.Real, false, FakeTradingMarket.Kst(2026, 12, 1, 9, 0)).Summary.Deposit);
        Assert.Equal(8_999_850m, h.Book.Balance(h.Real, false, FakeTradingMarket.Kst(2026, 12, 2, 9, 0)).Summary.Deposit);
    }

    [Fact]
    public void Holdings_TwoBuysAndASell_AveragePriceAndPurchaseAmountFollowTheFills()
    {
        var h = WithAsk(10_000m);
        h.Buy(Morning, "100", "10000");
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 30), [(10_600m, 1_000)], [(10_590m, 1_000)]);
        h.Buy(BookHarness.At(10, 30), "50", "10600");

        // 1,000,000 + 530,000 = 1,530,000 for 150 → 10,200.
        var holding = Assert.Single(h.Balance(BookHarness.At(10, 30)).Rows);
        Assert.Equal((150L, 1_530_000m, 10_200m), (holding.Quantity, holding.PurchaseAmount, holding.AveragePrice));

        h.Sell(BookHarness.At(10, 30), "60", "10590");
        // Selling keeps the average: 90 × 10,200 = 918,000.
        holding = Assert.Single(h.Balance(BookHarness.At(10, 30)).Rows);
        Assert.Equal((90L, 918_000m, 10_200m, 150L, 60L), (holding.Quantity, holding.PurchaseAmount, holding.AveragePrice, holding.TodayBuyQuantity, holding.TodaySellQuantity));
    }

    [Fact]
    public void Holdings_FullySold_StayListedWithZeroUntilTheDayAfter()
    {
        var h = WithAsk(10_000m);
        h.Buy(Morning, "10", "10000");
        h.Market.SetBook(BookHarness.Stock, BookHarness.At(10, 30), [(10_010m, 100)], [(10_000m, 100)]);
        h.Sell(BookHarness.At(10, 30), "10", "10000");

        Assert.Equal(0, Assert.Single(h.Balance(BookHarness.At(11, 0)).Rows).Quantity);
        Assert.Equal(10, Assert.Single(h.Balance(BookHarness.At(10, 0, dayOffset: 1)).Rows).PreviousDaySellQuantity);
        Assert.Empty(h.Balance(BookHarness.At(10, 0, dayOffset: 2)).Rows);
    }

    [Fact]
    public void BuyingPower_CashAndOpenBuys_GiveOrderableCashAndQuantities()
    {
        var h = new BookHarness();
        // 10,000,000 ÷ 1.00015 = 9,998,500.22… → 9,998,500; at 10,000: 999 shares; at the 13,000 upper limit: 769.
        var limit = h.Book.BuyingPower(h.Real, BookHarness.Stock, "00", "10000", Morning);
        Assert.Equal((10_000_000m, 9_998_500m, 999L, 10_000m), (limit.OrderableCash, limit.NoMarginAmount, limit.NoMarginQuantity, limit.CalculationPrice));
        var market = h.Book.BuyingPower(h.Real, BookHarness.Stock, "01", "0", Morning);
        Assert.Equal((769L, 13_000m), (market.NoMarginQuantity, market.CalculationPrice));

        h.Buy(Morning, "100", "9000");
        // An open buy of 100 @ 9,000 holds ceil(900,000 × 1.00015) = 900,135.
        Assert.Equal(9_099_865m, h.Book.BuyingPower(h.Real, BookHarness.Stock, "00", "10000", Morning).OrderableCash);
    }

    [Fact]
    public void BuyingPower_NoMarginQuantity_IsAlwaysAccepted()
    {
        var h = new BookHarness(startingCash: 7_777_777m);
        var power = h.Book.BuyingPower(h.Real, BookHarness.Stock, "00", "10010", Morning);
        Assert.True(h.Buy(Morning, power.NoMarginQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture), "10010").Accepted);
        Assert.Equal("APBK0952", h.Buy(Morning, "1", "10010").Message.MsgCd);
    }
}
