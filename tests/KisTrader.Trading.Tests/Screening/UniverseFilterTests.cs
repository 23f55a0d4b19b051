using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Universe;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>The base filters of strategy.md §1: inclusive bounds, every listing kind, never relaxed.</summary>
public sealed class UniverseFilterTests
{
    private static readonly UniverseFilter Filter = new(new UniverseOptions());

    public static TheoryData<string, decimal, ExclusionReason?> MarketCapCases => new()
    {
        { "1,000억 − 1", 99_999_999_999m, ExclusionReason.MarketCapBelowMinimum },
        { "1,000억", 100_000_000_000m, null },
        { "1,000억 + 1", 100_000_000_001m, null },
        { "10조 − 1", 9_999_999_999_999m, null },
        { "10조", 10_000_000_000_000m, null },
        { "10조 + 1", 10_000_000_000_001m, ExclusionReason.MarketCapAboveMaximum },
    };

    [Theory]
    [MemberData(nameof(MarketCapCases))]
    public void MarketCap_Bounds_Inclusive(string label, decimal marketCap, ExclusionReason? expected)
    {
        var reasons = Filter.Check(Stock("000001", Base, marketCap: marketCap));

        Assert.True(expected is null ? reasons.IsEmpty : reasons.Single().Reason == expected, label);
    }

    public static TheoryData<decimal, ExclusionReason?> CloseCases => new()
    {
        { 999m, ExclusionReason.CloseBelowMinimum },
        { 1_000m, null },
        { 1_001m, null },
        { 499_999m, null },
        { 500_000m, null },
        { 500_001m, ExclusionReason.CloseAboveMaximum },
    };

    [Theory]
    [MemberData(nameof(CloseCases))]
    public void Close_Bounds_Inclusive(decimal close, ExclusionReason? expected)
    {
        var reasons = Filter.Check(Stock("000001", Base) with { Close = close });

        Assert.Equal(expected, reasons.IsEmpty ? null : reasons.Single().Reason);
    }

    public static TheoryData<decimal, ExclusionReason?> TradingValueCases => new()
    {
        { 9_999_999_999m, ExclusionReason.TradingValueBelowMinimum },
        { 10_000_000_000m, null },
        { 10_000_000_001m, null },
    };

    [Theory]
    [MemberData(nameof(TradingValueCases))]
    public void TradingValue_BelowHundredBillionWon_Excluded(decimal value, ExclusionReason? expected)
    {
        var reasons = Filter.Check(Stock("000001", Base, tradingValue: value));

        Assert.Equal(expected, reasons.IsEmpty ? null : reasons.Single().Reason);
    }

    public static TheoryData<ListingFlags, ExclusionReason, string> FlagCases => new()
    {
        { ListingFlags.Spac, ExclusionReason.Spac, "SPAC (스팩)" },
        { ListingFlags.Reit, ExclusionReason.Reit, "REIT (리츠)" },
        { ListingFlags.Preferred, ExclusionReason.Preferred, "preferred share (우선주)" },
        { ListingFlags.Etf, ExclusionReason.Etf, "ETF" },
        { ListingFlags.Etn, ExclusionReason.Etn, "ETN" },
        { ListingFlags.Elw, ExclusionReason.Elw, "ELW" },
        { ListingFlags.Halted, ExclusionReason.Halted, "trading halted (거래정지)" },
        { ListingFlags.AdministrativeDesignation, ExclusionReason.AdministrativeDesignation, "under administrative designation (관리종목)" },
    };

    [Theory]
    [MemberData(nameof(FlagCases))]
    public void ListingKind_EachFlag_ItsOwnReason(ListingFlags flag, ExclusionReason reason, string text)
    {
        var reasons = Filter.Check(Stock("000001", Base, flags: flag));

        Assert.Equal([new ExclusionDetail(reason, text)], reasons);
    }

