using KisTrader.Trading.Exits;
using KisTrader.Trading.Pricing;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class ExitSizingAndPricingTests
{
    [Theory]
    [InlineData(100, 50)]
    [InlineData(7, 4)] // ceil(3.5): at least half is sold
    [InlineData(3, 2)]
    [InlineData(2, 1)]
    [InlineData(1, 1)] // a single share cannot be split: the partial sells it
    [InlineData(0, 0)]
    public void PartialQuantity_HalfRoundedUp(long quantity, long expected) =>
        Assert.Equal(expected, ExitOrders.PartialQuantity(quantity, 0.5m));

    [Fact]
    public void PartialQuantity_ThirtyPercentOfTen_IsThree() => Assert.Equal(3, ExitOrders.PartialQuantity(10, 0.3m));

    [Fact]
    public void Evaluate_PartialOfSevenShares_SellsFour()
    {
        var decision = Policy().Evaluate(Position(7), Quote(10_300m), At(14, 0));

        Assert.Equal(4, decision.Quantity);
        Assert.Contains("= 4", decision.Explanation);
    }

    [Fact]
    public void Evaluate_PartialOfOneShare_SellsIt()
    {
        var decision = Policy().Evaluate(Position(1), Quote(10_300m), At(14, 0));

        Assert.Equal(ExitReason.PartialTakeProfit, decision.Reason);
        Assert.Equal(1, decision.Quantity);
    }

    [Fact]
    public void Evaluate_BidOffTheGrid_LimitIsRoundedDown()
    {
        // Tick 10 at 9,695: the sell limit rounds down to 9,690.
        var decision = Policy().Evaluate(Position(), Quote(9_700m, 9_695m), At(10, 0));

        Assert.Equal(9_690m, decision.LimitPrice);
    }

    [Fact]
    public void Evaluate_BidOffTheGridInTheFiveWonBand_RoundsDownToTheBandEdge()
    {
        // Average 2,100; price 2,005: r = −95 ÷ 2,100 = −4.52%. Bid 2,003 (tick 5 from 2,000) rounds down to 2,000.
        var decision = Policy().Evaluate(Position(100, 2_100m), Quote(2_005m, 2_003m), At(10, 0));

        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(2_000m, decision.LimitPrice);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Evaluate_NoBid_StopLossGoesInAtMarket(int? bid)
    {
        var decision = Policy().Evaluate(Position(), Quote(9_700m, bid: bid), At(10, 0));

        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(ExitOrderType.Market, decision.OrderType);
        Assert.Null(decision.LimitPrice);
        Assert.Contains("no bid", decision.Explanation);
    }

    [Fact]
    public void Evaluate_WorkingExitOrderForPart_StopLossSellsOnlyTheFreeShares()
    {
        // 100 held, a partial limit for 50 with 10 filled is working (40 left) — the position shows 90 held.
        var working = Order(ExitReason.PartialTakeProfit, At(13, 10), quantity: 50, filled: 10);

        var decision = Policy().Evaluate(Position(90, 10_000m, true, working), Quote(9_700m), At(13, 10, 20));

        Assert.Equal(50, decision.Quantity); // 90 held − 40 working
        Assert.Contains("40 already in working exit orders", decision.Explanation);
    }

    [Fact]
    public void Evaluate_EverySharesAlreadyInWorkingOrders_Holds()
    {
        var working = Order(ExitReason.StopLoss, At(10, 0), quantity: 100);

        var decision = Policy().Evaluate(Position(100, 10_000m, false, working), Quote(9_600m), At(10, 0, 10));

        Assert.False(decision.IsSell);
        Assert.Contains("already in working exit orders", decision.Explanation);
    }

    [Theory]
    [InlineData(0, 10_000, 9_000)]
    [InlineData(100, 0, 9_000)]
    public void Evaluate_NoSharesOrNoAverage_Holds(long quantity, int average, int price)
    {
        var decision = Policy().Evaluate(Position(quantity, average), Quote(price), At(10, 0));

        Assert.False(decision.IsSell);
    }

    [Fact]
    public void StopLossRule_NonPositivePrice_Holds()
    {
        var rule = new StopLossRule(-0.03m, PriceGrid.Default);

        var decision = rule.Evaluate(Position(), Quote(0m), At(10, 0));

        Assert.False(decision.IsSell);
        Assert.Contains("no valid price", decision.Explanation);
    }

    [Fact]
    public void Evaluate_QuoteForAnotherSymbol_Throws()
    {
        var quote = new QuoteSnapshot("000660", 9_000m, 9_000m, At(10, 0));

        Assert.Throws<ArgumentException>(() => Policy().Evaluate(Position(), quote, At(10, 0)));
    }
}
