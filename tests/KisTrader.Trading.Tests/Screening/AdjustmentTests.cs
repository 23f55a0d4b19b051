using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// strategy.md §4 over real inputs. Groups of symbols sit exactly on one level's thresholds, so a group passes that level
/// and every looser one: "T2" tighten 2, "T1" tighten 1, "B" base, "R1"–"R3" relax levels, "H" none.
/// </summary>
public sealed class AdjustmentTests
{
    private static IEnumerable<SymbolDayInput> T2(int n) =>
        Enumerable.Range(1, n).Select(i => Stock($"A{i:00000}", Tighten2.With(ConditionId.ExecutionStrength, 130m + i)));

    private static IEnumerable<SymbolDayInput> T1(int n) => Batch('B', n, Tighten1);

    private static IEnumerable<SymbolDayInput> B(int n) => Batch('C', n, Base);

    private static IEnumerable<SymbolDayInput> R1(int n) => Batch('D', n, Relax1);

    private static IEnumerable<SymbolDayInput> R2(int n) => Batch('E', n, Relax2);

    private static IEnumerable<SymbolDayInput> R3(int n) => Batch('F', n, Relax3);

    private static IEnumerable<SymbolDayInput> H(int n) => Batch('H', n, Hopeless);

    private static ScreeningResult Run(params IEnumerable<SymbolDayInput>[] groups) => Screener().Screen(Request(groups.SelectMany(g => g)));

    private static (ScreeningLevel, int)[] Trail(ScreeningResult r) => [.. r.Attempts.Select(a => (a.Level, a.Passed))];

    [Fact]
    public void ZeroPassers_RelaxesThreeTimes_KeepsRelax3Empty()
    {
        var r = Run(H(5));

        Assert.Equal([(ScreeningLevel.Base, 0), (ScreeningLevel.Relax1, 0), (ScreeningLevel.Relax2, 0), (ScreeningLevel.Relax3, 0)], Trail(r));
        Assert.Equal(ScreeningLevel.Relax3, r.FinalLevel);
        Assert.Empty(r.Candidates);
        Assert.Empty(r.Selection.Selected);
        Assert.NotEmpty(r.Attempts);
        Assert.All(r.Attempts, a => Assert.Equal(AttemptVerdict.BelowTarget, a.Verdict));
        Assert.Equal([false, false, false, true], r.Attempts.Select(a => a.Kept));
    }

    [Fact]
    public void TwoPassersEverywhere_KeepsRelax3WithTwo()
    {
        var r = Run(B(2), H(3));

        Assert.Equal([(ScreeningLevel.Base, 2), (ScreeningLevel.Relax1, 2), (ScreeningLevel.Relax2, 2), (ScreeningLevel.Relax3, 2)], Trail(r));
        Assert.Equal(ScreeningLevel.Relax3, r.FinalLevel);
        Assert.Equal(["C00001", "C00002"], r.Candidates.Select(c => c.Code));
        Assert.All(r.Candidates, c => Assert.Equal(ScreeningLevel.Relax3, c.Level));
        Assert.All(r.Candidates, c => Assert.Equal(ScreeningLevel.Base, c.StrictestLevel));
    }

    [Fact]
    public void TwoPassers_ThirdAppearsAtRelax2_StopsAtRelax2()
    {
        var r = Run(B(2), R2(1), R3(4));

        Assert.Equal([(ScreeningLevel.Base, 2), (ScreeningLevel.Relax1, 2), (ScreeningLevel.Relax2, 3)], Trail(r));
        Assert.Equal(ScreeningLevel.Relax2, r.FinalLevel);
        Assert.Equal(["C00001", "C00002", "E00001"], r.Candidates.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(AttemptVerdict.WithinTarget, r.Attempts[^1].Verdict);
    }

    [Fact]
    public void OnePasser_Relax1Overshoots_KeepsRelax1Top19()
    {
        var r = Run(B(1), R1(24));

        Assert.Equal([(ScreeningLevel.Base, 1), (ScreeningLevel.Relax1, 25)], Trail(r));
        Assert.Equal(ScreeningLevel.Relax1, r.FinalLevel);
        Assert.Equal(25, r.PassersAtFinalLevel);
        Assert.Equal(19, r.Candidates.Length);
        // The base passer scores 0 like the relax-1 ones (at base thresholds); ties go by trading value: C00001 has
        // 89 bn, D00001 … D00018 have 89 … 72 bn (code breaks the 89 bn tie).
        Assert.Equal(["C00001", .. Enumerable.Range(1, 18).Select(i => $"D{i:00000}")], r.Candidates.Select(c => c.Code));
    }

    [Fact]
    public void ThreePassers_BaseKept_SingleAttempt()
    {
        var r = Run(B(3), R1(10));

        Assert.Equal([(ScreeningLevel.Base, 3)], Trail(r));
        Assert.Equal(ScreeningLevel.Base, r.FinalLevel);
        Assert.Equal(3, r.Candidates.Length);
    }

    [Fact]
    public void NineteenPassers_BaseKept_AllNineteen()
    {
        var r = Run(B(19), R3(5));

        Assert.Equal([(ScreeningLevel.Base, 19)], Trail(r));
        Assert.Equal(19, r.Candidates.Length);
        Assert.Equal(AttemptVerdict.WithinTarget, r.Attempts.Single().Verdict);
    }

    [Fact]
    public void TwentyPassers_Tighten1HasFive_KeepsTighten1()
    {
        var r = Run(T1(5), B(15));

        Assert.Equal([(ScreeningLevel.Base, 20), (ScreeningLevel.Tighten1, 5)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten1, r.FinalLevel);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"B{i:00000}"), r.Candidates.Select(c => c.Code));
        Assert.Equal([AttemptVerdict.AboveTarget, AttemptVerdict.WithinTarget], r.Attempts.Select(a => a.Verdict));
    }

