using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>15:00–15:20: the afternoon rules plus −1.5% ≤ r ≤ +1.5% sells all. Average 10,000.</summary>
public sealed class PreCloseWindowTests
{
    [Theory]
    [InlineData(10_160, false)] // +1.6%: outside the range, below +3%
    [InlineData(10_150, true)]  // +1.5% exactly (inclusive)
    [InlineData(10_140, true)]  // +1.4%
    [InlineData(10_000, true)]  // 0%
    [InlineData(9_860, true)]   // −1.4%
    [InlineData(9_850, true)]   // −1.5% exactly (inclusive)
    [InlineData(9_840, false)]  // −1.6%: outside the range, above −3%
    public void Evaluate_FlatRangeEdges_SellAllInsideInclusive(int price, bool sells)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(15, 10));

        Assert.Equal(sells, decision.IsSell);
        Assert.Equal(ExitWindow.PreClose, decision.Window);
        if (sells)
        {
            Assert.Equal(ExitReason.FlatRangeExit, decision.Reason);
            Assert.Equal(100, decision.Quantity);
        }
    }

    [Theory]
    [InlineData(10_300, ExitReason.PartialTakeProfit, 50)]
    [InlineData(10_290, null, 0)]
    [InlineData(9_700, ExitReason.StopLoss, 100)]
    [InlineData(9_710, null, 0)]
    public void Evaluate_AfternoonThresholdsStillApply(int price, ExitReason? reason, long quantity)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(15, 19, 59));

        Assert.Equal(reason, decision.Reason);
        Assert.Equal(quantity, decision.Quantity);
    }

    [Fact]
    public void Evaluate_FifteenBoundaryWithoutNewQuoteAtPlusOnePercent_FlatExitStartsExactlyAtFifteen()
    {
        // The grain re-evaluates at the boundary with the last quote (14:58): r = +1%.
        var policy = Policy();
        var last = Quote(10_100m, At(14, 58));

        var before = policy.Evaluate(Position(), last, At(14, 59, 59));
        var atNineNine = policy.Evaluate(Position(), last, At(14, 59, 59, 999));
        var at = policy.Evaluate(Position(), last, At(15, 0));

        Assert.False(before.IsSell);
        Assert.False(atNineNine.IsSell);
        Assert.Equal(ExitReason.FlatRangeExit, at.Reason);
        Assert.Equal(100, at.Quantity);
    }

    [Fact]
    public void Evaluate_AfterPartialTheRemainderInTheFlatRange_SellsTheRemainder()
    {
        var decision = Policy().Evaluate(Position(50, partialTaken: true), Quote(10_100m), At(15, 5));

        Assert.Equal(ExitReason.FlatRangeExit, decision.Reason);
        Assert.Equal(50, decision.Quantity);
    }
}
