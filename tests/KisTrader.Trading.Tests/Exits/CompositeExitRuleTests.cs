using KisTrader.Trading.Exits;
using KisTrader.Trading.Pricing;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class CompositeExitRuleTests
{
    private sealed class Fixed(ExitDecision decision) : IExitRule
    {
        public int Calls { get; private set; }

        public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
        {
            Calls++;
            return decision;
        }
    }

    private static ExitDecision Sell(ExitReason reason, long quantity) =>
        new() { Action = ExitAction.Sell, Reason = reason, Quantity = quantity, Explanation = reason.ToString() };

    [Fact]
    public void Evaluate_FirstSellWins_LaterRulesNotEvaluated()
    {
        var hold = new Fixed(ExitDecision.Hold("first hold"));
        var stop = new Fixed(Sell(ExitReason.StopLoss, 100));
        var partial = new Fixed(Sell(ExitReason.PartialTakeProfit, 50));

        var decision = new CompositeExitRule(hold, stop, partial).Evaluate(Position(), Quote(10_000m), At(10, 0));

        Assert.Equal(ExitReason.StopLoss, decision.Reason);
        Assert.Equal(1, hold.Calls);
        Assert.Equal(0, partial.Calls);
    }

    [Fact]
    public void Evaluate_AllHold_JoinsEveryExplanationInPriorityOrderWithTheFirstReturn()
    {
        var decision = new CompositeExitRule(
                new Fixed(ExitDecision.Hold("a")), new Fixed(ExitDecision.Hold("b", 0.01m)), new Fixed(ExitDecision.Hold("c", 0.02m)))
            .Evaluate(Position(), Quote(10_000m), At(10, 0));

        Assert.False(decision.IsSell);
        Assert.Equal("a | b | c", decision.Explanation);
        Assert.Equal(0.01m, decision.Return);
    }

    [Fact]
    public void Evaluate_NoRules_Holds()
    {
        var decision = new CompositeExitRule().Evaluate(Position(), Quote(5_000m), At(10, 0));

        Assert.False(decision.IsSell);
    }

    [Fact]
    public void Constructor_NullRule_Throws() =>
        Assert.Throws<ArgumentException>(() => new CompositeExitRule(NullExitRule.Instance, null!));

    [Fact]
    public void NullExitRule_Evaluate_AlwaysHolds()
    {
        var decision = NullExitRule.Instance.Evaluate(Position(), Quote(1m), At(10, 0));

        Assert.Equal(ExitAction.Hold, decision.Action);
        Assert.Equal(0, decision.Quantity);
    }

    [Fact]
    public void RulesFor_OutsideTradingWindows_IsTheNullRule()
    {
        Assert.Same(NullExitRule.Instance, Policy().RulesFor(ExitWindow.BeforeOpen));
        Assert.Same(NullExitRule.Instance, Policy().RulesFor(ExitWindow.AfterClose));
    }

    [Fact]
    public void Rules_InvalidThresholds_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StopLossRule(0.03m, PriceGrid.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TakeProfitRule(-0.05m, PriceGrid.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialTakeProfitRule(0.03m, 1.5m, PriceGrid.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduledPartialRule(0m, PriceGrid.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FlatRangeRule(0.02m, -0.02m, PriceGrid.Default));
    }
}
