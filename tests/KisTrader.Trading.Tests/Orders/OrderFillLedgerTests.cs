using KisTrader.Trading.Orders;

namespace KisTrader.Trading.Tests.OrderTests;

/// <summary>
/// Fills counted once from notices (per execution) and polls (cumulative per order number), in any order: the totals are
/// the broker's. Order 0000000101: executions A 10 @ 10,000 (10:00:01), B 20 @ 10,050 (10:00:02), C 10 @ 10,100 (10:00:09).
/// </summary>
public sealed class OrderFillLedgerTests
{
    private const string Odno = "0000000101";
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly (string Key, long Qty, decimal Price, DateTimeOffset At) A = ("n:A", 10, 10_000m, T0.AddSeconds(1));
    private static readonly (string Key, long Qty, decimal Price, DateTimeOffset At) B = ("n:B", 20, 10_050m, T0.AddSeconds(2));
    private static readonly (string Key, long Qty, decimal Price, DateTimeOffset At) C = ("n:C", 10, 10_100m, T0.AddSeconds(9));

    // 10 × 10,000 + 20 × 10,050 = 301,000; + 10 × 10,100 = 402,000.
    private const decimal AmountAB = 301_000m;
    private const decimal AmountABC = 402_000m;

    [Fact]
    public void ApplyNotice_ThreeExecutions_CountsEachOnceAndTheSameKeyAgainIsADuplicate()
    {
        var ledger = new OrderFillLedger();

        Assert.Equal(NoticeOutcome.Counted, Notice(ledger, A).Outcome);
        Assert.Equal(NoticeOutcome.Counted, Notice(ledger, B).Outcome);
        Assert.Equal(NoticeOutcome.Duplicate, Notice(ledger, A).Outcome);
        Assert.Equal(NoticeOutcome.Counted, Notice(ledger, C).Outcome);

        Assert.Equal((40L, AmountABC, 10_050m), (ledger.FilledQuantity, ledger.FilledAmount, ledger.AveragePrice));
        Assert.Equal(["n:A", "n:B", "n:C"], ledger.Fills.Select(f => f.Key));
    }