    [Fact]
    public void BoundValuesWithAnotherFailure_OnlyTheRealReason()
    {
        // Market cap exactly 1,000억 and trading value exactly 100억 are inside; only the close fails.
        var input = Stock("000001", Base, marketCap: 100_000_000_000m, tradingValue: 10_000_000_000m) with { Close = 999m };

        Assert.Equal([ExclusionReason.CloseBelowMinimum], Filter.Check(input).Select(r => r.Reason));
        Assert.Equal([ExclusionReason.CloseAboveMaximum], Filter.Check(Stock("000001", Base, marketCap: 10_000_000_000_000m) with { Close = 500_001m }).Select(r => r.Reason));
        Assert.Equal([ExclusionReason.Halted], Filter.Check(Stock("000001", Base, flags: ListingFlags.Halted) with { Close = 500_000m }).Select(r => r.Reason));
        Assert.Equal([ExclusionReason.Etf], Filter.Check(Stock("000001", Base, flags: ListingFlags.Etf) with { Close = 1_000m }).Select(r => r.Reason));
    }

    [Fact]
    public void SeveralFailures_EveryReasonInDocumentedOrder_PrimaryFirst()
    {
        var input = Stock("000001", Base, flags: ListingFlags.Halted | ListingFlags.Spac, marketCap: 50_000_000_000m, tradingValue: 1_000_000_000m) with { Close = 900m };

        var reasons = Filter.Check(input);

        Assert.Equal(
            [ExclusionReason.Spac, ExclusionReason.Halted, ExclusionReason.MarketCapBelowMinimum, ExclusionReason.CloseBelowMinimum, ExclusionReason.TradingValueBelowMinimum],
            reasons.Select(r => r.Reason));
        Assert.Equal("market cap 50,000,000,000 KRW is below the minimum 100,000,000,000 KRW", reasons[2].Text);
        Assert.Equal("day trading value 1,000,000,000 KRW is below the minimum 10,000,000,000 KRW", reasons[4].Text);
        Assert.Equal(ExclusionReason.Spac, new Exclusion("000001", "x", reasons).Primary);
    }

    [Fact]
    public void Screen_ExcludedSymbols_ListedWithReasonAndNeverEvaluated()
    {
        // Four excellent symbols fail a base filter each; two good ones pass. Even after relaxing to relax 3 (only two
        // passers), the excluded ones never come back: base filters are never relaxed.
        var excellent = new ConditionVector(4.0m, 0.03m, 0.30m, 180m, 0.05m, 1.05m);
        var screener = Screener();
        var result = screener.Screen(Request(
        [
            Stock("100001", excellent, flags: ListingFlags.Preferred),
            Stock("100002", excellent, marketCap: 99_999_999_999m),
            Stock("100003", excellent, tradingValue: 9_999_999_999m),
            Stock("100004", excellent) with { Close = 500_001m },
            Stock("200001", Base),
            Stock("200002", Relax3),
        ]));

        Assert.Equal(["100001", "100002", "100003", "100004"], result.Exclusions.Select(e => e.Code));
        Assert.Equal(
            [ExclusionReason.Preferred, ExclusionReason.MarketCapBelowMinimum, ExclusionReason.TradingValueBelowMinimum, ExclusionReason.CloseAboveMaximum],
            result.Exclusions.Select(e => e.Primary));
        Assert.All(result.Exclusions, e => Assert.Single(e.Reasons));
        Assert.Equal(["200001", "200002"], result.Evaluations.Select(e => e.Code));
        Assert.Equal(ScreeningLevel.Relax3, result.FinalLevel);
        Assert.Equal(["200001", "200002"], result.Candidates.Select(c => c.Code));
    }

    [Fact]
    public void Options_MinAboveMax_Rejected()
    {
        var ex = Assert.Throws<Trading.Options.InvalidOptionsException>(() => new UniverseFilter(new UniverseOptions { MinClose = 600_000m }));

        Assert.Contains(ex.Errors, e => e.StartsWith("Strategy:Screening:Universe:MinClose: must not exceed MaxClose (500,000)", StringComparison.Ordinal));
    }
}
