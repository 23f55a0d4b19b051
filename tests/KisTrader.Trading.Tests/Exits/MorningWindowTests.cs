using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>09:00–13:00: r ≥ +5% sells all, r ≤ −3% sells all. Average 10,000, tick 10.</summary>
public sealed class MorningWindowTests
{
    [Theory]
    [InlineData(10_510, true)]  // +5.1%
    [InlineData(10_500, true)]  // (10,500 − 10,000) ÷ 10,000 = +5.0% exactly
    [InlineData(10_490, false)] // +4.9%
    public void Evaluate_TakeProfitBoundary_SellsAllAtOrAbove(int price, bool sells)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(10, 0));

        Assert.Equal(sells, decision.IsSell);
        Assert.Equal(ExitWindow.Morning, decision.Window);
        if (sells)
        {
            Assert.Equal(ExitReason.TakeProfit, decision.Reason);
            Assert.Equal(100, decision.Quantity);
            Assert.Equal(ExitOrderType.Limit, decision.OrderType);
            Assert.Equal(price, decision.LimitPrice);
            Assert.Equal("00", decision.OrderDivision);
        }
        else
        {
            Assert.Equal(0, decision.Quantity);
            Assert.Null(decision.OrderDivision);
        }
    }

    [Theory]
    [InlineData(9_690, true)]  // −3.1%
    [InlineData(9_700, true)]  // (9,700 − 10,000) ÷ 10,000 = −3.0% exactly
    [InlineData(9_710, false)] // −2.9%
    public void Evaluate_StopLossBoundary_SellsAllAtOrBelow(int price, bool sells)
    {
        var decision = Policy().Evaluate(Position(), Quote(price), At(11, 0));

        Assert.Equal(sells, decision.IsSell);
        if (sells)
        {
            Assert.Equal(ExitReason.StopLoss, decision.Reason);
            Assert.Equal(100, decision.Quantity);
        }
    }

    [Fact]
    public void Evaluate_PlusFourPercentInTheMorning_HoldsBecauseThePartialIsAnAfternoonRule()
    {
        var decision = Policy().Evaluate(Position(), Quote(10_400m), At(12, 0));

        Assert.False(decision.IsSell);
        Assert.Equal(0.04m, decision.Return);
    }

    [Fact]
    public void Evaluate_FirstQuoteAfterTheOpenAtMinusFourPercent_SellsAllAtTheFirstPrice()
    {
        // Opens at 9,600: r = (9,600 − 10,000) ÷ 10,000 = −4% ≤ −3% on the very first price of the day.
        var first = Quote(9_600m, 9_590m, At(9, 0, 0, 500));

        var decision = Policy().Evaluate(Position(), first, At(9, 0, 0, 500));

        Assert.True(decision.IsSell);
        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(100, decision.Quantity);
        Assert.Equal(9_590m, decision.LimitPrice);
        Assert.Equal(-0.04m, decision.Return);
    }

    [Fact]
    public void Evaluate_GapUpAtTheOpen_TakesProfitAtTheFirstPrice()
    {
        // Opens at 10,600: +6% ≥ +5%.
        var decision = Policy().Evaluate(Position(), Quote(10_600m, At(9, 0, 0, 500)), At(9, 0, 0, 500));

        Assert.Equal(ExitReason.TakeProfit, decision.Reason);
        Assert.Equal(100, decision.Quantity);
    }

    [Fact]
    public void Evaluate_PreOpenQuoteAtMinusFourPercent_HoldsUntilTheOpen()
    {
        var decision = Policy().Evaluate(Position(), Quote(9_600m, At(8, 59, 59, 999)), At(8, 59, 59, 999));

        Assert.False(decision.IsSell);
        Assert.Equal(ExitWindow.BeforeOpen, decision.Window);
    }

    [Fact]
    public void Evaluate_OpenBoundaryWithoutAnyQuote_Holds()
    {
        var decision = Policy().Evaluate(Position(), null, At(9, 0));

        Assert.False(decision.IsSell);
        Assert.Equal("no price yet today", decision.Explanation);
    }

    [Fact]
    public void Evaluate_FractionalAverageAtExactlyFivePercent_TakesProfit()
    {
        // Two fills 60 @ 6,000 and 40 @ 6,050 => average (360,000 + 242,000) ÷ 100 = 6,020; +5% = 6,321 exactly.
        var decision = Policy().Evaluate(Position(100, 6_020m), Quote(6_321m, 6_320m), At(10, 0));

        Assert.Equal(ExitReason.TakeProfit, decision.Reason);
        Assert.Equal(6_320m, decision.LimitPrice);
    }
}
