using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

public sealed class OneBuyPerSymbolTests
{
    private static (AfterHoursPlanner Planner, AfterHoursState State) BoughtAtFour()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Backup("X", 6));
        return (planner, planner.Evaluate(state, C1600, [Match("A", 10_200m)], PlentyOfCash).State);
    }

    [Fact]
    public void Evaluate_SecondSignalForABoughtSymbol_RefusedWithReason()
    {
        var (planner, state) = BoughtAtFour();

        var result = planner.Evaluate(state, C1630, [Match("A", 10_300m)], PlentyOfCash);

        var decision = result.Only("A");
        Assert.Equal(AfterHoursAction.AlreadyBought, decision.Action);
        Assert.Equal(0, decision.Quantity);
        Assert.Equal(0.03m, decision.Change);
        Assert.Equal("already bought at 16:00:00: at most one buy per symbol per session; signal again (+3.00% vs close 10,000) refused", decision.Reason);
        Assert.Equal(state.Committed, result.State.Committed);
        Assert.Empty(result.Buys);
    }

    [Fact]
    public void Evaluate_BoughtSymbolBelowTheDropTrigger_IsNotDropped()
    {
        var (planner, state) = BoughtAtFour();

        var result = planner.Evaluate(state, C1630, [Match("A", 9_500m)], PlentyOfCash);

        Assert.Equal(AfterHoursAction.AlreadyBought, result.Only("A").Action);
        Assert.Equal(WatchStatus.Backup, result.State.Find("X")!.Status);
    }

    [Fact]
    public void WithdrawBuy_AfterARejectedSubmission_SymbolCanBuyAgain()
    {
        var (planner, state) = BoughtAtFour();

        var withdrawn = AfterHoursPlanner.WithdrawBuy(state, "A");
        var result = planner.Evaluate(withdrawn, C1630, [Match("A", 10_200m)], PlentyOfCash);

        Assert.Equal(0m, withdrawn.Committed);
        Assert.Equal(WatchStatus.Monitored, withdrawn.Find("A")!.Status);
        Assert.Null(withdrawn.Find("A")!.Buy);
        Assert.Equal(AfterHoursAction.Buy, result.Only("A").Action);
    }

    [Fact]
    public void WithdrawBuy_NotBought_Throws()
    {
        var (_, state) = BoughtAtFour();

        Assert.Throws<InvalidOperationException>(() => AfterHoursPlanner.WithdrawBuy(state, "X"));
        Assert.Throws<ArgumentException>(() => AfterHoursPlanner.WithdrawBuy(state, "NOPE"));
    }
}
