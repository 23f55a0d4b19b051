using System.Collections.Immutable;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Selection;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>strategy.md §5: top 5 selected, next 5 backups; equal or score-weighted budget; cash cap; floor quantities.</summary>
public sealed class SelectionAllocationTests
{
    private static Candidate Cand(string code, int rank, decimal score, decimal close = 10_000m) => new()
    {
        Rank = rank,
        Code = code,
        Name = code,
        Market = Trading.Market.Market.Kospi,
        Close = close,
        PreviousClose = close,
        DayTradingValue = 20_000_000_000m,
        Score = score,
        Values = Base,
        SubScores = default,
        Level = ScreeningLevel.Base,
        StrictestLevel = ScreeningLevel.Base,
    };

    private static Allocator Allocator(AllocationMode mode = AllocationMode.Equal, decimal budget = 10_000_000m) =>
        new(new AllocationOptions { Mode = mode, SessionBudget = budget });

    [Fact]
    public void TwelveCandidates_TopFiveSelected_NextFiveBackups()
    {
        // Distinct scores through C4 (130 + i): A00012 is best.
        var inputs = Enumerable.Range(1, 12).Select(i => Stock($"A{i:00000}", Tighten1.With(ConditionId.ExecutionStrength, 120m + i)));
        var r = Screener().Screen(Request(inputs));

        Assert.Equal(["A00012", "A00011", "A00010", "A00009", "A00008"], r.Selection.Selected.Select(c => c.Code));
        Assert.Equal(["A00007", "A00006", "A00005", "A00004", "A00003"], r.Selection.Backups.Select(c => c.Code));
        Assert.Equal(12, r.Candidates.Length);
    }

    [Fact]
    public void SevenCandidates_TwoBackups()
    {
        var r = Screener().Screen(Request(Batch('C', 7, Base)));

        Assert.Equal(5, r.Selection.Selected.Length);
        Assert.Equal(["C00006", "C00007"], r.Selection.Backups.Select(c => c.Code));
    }

    [Fact]
    public void CustomCounts_FromOptions()
    {
        var screener = Screener(o => (o.Selection.SelectedCount, o.Selection.BackupCount) = (3, 2));
        var r = screener.Screen(Request(Batch('C', 7, Base)));

        Assert.Equal(["C00001", "C00002", "C00003"], r.Selection.Selected.Select(c => c.Code));
        Assert.Equal(["C00004", "C00005"], r.Selection.Backups.Select(c => c.Code));
        Assert.Equal(3_333_333m, r.Allocation.Items[0].Amount);
    }

    [Fact]
    public void Equal_FiveSelected_TwoMillionEach()
    {
        var a = Allocator().Allocate([Cand("A", 1, 80m), Cand("B", 2, 60m), Cand("C", 3, 50m), Cand("D", 4, 40m), Cand("E", 5, 10m)], 100_000_000m);

        Assert.Equal(AllocationMode.Equal, a.Mode);
        Assert.NotEmpty(a.Items);
        Assert.All(a.Items, i => Assert.Equal(2_000_000m, i.Amount));
        Assert.Equal(200, a.Items[0].QuantityAtClose); // 2,000,000 ÷ 10,000
        Assert.Equal((10_000_000m, false, 0m), (a.Spendable, a.CappedByCash, a.Unallocated));
    }

    [Fact]
    public void Equal_ThreeSelected_FlooredToWholeWon_RemainderUnallocated()
    {
        var a = Allocator().Allocate([Cand("A", 1, 9m), Cand("B", 2, 8m), Cand("C", 3, 7m)], 100_000_000m);

        Assert.Equal([3_333_333m, 3_333_333m, 3_333_333m], a.Items.Select(i => i.Amount));
        Assert.Equal(1m, a.Unallocated);
    }

    [Fact]
    public void ScoreWeighted_ProportionalToScore()
    {
        var a = Allocator(AllocationMode.ScoreWeighted).Allocate([Cand("A", 1, 50m), Cand("B", 2, 30m), Cand("C", 3, 20m)], 100_000_000m);

        Assert.Equal(AllocationMode.ScoreWeighted, a.Mode);
        Assert.Equal([5_000_000m, 3_000_000m, 2_000_000m], a.Items.Select(i => i.Amount));
    }

    [Fact]
    public void ScoreWeighted_Rounding_FloorsEachAmount()
    {
        var a = Allocator(AllocationMode.ScoreWeighted).Allocate([Cand("A", 1, 41.11m), Cand("B", 2, 30.37m), Cand("C", 3, 21.05m)], 100_000_000m);

        // Σ = 92.53; 10,000,000 × 41.11 ÷ 92.53 = 4,442,883.39… → 4,442,883; × 30.37 ÷ 92.53 = 3,282,178.75… → 3,282,178;
        // × 21.05 ÷ 92.53 = 2,274,937.85… → 2,274,937; remainder 2.
        Assert.Equal([4_442_883m, 3_282_178m, 2_274_937m], a.Items.Select(i => i.Amount));
        Assert.Equal(2m, a.Unallocated);
    }

