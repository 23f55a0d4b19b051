using KisTrader.Trading.Money;

namespace KisTrader.Trading.Tests.MoneyTests;

/// <summary>Every won of buys, sells, partial fills and valuations, with the default costs (0.015% / 0.20%).</summary>
public sealed class PositionLedgerTests
{
    private static readonly CostModel Costs = CostModel.Default;
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 16, 10, 0, TimeSpan.FromHours(9));

    private static Fill Buy(long qty, decimal price) => new(OrderSide.Buy, qty, price, T0);

    private static Fill Sell(long qty, decimal price) => new(OrderSide.Sell, qty, price, T0.AddHours(17));

    [Fact]
    public void BuyThenSellAll_100At10000Then10300_EveryWon()
    {
        // Buy:  100 × 10,000 = 1,000,000; commission 1,000,000 × 0.015% = 150        → cost     1,000,150
        // Sell: 100 × 10,300 = 1,030,000; commission 154.5 → 154; tax 0.20% = 2,060 → proceeds 1,027,786
        // Realised = 1,027,786 − 1,000,150 = 27,636; return = 27,636 ÷ 1,000,150.
        var ledger = PositionLedger.Open("005930").Apply(Buy(100, 10_000m), Costs).Apply(Sell(100, 10_300m), Costs);

        Assert.Equal((1_000_000m, 150m, 1_000_150m), (ledger.BuyAmount, ledger.BuyCommission, ledger.NetBuyCost));
        Assert.Equal((1_030_000m, 154m, 2_060m, 1_027_786m), (ledger.SellAmount, ledger.SellCommission, ledger.SellTax, ledger.NetSellProceeds));
        Assert.Equal(27_636m, ledger.RealisedPnL);
        Assert.Equal(27_636m / 1_000_150m, ledger.NetReturn);
        Assert.True(ledger.IsFlat);
        Assert.Equal((0L, 0m, 0m), (ledger.Quantity, ledger.AveragePrice, ledger.OpenCost));
        Assert.Equal((100L, 100L), (ledger.BoughtQuantity, ledger.SoldQuantity));
    }

    [Fact]
    public void BuyThenSell_AtTheSamePrice_LosesTheRoundTripCosts()
    {
        // 150 (buy commission) + 150 (sell commission) + 2,000 (tax) = 2,300 lost.
        var ledger = PositionLedger.Open("005930").Apply(Buy(100, 10_000m), Costs).Apply(Sell(100, 10_000m), Costs);

        Assert.Equal(-2_300m, ledger.RealisedPnL);
    }

    [Fact]
    public void PartialFills_QuantityAndAverageFollowTheFills()
    {
        // Buy 30 @ 10,000 = 300,000, commission 45; buy 70 @ 10,050 = 703,500, commission 105.525 → 105.
        // Average = 1,003,500 ÷ 100 = 10,035; open cost = 1,003,500 + 150 = 1,003,650.
        var ledger = PositionLedger.Open("000660").Apply(Buy(30, 10_000m), Costs);
        Assert.Equal((30L, 10_000m, 300_045m), (ledger.Quantity, ledger.AveragePrice, ledger.OpenCost));

        ledger = ledger.Apply(Buy(70, 10_050m), Costs);
        Assert.Equal((100L, 10_035m, 1_003_650m, 150m), (ledger.Quantity, ledger.AveragePrice, ledger.OpenCost, ledger.BuyCommission));

        // Sell 50 @ 10,400 = 520,000: commission 78, tax 1,040 → 518,882; half the cost = 501,825 → realised 17,057.
        ledger = ledger.Apply(Sell(50, 10_400m), Costs);
        Assert.Equal((50L, 10_035m, 501_825m, 17_057m), (ledger.Quantity, ledger.AveragePrice, ledger.OpenCost, ledger.RealisedPnL));

        // Sell 50 @ 10,200 = 510,000: commission 76.5 → 76, tax 1,020 → 508,904; rest of the cost 501,825 → 7,079.
        ledger = ledger.Apply(Sell(50, 10_200m), Costs);
        Assert.Equal(17_057m + 7_079m, ledger.RealisedPnL);

        // Check against cash: (518,882 + 508,904) − 1,003,650 = 24,136.
        Assert.Equal(24_136m, ledger.NetSellProceeds - ledger.NetBuyCost);
        Assert.Equal(24_136m / 1_003_650m, ledger.NetReturn);
    }

    [Fact]
    public void PartialSell_CostShareWithAFraction_ClosesWithoutResidue()
    {
        // Buy 3 @ 10,000 = 30,000, commission 4.5 → 4: open cost 30,004.
        // Sell 1 @ 10,000: commission 1.5 → 1, tax 20 → 9,979; cost 30,004 ÷ 3 = 10,001.333…; realised −22.333…
        // Sell 2 @ 10,000: commission 3, tax 40 → 19,957; cost = the rest (20,002.666…).
        // Total = (9,979 + 19,957) − 30,004 = −68 exactly.
        var ledger = PositionLedger.Open("035420").Apply(Buy(3, 10_000m), Costs).Apply(Sell(1, 10_000m), Costs);
        Assert.Equal(9_979m - (30_004m / 3), ledger.RealisedPnL);

        ledger = ledger.Apply(Sell(2, 10_000m), Costs);
        Assert.Equal(-68m, ledger.RealisedPnL);
        Assert.Equal(0m, ledger.OpenCost);
    }

    [Fact]
    public void ExplicitFees_AreUsedAsGiven()
    {
        var ledger = PositionLedger.Open("005930").Buy(10, 50_000m, commission: 70m).Sell(10, 51_000m, commission: 70m, tax: 1_020m);

        // (510,000 − 70 − 1,020) − (500,000 + 70) = 8,840.
        Assert.Equal(8_840m, ledger.RealisedPnL);
    }

    [Fact]
    public void Valuation_MarksHeldSharesWithEstimatedSellCosts()
    {
        var ledger = PositionLedger.Open("005930").Apply(Buy(100, 10_000m), Costs);

        var v = ledger.Valuation(10_300m, Costs);

        // 1,030,000 − 154 − 2,060 = 1,027,786 net; − 1,000,150 open cost = 27,636.
        Assert.Equal((1_030_000m, 154m, 2_060m, 1_027_786m), (v.MarketValue, v.EstimatedCommission, v.EstimatedTax, v.NetLiquidationValue));
        Assert.Equal(27_636m, v.UnrealisedPnL);
        Assert.Equal(27_636m / 1_000_150m, v.UnrealisedReturn);
    }

    [Fact]
    public void Valuation_AtTheBuyPrice_ShowsTheCostsAsALoss()
    {
        var v = PositionLedger.Open("005930").Apply(Buy(100, 10_000m), Costs).Valuation(10_000m, Costs);

        Assert.Equal(-2_300m, v.UnrealisedPnL); // 1,000,000 − 150 − 2,000 − 1,000,150
    }

    [Fact]
    public void Valuation_Flat_IsZero()
    {
        var v = PositionLedger.Open("005930").Valuation(10_000m, Costs);

        Assert.Equal((0m, 0m, 0m), (v.MarketValue, v.UnrealisedPnL, v.UnrealisedReturn));
    }

    [Fact]
    public void Sell_MoreThanHeld_Throws()
    {
        var ledger = PositionLedger.Open("005930").Apply(Buy(10, 10_000m), Costs);

        var ex = Assert.Throws<InvalidOperationException>(() => ledger.Apply(Sell(11, 10_000m), Costs));
        Assert.Contains("only 10 held", ex.Message);
    }

    [Theory]
    [InlineData(0, 10_000)]
    [InlineData(-1, 10_000)]
    [InlineData(1, 0)]
    [InlineData(1, -5)]
    public void Buy_NonPositiveQuantityOrPrice_Throws(long qty, int price) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PositionLedger.Open("005930").Buy(qty, price, 0m));

    [Fact]
    public void Buy_NegativeCommission_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PositionLedger.Open("005930").Buy(1, 10_000m, -1m));

    [Fact]
    public void Open_BlankSymbol_Throws() => Assert.Throws<ArgumentException>(() => PositionLedger.Open(" "));

    [Fact]
    public void NetReturn_BeforeAnyBuy_IsZero() => Assert.Equal(0m, PositionLedger.Open("005930").NetReturn);

    [Fact]
    public void Apply_IsImmutable()
    {
        var empty = PositionLedger.Open("005930");

        var bought = empty.Apply(Buy(10, 10_000m), Costs);

        Assert.Equal(0, empty.Quantity);
        Assert.Equal(10, bought.Quantity);
    }
}
