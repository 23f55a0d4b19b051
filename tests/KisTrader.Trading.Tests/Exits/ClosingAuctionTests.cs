using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>15:20–15:30: sell everything whatever r; limit at the bid before 15:25, market from 15:25; nothing at 15:30.</summary>
public sealed class ClosingAuctionTests
{
    [Theory]
    [InlineData(12_000)] // +20%
    [InlineData(10_200)] // +2%: would be a hold at 15:19
    [InlineData(10_000)]
    [InlineData(8_000)]  // −20%
    public void Evaluate_AnyReturnAtFifteenTwenty_SellsEverythingAtTheBid(int price)
    {
        var decision = Policy().Evaluate(Position(), Quote(price, price - 10m, At(15, 20)), At(15, 20));

        Assert.Equal(ExitReason.ForcedExit, decision.Reason);
        Assert.Equal(100, decision.Quantity);
        Assert.Equal(ExitOrderType.Limit, decision.OrderType);
        Assert.Equal(price - 10m, decision.LimitPrice);
        Assert.Equal(ExitWindow.ClosingAuction, decision.Window);
    }

    [Fact]
    public void Evaluate_PreCloseToAuctionBoundaryAtPlusTwoPercent_HoldsUntilFifteenTwenty()
    {
        // +2%: outside the flat range, below +3% (partial already taken): nothing sells before 15:20.
        var policy = Policy();
        var quote = Quote(10_200m, At(15, 19));

        Assert.False(policy.Evaluate(Position(50, partialTaken: true), quote, At(15, 19, 59)).IsSell);
        Assert.False(policy.Evaluate(Position(50, partialTaken: true), quote, At(15, 19, 59, 999)).IsSell);
        Assert.Equal(50, policy.Evaluate(Position(50, partialTaken: true), quote, At(15, 20)).Quantity);
    }

    [Fact]
    public void Evaluate_ForcedExitBeforeFifteenTwentyFive_IsALimitOrder()
    {
        var decision = Policy().Evaluate(Position(), Quote(10_200m), At(15, 24, 59));

        Assert.Equal(ExitOrderType.Limit, decision.OrderType);
        Assert.Equal("00", decision.OrderDivision);
    }

    [Fact]
    public void Evaluate_ForcedExitFromFifteenTwentyFive_IsAMarketOrder()
    {
        var decision = Policy().Evaluate(Position(), Quote(10_200m), At(15, 25));

        Assert.Equal(ExitReason.ForcedExit, decision.Reason);
        Assert.Equal(ExitOrderType.Market, decision.OrderType);
        Assert.Null(decision.LimitPrice);
        Assert.Equal("01", decision.OrderDivision);
    }

    [Fact]
    public void Evaluate_AtTheClose_HoldsAndSaysSharesAreStillHeld()
    {
        var decision = Policy().Evaluate(Position(), Quote(10_200m), At(15, 30));

        Assert.False(decision.IsSell);
        Assert.Equal(ExitWindow.AfterClose, decision.Window);
        Assert.Contains("100 shares still held", decision.Explanation);
    }

    [Fact]
    public void Evaluate_NoQuoteAllDay_ForcedExitGoesInAtMarket()
    {
        var decision = Policy().Evaluate(Position(), null, At(15, 20));

        Assert.Equal(ExitReason.ForcedExit, decision.Reason);
        Assert.Equal(ExitOrderType.Market, decision.OrderType);
        Assert.Equal(100, decision.Quantity);
        Assert.Null(decision.Return);
    }

    [Fact]
    public void Evaluate_WorkingExitOrderCoversPart_ForcedExitSellsOnlyTheRest()
    {
        // A partial limit for 50 placed at 15:19:50 has 20 filled: 30 still working, 100 − 20 held = 80, free = 50.
        var working = Order(ExitReason.PartialTakeProfit, At(15, 19, 50), quantity: 50, filled: 20);

        var decision = Policy().Evaluate(Position(80, 10_000m, true, working), Quote(10_200m), At(15, 20));

        Assert.Equal(50, decision.Quantity);
    }

    [Fact]
    public void Evaluate_LateDay_ForcedExitWindowAndConversionShiftOneHour()
    {
        var policy = Policy(schedule: LateDay);

        Assert.False(policy.Evaluate(Position(), Quote(10_200m), At(15, 25)).IsSell); // 15:25 is pre-close (+2%: hold)
        Assert.Equal(ExitOrderType.Limit, policy.Evaluate(Position(), Quote(10_200m), At(16, 24, 59)).OrderType);
        Assert.Equal(ExitOrderType.Market, policy.Evaluate(Position(), Quote(10_200m), At(16, 25)).OrderType);
    }
}