    [Fact]
    public void ApplyCumulative_AfterEveryNotice_AddsNothing()
    {
        var ledger = new OrderFillLedger();
        Notice(ledger, A);
        Notice(ledger, B);

        Assert.Null(ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5)));
        Assert.Equal((30L, AmountAB), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void ApplyCumulative_NoNoticeAtAll_OneCatchUpFillAtTheBrokersAverage()
    {
        var ledger = new OrderFillLedger();

        var fill = ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5));

        Assert.Equal(new LedgerFill("ccld:0000000101:30", Odno, 30, 10_033.3333m, 301_000m, B.At, true), fill);
        Assert.Equal(30L, ledger.FilledQuantity);
        Assert.Null(ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(9)));
    }

    [Fact]
    public void ApplyCumulative_AfterTheFirstNotice_CatchesUpOnlyTheRestAtTheRestsPrice()
    {
        var ledger = new OrderFillLedger();
        Notice(ledger, A);

        var fill = ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5));

        Assert.Equal((20L, 10_050m, true), (fill!.Quantity, fill.Price, fill.FromPolling));
        Assert.Equal((30L, AmountAB), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void ApplyNotice_LateNoticesAlreadyCaughtUp_AreAbsorbedAndANewerExecutionIsCounted()
    {
        var ledger = new OrderFillLedger();
        ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5));

        Assert.Equal(NoticeOutcome.Absorbed, Notice(ledger, A).Outcome);
        Assert.Equal(NoticeOutcome.Absorbed, Notice(ledger, B).Outcome);
        Assert.Equal(NoticeOutcome.Duplicate, Notice(ledger, B).Outcome);
        Assert.Equal(NoticeOutcome.Counted, Notice(ledger, C).Outcome);

        Assert.Equal((40L, AmountABC), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void ApplyNotice_NoticesLostWhileDownThenANewExecution_IsCountedBecauseItIsAfterTheBrokersLastFill()
    {
        var ledger = new OrderFillLedger();
        ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5));

        Assert.Equal(NoticeOutcome.Counted, Notice(ledger, C).Outcome);
        Assert.Null(ledger.ApplyCumulative(Odno, 40, AmountABC, C.At, T0.AddSeconds(12)));

        Assert.Equal((40L, AmountABC), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void ApplyNotice_NoticesLostAndBrokerGaveNoLastFillTime_AbsorbsAndTheNextPollMakesTheUnderCountGood()
    {
        var ledger = new OrderFillLedger();
        ledger.ApplyCumulative(Odno, 30, AmountAB, lastFillAt: null, T0.AddSeconds(5));

        Assert.Equal(NoticeOutcome.Absorbed, Notice(ledger, C).Outcome);
        Assert.Equal(30L, ledger.FilledQuantity);
        var healed = ledger.ApplyCumulative(Odno, 40, AmountABC, lastFillAt: null, T0.AddSeconds(12));

        Assert.Equal((10L, 10_100m), (healed!.Quantity, healed.Price));
        Assert.Equal((40L, AmountABC), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void ApplyNotice_StraddlingTheCatchUp_CountsOnlyTheUncoveredPart()
    {
        // A's notice lost, the poll (no last fill time) caught A up; B's notice then straddles the uncovered 10.
        var ledger = new OrderFillLedger();
        ledger.ApplyCumulative(Odno, 10, 100_000m, lastFillAt: null, T0.AddSeconds(1));

        var (outcome, fill) = Notice(ledger, B);

        Assert.Equal(NoticeOutcome.PartlyAbsorbed, outcome);
        Assert.Equal((10L, 10_050m), (fill!.Quantity, fill.Price));
        Assert.Equal(20L, ledger.FilledQuantity);
        var healed = ledger.ApplyCumulative(Odno, 30, AmountAB, lastFillAt: null, T0.AddSeconds(5));
        Assert.Equal((10L, 10_050m), (healed!.Quantity, healed.Price));
        Assert.Equal((30L, AmountAB), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void Ledger_EveryFeasibleArrivalOrderOfThreeNoticesAndTwoPolls_EndsAtTheBrokersTotals()
    {
        var steps = new List<Action<OrderFillLedger>>
        {
            l => Notice(l, A),
            l => Notice(l, B),
            l => Notice(l, C),
            l => l.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5)),
            l => l.ApplyCumulative(Odno, 40, AmountABC, C.At, T0.AddSeconds(12)),
        };

        // Feasible orders only: notices arrive in execution order (the stream keeps it), polls run one after the other,
        // and C (10:00:09) cannot be seen before the poll that does not include it (as of 10:00:05).
        var feasible = Permutations(Enumerable.Range(0, steps.Count).ToList())
            .Where(o => o.IndexOf(0) < o.IndexOf(1) && o.IndexOf(1) < o.IndexOf(2) && o.IndexOf(3) < o.IndexOf(2) && o.IndexOf(3) < o.IndexOf(4))
            .ToList();
        Assert.Equal(9, feasible.Count);
        foreach (var order in feasible)
        {
            var ledger = new OrderFillLedger();
            foreach (var i in order)
            {
                steps[i](ledger);
            }

            Assert.True(ledger.FilledQuantity == 40 && ledger.FilledAmount == AmountABC, $"order {string.Join(',', order)}: {ledger.FilledQuantity} / {ledger.FilledAmount}");
        }
    }

    [Fact]
    public void Ledger_TwoOrderNumbersAfterAModify_AreTalliedApart()
    {
        var ledger = new OrderFillLedger();
        Notice(ledger, A);
        ledger.ApplyCumulative("0000000102", 5, 50_500m, T0.AddSeconds(30), T0.AddSeconds(31));

        Assert.Null(ledger.ApplyCumulative(Odno, 10, 100_000m, A.At, T0.AddSeconds(31)));
        Assert.Equal((15L, 150_500m), (ledger.FilledQuantity, ledger.FilledAmount));
    }

    [Fact]
    public void Ledger_RestoredFromItsParts_BehavesTheSame()
    {
        var ledger = new OrderFillLedger();
        ledger.ApplyCumulative(Odno, 30, AmountAB, B.At, T0.AddSeconds(5));
        Notice(ledger, A);

        var restored = new OrderFillLedger(ledger.Fills, ledger.Tallies, ledger.AbsorbedKeys);

        Assert.Equal(NoticeOutcome.Duplicate, Notice(restored, A).Outcome);
        Assert.Equal(NoticeOutcome.Absorbed, Notice(restored, B).Outcome);
        Assert.Equal(30L, restored.FilledQuantity);
    }

    private static (NoticeOutcome Outcome, LedgerFill? Fill) Notice(OrderFillLedger ledger, (string Key, long Qty, decimal Price, DateTimeOffset At) n) =>
        ledger.ApplyNotice(n.Key, Odno, n.Qty, n.Price, n.At);

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        foreach (var item in items)
        {
            foreach (var rest in Permutations([.. items.Where(i => i != item)]))
            {
                yield return [item, .. rest];
            }
        }
    }
}
