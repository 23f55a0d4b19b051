using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>13:00–15:00: r ≥ +3% sells 50% of what remains (once), r ≤ −3% sells all. Average 10,000.</summary>
public sealed class AfternoonWindowTests
{
    [Theory]
    [InlineData(10_310, true)]  // +3.1%
    [InlineData(10_300, true)]  // +3.0% exactly
    [InlineData(10_290, false)] // +2.9%
    public void Evaluate_PartialBoundary_SellsHalfAtOrAbove(int price, bool sells)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(14, 0));

        Assert.Equal(sells, decision.IsSell);
        Assert.Equal(ExitWindow.Afternoon, decision.Window);
        if (sells)
        {
            Assert.Equal(ExitReason.PartialTakeProfit, decision.Reason);
            Assert.Equal(50, decision.Quantity); // ceil(100 × 0.5)
        }
    }

    [Theory]
    [InlineData(9_690, true)]
    [InlineData(9_700, true)]
    [InlineData(9_710, false)]
    public void Evaluate_StopLossBoundary_SellsAllAtOrBelow(int price, bool sells)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(14, 0));

        Assert.Equal(sells, decision.IsSell);
        if (sells)
        {
            Assert.Equal(ExitReason.StopLoss, decision.Reason);
            Assert.Equal(100, decision.Quantity);
        }
    }

    [Fact]
    public void Evaluate_PartialAlreadyTaken_HoldsAtPlusThreePercentAndAbove()
    {
        var policy = Policy();

        var atThree = policy.Evaluate(Position(50, partialTaken: true), Quote(10_300m), At(14, 0));
        var atSix = policy.Evaluate(Position(50, partialTaken: true), Quote(10_600m), At(14, 30));

        Assert.False(atThree.IsSell);
        Assert.False(atSix.IsSell);
        Assert.Contains("already taken", atSix.Explanation);
    }

    [Fact]
    public void Evaluate_PartialAlreadyTaken_StillStopsOut()
    {
        var decision = Policy().Evaluate(Position(50, partialTaken: true), Quote(9_700m), At(14, 0));

        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(50, decision.Quantity);
    }

    [Fact]
    public void Evaluate_PlusSixPercent_SellsOnlyTheHalfBecauseTheFullTakeProfitIsMorningOnly()
    {
        var decision = Policy().Evaluate(Position(), Quote(10_600m), At(13, 30));

        Assert.Equal(ExitReason.PartialTakeProfit, decision.Reason);
        Assert.Equal(50, decision.Quantity);
    }

    [Fact]
    public void Evaluate_MorningToAfternoonBoundaryAtPlusFourPercent_PartialStartsExactlyAtThirteen()
    {
        // r = +4%: below the morning's +5%, above the afternoon's +3%.
        var policy = Policy();
        var quote = Quote(10_400m, At(12, 59, 59, 999));

        var before = policy.Evaluate(Position(), quote, At(12, 59, 59, 999));
        var at = policy.Evaluate(Position(), quote, At(13, 0));

        Assert.False(before.IsSell);
        Assert.Equal(ExitWindow.Morning, before.Window);
        Assert.Equal(ExitReason.PartialTakeProfit, at.Reason);
        Assert.Equal(ExitWindow.Afternoon, at.Window);
    }

    [Fact]
    public void Evaluate_MorningToAfternoonBoundaryAtPlusFivePercent_FullTakeProfitUntilThirteenThenHalf()
    {
        var policy = Policy();
        var quote = Quote(10_500m, At(12, 59, 59));

        Assert.Equal(100, policy.Evaluate(Position(), quote, At(12, 59, 59, 999)).Quantity);
        Assert.Equal(50, policy.Evaluate(Position(), quote, At(13, 0)).Quantity);
    }

    [Fact]
    public void Evaluate_LateCloseDay_AfternoonRulesStartAtFourteen()
    {
        // Close shifted +1 h and 13:00 is after the midday split: the afternoon window starts at 14:00.
        var policy = Policy(schedule: LateCloseDay);
        var quote = Quote(10_400m, At(13, 30));

        Assert.False(policy.Evaluate(Position(), quote, At(13, 59, 59, 999)).IsSell);
        Assert.Equal(ExitReason.PartialTakeProfit, policy.Evaluate(Position(), quote, At(14, 0)).Reason);
    }
}
