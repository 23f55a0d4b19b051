using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>Option PartialAtAfternoonStart: the 50% partial happens at 13:00 whatever r, instead of at +3%.</summary>
public sealed class PartialAtAfternoonStartTests
{
    private static ExitPolicy OptionOn(Calendar.TradingDaySchedule? schedule = null) =>
        Policy(new ExitOptions { PartialAtAfternoonStart = true }, schedule);

    [Fact]
    public void Default_OptionIsOff() => Assert.False(new ExitOptions().PartialAtAfternoonStart);

    [Theory]
    [InlineData(10_000)] // 0%
    [InlineData(9_800)]  // −2%
    [InlineData(10_250)] // +2.5%
    public void Evaluate_AtThirteen_SellsHalfWhateverTheReturn(int price)
    {
        var decision = OptionOn().Evaluate(Position(), Quote(price, At(12, 55)), At(13, 0));

        Assert.Equal(ExitReason.PartialTakeProfit, decision.Reason);
        Assert.Equal(50, decision.Quantity);
    }

    [Fact]
    public void Evaluate_JustBeforeThirteen_Holds()
    {
        var decision = OptionOn().Evaluate(Position(), Quote(10_000m), At(12, 59, 59, 999));

        Assert.False(decision.IsSell);
    }

    [Fact]
    public void Evaluate_AtThirteenBelowStopLoss_StopLossWinsAndSellsAll()
    {
        var decision = OptionOn().Evaluate(Position(), Quote(9_700m), At(13, 0));

        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(100, decision.Quantity);
    }

    [Fact]
    public void Evaluate_AfterTheScheduledPartial_PlusThreePercentNoLongerSells()
    {
        var decision = OptionOn().Evaluate(Position(50, partialTaken: true), Quote(10_400m), At(14, 0));

        Assert.False(decision.IsSell);
    }

    [Fact]
    public void Evaluate_ScheduledPartialMissedUntilPreClose_TakenThenWhenOutsideTheFlatRange()
    {
        // r = +2%: not flat; the partial not yet taken (e.g. the silo was down at 13:00) is taken at 15:05.
        var decision = OptionOn().Evaluate(Position(), Quote(10_200m), At(15, 5));

        Assert.Equal(ExitReason.PartialTakeProfit, decision.Reason);
        Assert.Equal(50, decision.Quantity);
    }

    [Fact]
    public void Evaluate_LateDay_ScheduledPartialAtFourteen()
    {
        var policy = OptionOn(LateDay);

        Assert.False(policy.Evaluate(Position(), Quote(10_000m), At(13, 59, 59, 999)).IsSell);
        Assert.Equal(50, policy.Evaluate(Position(), Quote(10_000m), At(14, 0)).Quantity);
    }
}