    [Fact]
    public void TwentyPassers_Tighten1LeavesTwo_KeepsBaseTop19()
    {
        var r = Run(T1(2), B(18));

        Assert.Equal([(ScreeningLevel.Base, 20), (ScreeningLevel.Tighten1, 2)], Trail(r));
        Assert.Equal(ScreeningLevel.Base, r.FinalLevel);
        Assert.Equal([true, false], r.Attempts.Select(a => a.Kept));
        Assert.Equal(19, r.Candidates.Length);
        // The two tighten-1 symbols score highest; the base ones all score 0 and the lowest trading value drops out.
        Assert.Equal(["B00001", "B00002", .. Enumerable.Range(1, 17).Select(i => $"C{i:00000}")], r.Candidates.Select(c => c.Code));
        Assert.DoesNotContain(r.Candidates, c => c.Code == "C00018");
    }

    [Fact]
    public void TwentyPassers_Tighten1LeavesExactlyThree_KeepsTighten1()
    {
        var r = Run(T1(3), B(17));

        Assert.Equal([(ScreeningLevel.Base, 20), (ScreeningLevel.Tighten1, 3)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten1, r.FinalLevel);
        Assert.Equal(3, r.Candidates.Length);
    }

    [Fact]
    public void FortyPassers_Tighten2StillTwentyFive_KeepsTighten2Top19ByScore()
    {
        var r = Run(T2(25), T1(5), B(10));

        Assert.Equal([(ScreeningLevel.Base, 40), (ScreeningLevel.Tighten1, 30), (ScreeningLevel.Tighten2, 25)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten2, r.FinalLevel);
        Assert.Equal(25, r.PassersAtFinalLevel);
        // Higher C4 scores higher: A00025 (C4 155) first, A00007 (C4 137) 19th.
        Assert.Equal(Enumerable.Range(7, 19).Reverse().Select(i => $"A{i:00000}"), r.Candidates.Select(c => c.Code));
        Assert.Equal(AttemptVerdict.AboveTarget, r.Attempts[^1].Verdict);
        Assert.True(r.Attempts[^1].Kept);
    }

    [Fact]
    public void FortyPassers_Tighten2ExactlyTwenty_StillTop19()
    {
        var r = Run(T2(20), B(20));

        Assert.Equal([(ScreeningLevel.Base, 40), (ScreeningLevel.Tighten1, 20), (ScreeningLevel.Tighten2, 20)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten2, r.FinalLevel);
        Assert.Equal(19, r.Candidates.Length);
        Assert.DoesNotContain(r.Candidates, c => c.Code == "A00001"); // the lowest C4
    }

    [Fact]
    public void FortyPassers_Tighten2LeavesTwo_KeepsTighten1Top19()
    {
        var r = Run(T2(2), T1(23), B(15));

        Assert.Equal([(ScreeningLevel.Base, 40), (ScreeningLevel.Tighten1, 25), (ScreeningLevel.Tighten2, 2)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten1, r.FinalLevel);
        Assert.Equal([false, true, false], r.Attempts.Select(a => a.Kept));
        Assert.Equal(["A00002", "A00001", .. Enumerable.Range(1, 17).Select(i => $"B{i:00000}")], r.Candidates.Select(c => c.Code));
    }

    [Fact]
    public void FortyPassers_Tighten2LeavesThree_KeepsTighten2()
    {
        var r = Run(T2(3), T1(17), B(20));

        Assert.Equal([(ScreeningLevel.Base, 40), (ScreeningLevel.Tighten1, 20), (ScreeningLevel.Tighten2, 3)], Trail(r));
        Assert.Equal(ScreeningLevel.Tighten2, r.FinalLevel);
        Assert.Equal(["A00003", "A00002", "A00001"], r.Candidates.Select(c => c.Code));
    }

    [Fact]
    public void Trail_RecordsLevelThresholdsCountsAndPerConditionPasses()
    {
        // 2 at base; at relax 1 a symbol passing all but C4 (100 < 105) adds to five conditions' counts only.
        var r = Run(B(2), [Stock("X00001", Relax1.With(ConditionId.ExecutionStrength, 100m))], H(1));

        Assert.Equal(3, r.Attempts.Length);
        var relax1 = r.AttemptAt(ScreeningLevel.Relax1)!;
        Assert.Equal(2, relax1.Step);
        Assert.Equal(Relax1, relax1.Thresholds);
        Assert.Equal(4, relax1.Evaluated);
        Assert.Equal(2, relax1.Passed);
        Assert.Equal([3, 3, 3, 2, 3, 3], relax1.PassedByCondition);
        var relax2 = r.AttemptAt(ScreeningLevel.Relax2)!;
        Assert.Equal((3, 3), (relax2.Step, relax2.Passed));
        Assert.Equal(Relax2, relax2.Thresholds);
        Assert.Equal([3, 3, 3, 3, 3, 3], relax2.PassedByCondition);
        Assert.Equal(Base, r.Attempts[0].Thresholds);
        Assert.Equal([2, 2, 2, 2, 2, 2], r.Attempts[0].PassedByCondition);
        Assert.Null(r.AttemptAt(ScreeningLevel.Relax3));
        Assert.Equal(ScreeningLevel.Relax2, r.FinalLevel);
    }

    [Fact]
    public void Refiltering_ReadsEachInputOnce()
    {
        // Four attempts (0 passers) must not re-read the day data: each symbol's bars and history are read in one pass.
        var inputs = H(6).Concat(B(1)).Select(i => i with
        {
            MinuteBars = new CountingList<MinuteBar>(i.MinuteBars!),
            PreviousVolumes = new CountingList<long>(i.PreviousVolumes!),
        }).ToList();

        var r = Screener().Screen(Request(inputs));

        Assert.Equal(4, r.Attempts.Length);
        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.Equal(1, ((CountingList<MinuteBar>)i.MinuteBars!).Passes));
        Assert.All(inputs, i => Assert.Equal(1, ((CountingList<long>)i.PreviousVolumes!).Passes));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0 }, ScreeningLevel.Relax3, new[] { ScreeningLevel.Base, ScreeningLevel.Relax1, ScreeningLevel.Relax2, ScreeningLevel.Relax3 })]
    [InlineData(new[] { 0, 0, 2, 2, 2, 2 }, ScreeningLevel.Relax3, new[] { ScreeningLevel.Base, ScreeningLevel.Relax1, ScreeningLevel.Relax2, ScreeningLevel.Relax3 })]
    [InlineData(new[] { 0, 0, 2, 3, 9, 9 }, ScreeningLevel.Relax1, new[] { ScreeningLevel.Base, ScreeningLevel.Relax1 })]
    [InlineData(new[] { 0, 0, 3, 9, 9, 9 }, ScreeningLevel.Base, new[] { ScreeningLevel.Base })]
    [InlineData(new[] { 0, 5, 19, 40, 40, 40 }, ScreeningLevel.Base, new[] { ScreeningLevel.Base })]
    [InlineData(new[] { 0, 0, 20, 40, 40, 40 }, ScreeningLevel.Base, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1 })]
    [InlineData(new[] { 1, 2, 20, 40, 40, 40 }, ScreeningLevel.Base, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1 })]
    [InlineData(new[] { 1, 19, 20, 40, 40, 40 }, ScreeningLevel.Tighten1, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1 })]
    [InlineData(new[] { 2, 20, 40, 40, 40, 40 }, ScreeningLevel.Tighten1, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1, ScreeningLevel.Tighten2 })]
    [InlineData(new[] { 3, 20, 40, 40, 40, 40 }, ScreeningLevel.Tighten2, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1, ScreeningLevel.Tighten2 })]
    [InlineData(new[] { 30, 35, 40, 40, 40, 40 }, ScreeningLevel.Tighten2, new[] { ScreeningLevel.Base, ScreeningLevel.Tighten1, ScreeningLevel.Tighten2 })]
    public void LevelSearch_CountsPerLevel_KeptLevelAndTriedLevels(int[] passersByLevel, ScreeningLevel expectedKept, ScreeningLevel[] expectedTried)
    {
        var (kept, attempts) = LevelSearch.Run(level => passersByLevel[(int)level], 3, 19);

        Assert.Equal(expectedKept, kept);
        Assert.Equal(expectedTried, attempts.Select(a => a.Level));
        Assert.Equal(expectedTried.Select(l => passersByLevel[(int)l]), attempts.Select(a => a.Passed));
    }

    [Fact]
    public void CustomTarget_FromOptions()
    {
        // Target 5–8: six passers at base are within it; nine force a tightening.
        var screener = Screener(o => (o.Adjustment.MinCandidates, o.Adjustment.MaxCandidates, o.Selection.SelectedCount, o.Selection.BackupCount) = (5, 8, 3, 3));

        var within = screener.Screen(Request(B(6)));
        var above = screener.Screen(Request(T1(5).Concat(B(4))));

        Assert.Equal(ScreeningLevel.Base, within.FinalLevel);
        Assert.Equal([(ScreeningLevel.Base, 9), (ScreeningLevel.Tighten1, 5)], Trail(above));
        Assert.Equal(ScreeningLevel.Tighten1, above.FinalLevel);
    }

    /// <summary>A list that counts passes over it (reads of the first element, or enumerations).</summary>
    private sealed class CountingList<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        public int Passes { get; private set; }

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                if (index == 0)
                {
                    Passes++;
                }

                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            Passes++;
            return items.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