    [Fact]
    public void ScoreWeighted_AllScoresZero_FallsBackToEqual()
    {
        var a = Allocator(AllocationMode.ScoreWeighted).Allocate([Cand("A", 1, 0m), Cand("B", 2, 0m)], 100_000_000m);

        Assert.Equal((AllocationMode.Equal, true), (a.Mode, a.FellBackToEqual));
        Assert.Equal([5_000_000m, 5_000_000m], a.Items.Select(i => i.Amount));
    }

    [Fact]
    public void CashBelowBudget_CapsTheSplit()
    {
        var a = Allocator().Allocate([Cand("A", 1, 9m), Cand("B", 2, 8m), Cand("C", 3, 7m), Cand("D", 4, 6m), Cand("E", 5, 5m)], 6_000_000.7m);

        Assert.Equal((6_000_000m, true), (a.Spendable, a.CappedByCash));
        Assert.NotEmpty(a.Items);
        Assert.All(a.Items, i => Assert.Equal(1_200_000m, i.Amount));
    }

    [Fact]
    public void NegativeCash_NothingSpendable()
    {
        var a = Allocator().Allocate([Cand("A", 1, 9m)], -5m);

        Assert.Equal((0m, 0m, 0m), (a.OrderableCash, a.Spendable, a.Items[0].Amount));
        Assert.Equal(0, a.Items[0].QuantityAtClose);
    }

    [Fact]
    public void NothingSelected_EverythingUnallocated()
    {
        var a = Allocator().Allocate(ImmutableArray<Candidate>.Empty, 100_000_000m);

        Assert.Empty(a.Items);
        Assert.Equal(10_000_000m, a.Unallocated);
    }

    [Theory]
    [InlineData(2_000_000, 30_100, 66)]   // 66 × 30,100 = 1,986,600
    [InlineData(2_000_000, 2_000_000, 1)]
    [InlineData(2_000_000, 2_000_001, 0)] // does not buy one share: skip
    [InlineData(0, 1_000, 0)]
    [InlineData(1_999_999, 1_000, 1_999)]
    public void Quantity_FloorOfAmountOverOrderPrice(long amount, long price, long expected)
    {
        Assert.Equal(expected, Trading.Screening.Selection.Allocator.Quantity(amount, price));
    }

    [Fact]
    public void Size_AmountBelowOnePrice_SkipWithReason()
    {
        var size = Trading.Screening.Selection.Allocator.Size(50_000m, 60_000m, 100_000_000m);

        Assert.True(size.Skip);
        Assert.Equal("amount 50,000 KRW does not buy one share at 60,000 KRW", size.SkipReason);
    }

    [Fact]
    public void Size_OrderableCashBelowAllocation_CapsQuantity()
    {
        // Allocated 2,000,000 but only 1,000,000 orderable: floor(1,000,000 ÷ 30,100) = 33.
        var size = Trading.Screening.Selection.Allocator.Size(2_000_000m, 30_100m, 1_000_000m);

        Assert.Equal((33L, 1_000_000m, 993_300m), (size.Quantity, size.Spendable, size.Cost));
        Assert.False(size.Skip);
    }

    [Fact]
    public void Size_CommissionWouldExceedCash_OneShareLess()
    {
        // 10 × 100,000 = 1,000,000 = all the cash; with 0.015% commission only 9 shares fit.
        var size = Trading.Screening.Selection.Allocator.Size(2_000_000m, 100_000m, 1_000_000m, 0.00015m);

        Assert.Equal(9, size.Quantity);
    }

    [Fact]
    public void Size_NoCash_SkipWithReason()
    {
        var size = Trading.Screening.Selection.Allocator.Size(2_000_000m, 100_000m, 50_000m);

        Assert.Equal((0L, "orderable cash 50,000 KRW does not buy one share at 100,000 KRW"), (size.Quantity, size.SkipReason));
    }

    [Fact]
    public void Screen_AllocatesFromTheRequestCash()
    {
        var r = Screener().Screen(Request(Batch('C', 4, Base), cash: 4_000_000m));

        Assert.Equal(4, r.Allocation.Items.Length);
        Assert.All(r.Allocation.Items, i => Assert.Equal(1_000_000m, i.Amount));
        Assert.True(r.Allocation.CappedByCash);
        Assert.Equal(9, r.Allocation.Items[0].QuantityAtClose); // floor(1,000,000 ÷ 103,020)
    }
}
