using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Quantity = floor(min(allocation, orderable cash, remaining budget) ÷ order price); 0 => skipped.</summary>
public sealed class AfterHoursQuantityTests
{
    [Fact]
    public void Evaluate_AllocationBound_BuysFloorOfAllocationOverPrice()
    {
        // Observed 10,200 → order 10,210; 2,000,000 ÷ 10,210 = 195.88 → 195 shares = 1,990,950.
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var result = planner.Evaluate(state, C1600, [Match("A", 10_200m)], PlentyOfCash);

        var buy = result.Only("A");
        Assert.Equal((AfterHoursAction.Buy, 10_210m, 195L, 1_990_950m), (buy.Action, buy.OrderPrice, buy.Quantity, buy.Amount));
        Assert.Equal("07", buy.OrderDivision);
        Assert.Equal(1_990_950m, result.State.Committed);
        Assert.Equal(WatchStatus.Bought, result.State.Find("A")!.Status);
        Assert.Equal(new AfterHoursBuy(C1600, 10_210m, 195), result.State.Find("A")!.Buy);
    }

    [Fact]
    public void Evaluate_CashBound_BuysWhatTheOrderableCashAllows()
    {
        // 1,000,000 ÷ 10,210 = 97.94 → 97 shares (98 would cost 1,000,580).
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var buy = planner.Evaluate(state, C1600, [Match("A", 10_200m)], 1_000_000m).Only("A");

        Assert.Equal(97, buy.Quantity);
        Assert.Contains("orderable cash", buy.Reason);
    }

    [Fact]
    public void Evaluate_BudgetBound_NeverCommitsMoreThanTheSessionBudget()
    {
        // Budget 1,500,000 < allocation 2,000,000: 1,500,000 ÷ 10,210 = 146.9 → 146 shares = 1,490,660.
        var planner = Planner();
        var state = planner.Start([Selected("A", 1)], 1_500_000m);

        var result = planner.Evaluate(state, C1600, [Match("A", 10_200m)], PlentyOfCash);

        Assert.Equal(146, result.Only("A").Quantity);
        Assert.Contains("remaining session budget", result.Only("A").Reason);
        Assert.Equal(9_340m, result.State.RemainingBudget); // 1,500,000 − 1,490,660
    }

    [Fact]
    public void Evaluate_TwoSignals_CashIsConsumedBestRankFirst()
    {
        // Cash 3,000,000. A (rank 1): 195 × 10,210 = 1,990,950, leaving 1,009,050.
        // B (rank 2, close 20,000): observed 20,400 (+2%) → order 20,450 (tick 50); 1,009,050 ÷ 20,450 = 49.34 → 49.
        var planner = Planner();
        var state = Start(planner, Selected("B", 2, close: 20_000m), Selected("A", 1));

        var result = planner.Evaluate(state, C1600, [Match("B", 20_400m), Match("A", 10_200m)], 3_000_000m);

        Assert.Equal(["A", "B"], result.Decisions.Select(d => d.Code));
        Assert.Equal(195, result.Only("A").Quantity);
        Assert.Equal((20_450m, 49L), (result.Only("B").OrderPrice, result.Only("B").Quantity));
        Assert.Equal(1_990_950m + 1_002_050m, result.State.Committed);
    }

    [Fact]
    public void Evaluate_QuantityZero_SkipsWithReasonAndStaysMonitored()
    {
        // Allocation 10,000 < one share at 10,210.
        var planner = Planner();
        var state = Start(planner, Selected("A", 1, allocation: 10_000m));

        var result = planner.Evaluate(state, C1600, [Match("A", 10_200m)], PlentyOfCash);

        var decision = result.Only("A");
        Assert.Equal(AfterHoursAction.ZeroQuantity, decision.Action);
        Assert.Equal(0, decision.Quantity);
        Assert.Equal(10_210m, decision.OrderPrice);
        Assert.Equal(0m, decision.Amount);
        Assert.Null(decision.OrderDivision);
        Assert.Contains("buys 0 shares", decision.Reason);
        Assert.Equal(WatchStatus.Monitored, result.State.Find("A")!.Status);
        Assert.Equal(0m, result.State.Committed);
    }

    [Fact]
    public void Evaluate_NoCashAtFirstThenCash_BuysAtTheNextCheckpoint()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var first = planner.Evaluate(state, C1600, [Match("A", 10_200m)], 0m);
        var second = planner.Evaluate(first.State, C1630, [Match("A", 10_200m)], PlentyOfCash);

        Assert.Equal(AfterHoursAction.ZeroQuantity, first.Only("A").Action);
        Assert.Equal(AfterHoursAction.Buy, second.Only("A").Action);
    }

    [Fact]
    public void Evaluate_NegativeOrderableCash_TreatedAsNone()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var decision = planner.Evaluate(state, C1600, [Match("A", 10_200m)], -50_000m).Only("A");

        Assert.Equal(AfterHoursAction.ZeroQuantity, decision.Action);
    }

    [Fact]
    public void Evaluate_CappedOrderPrice_IsMarkedAndExplained()
    {
        // Close 1,820: cap 2,000; observed 2,000 (+9.89%) → 2,005 capped to 2,000; 2,000,000 ÷ 2,000 = 1,000 shares.
        var planner = Planner();
        var state = Start(planner, Selected("A", 1, close: 1_820m));

        var decision = planner.Evaluate(state, C1600, [Match("A", 2_000m)], PlentyOfCash).Only("A");

        Assert.Equal((2_000m, true, 1_000L), (decision.OrderPrice, decision.PriceCapped, decision.Quantity));
        Assert.Contains("capped", decision.Reason);
    }
}
