using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// The base filters before a quote (strategy.md §1, §3 Conventions "truthful exclusion reasons"): only reasons certain
/// at the close, the same reasons as the quote-based filter, every one that applies, in the fixed order.
/// </summary>
public sealed class UniversePrefilterTests
{
    private static readonly UniversePrefilter Prefilter = new(new UniverseOptions(), 0.30m);

    private static ExclusionReason[] Reasons(IEnumerable<ExclusionDetail> details) => [.. details.Select(d => d.Reason)];

    [Fact]
    public void PriorDay_OrdinaryListing_Keeps()
    {
        Assert.Empty(Prefilter.PriorDay(ListingFlags.None, 500_000_000_000m, 20_000m));
    }

    [Fact]
    public void PriorDay_UnknownFigures_NoBound()
    {
        Assert.Empty(Prefilter.PriorDay(ListingFlags.None, 0m, 0m));
    }

    [Fact]
    public void PriorDay_EveryFlag_KeptInOrder()
    {
        var reasons = Prefilter.PriorDay(ListingFlags.Halted | ListingFlags.Spac | ListingFlags.AdministrativeDesignation, 500_000_000_000m, 20_000m);

        Assert.Equal([ExclusionReason.Spac, ExclusionReason.Halted, ExclusionReason.AdministrativeDesignation], Reasons(reasons));
    }

    [Fact]
    public void PriorDay_FlagAndUnreachableCap_BothKept_FlagFirst()
    {
        // Old funnel: only the flag ("Etf") was recorded. Cap 80억: (80억 + 1억) × 1.3 = 105.3억 < 1,000억.
        var reasons = Prefilter.PriorDay(ListingFlags.Etf, 8_000_000_000m, 8_000m);

        Assert.Equal([ExclusionReason.Etf, ExclusionReason.MarketCapBelowMinimum], Reasons(reasons));
    }

    [Theory]
    // (cap + 1억) × 1.3 ≥ 1,000억 ⇔ cap ≥ 768.23…억: 768억 is dropped, 769억 is kept (its close could reach the minimum).
    [InlineData(76_800_000_000, true)]
    [InlineData(76_900_000_000, false)]
    public void PriorDay_CapBelow_OnlyWhenEvenTheUpperLimitCannotReachTheMinimum(long priorCap, bool dropped)
    {
        var reasons = Prefilter.PriorDay(ListingFlags.None, priorCap, 20_000m);

        Assert.Equal(dropped ? [ExclusionReason.MarketCapBelowMinimum] : [], Reasons(reasons));
    }

    [Theory]
    // (cap − 1억) × 0.7 > 10조 ⇔ cap > 14,285,714,285,714.28… + 1억 = 14,285,814,285,714.28…
    [InlineData(14_285_900_000_000, true)]
    [InlineData(14_285_800_000_000, false)]
    public void PriorDay_CapAbove_OnlyWhenEvenTheLowerLimitStaysAboveTheMaximum(long priorCap, bool dropped)
    {
        var reasons = Prefilter.PriorDay(ListingFlags.None, priorCap, 200_000m);

        Assert.Equal(dropped ? [ExclusionReason.MarketCapAboveMaximum] : [], Reasons(reasons));
    }

    [Theory]
    // 769 × 1.3 = 999.7 < 1,000; 770 × 1.3 = 1,001 ≥ 1,000. 714,286 × 0.7 = 500,000.2 > 500,000; 714,285 × 0.7 = 499,999.5.
    [InlineData(769, ExclusionReason.CloseBelowMinimum)]
    [InlineData(770, null)]
    [InlineData(714_286, ExclusionReason.CloseAboveMaximum)]
    [InlineData(714_285, null)]
    public void PriorDay_Close_OnlyWhenNoLimitMoveReachesTheRange(int basePrice, ExclusionReason? expected)
    {
        var reasons = Prefilter.PriorDay(ListingFlags.None, 0m, basePrice);

        Assert.Equal(expected is { } r ? [r] : [], Reasons(reasons));
    }

    [Fact]
    public void PriorDay_CapAndCloseBothUnreachable_BothKept_CapFirst()
    {
        var reasons = Prefilter.PriorDay(ListingFlags.None, 5_000_000_000m, 500m);

        Assert.Equal([ExclusionReason.MarketCapBelowMinimum, ExclusionReason.CloseBelowMinimum], Reasons(reasons));
        Assert.Equal("market cap can reach at most 6,630,000,000 KRW at the close (previous day 5,000,000,000 KRW at the upper price limit), below the minimum 100,000,000,000 KRW", reasons[0].Text);
        Assert.Equal("close can reach at most 650 KRW (기준가 500 KRW at the upper price limit), below the minimum 1,000 KRW", reasons[1].Text);
    }

    [Theory]
    // The cases: a liquid listing closing at 999 or 501,000 is dropped for its price, never for trading value.
    // Caps inside the range: 999 × 200,000,000 = 1,998억; 501,000 × 10,000,000 = 5.01조.
    [InlineData(999, 200_000_000, ExclusionReason.CloseBelowMinimum, "close 999 KRW is below the minimum 1,000 KRW")]
    [InlineData(501_000, 10_000_000, ExclusionReason.CloseAboveMaximum, "close 501,000 KRW is above the maximum 500,000 KRW")]
    public void Ranked_LiquidListingOutsideThePriceRange_ReportedAsPrice(int close, long shares, ExclusionReason expected, string text)
    {
        var reason = Assert.Single(Prefilter.Ranked(close, shares));

        Assert.Equal((expected, text), (reason.Reason, reason.Text));
    }

    [Theory]
    [InlineData(1_000, 100_000_000)]
    [InlineData(500_000, 1_000_000)]
    // Inside the price range the quote decides the rest, even when the row's shares put the cap out (11.12조 here).
    [InlineData(55_600, 200_000_000)]
    public void Ranked_LiquidListingInsideThePriceRange_Keeps(int close, long shares)
    {
        Assert.Empty(Prefilter.Ranked(close, shares));
    }

    [Fact]
    public void Ranked_PriceAndExactCapBothOut_BothKept_CapFirst()
    {
        // 90,000,000 shares × 999 = 89,910,000,000 < 1,000억: the exact cap from the row's share count.
        var reasons = Prefilter.Ranked(999, 90_000_000);

        Assert.Equal([ExclusionReason.MarketCapBelowMinimum, ExclusionReason.CloseBelowMinimum], Reasons(reasons));
        Assert.Equal("market cap 89,910,000,000 KRW is below the minimum 100,000,000,000 KRW", reasons[0].Text);
    }

    [Fact]
    public void Ranked_UnknownShares_OnlyThePrice()
    {
        Assert.Equal([ExclusionReason.CloseBelowMinimum], Reasons(Prefilter.Ranked(999, null)));
    }

    [Fact]
    public void Unranked_ReportedAsTradingValue()
    {
        var reason = Prefilter.Unranked();

        Assert.Equal(ExclusionReason.TradingValueBelowMinimum, reason.Reason);
        Assert.Equal("day trading value is below the minimum 10,000,000,000 KRW (not in the trading-value ranking)", reason.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Constructor_LimitOutsideZeroToOne_Throws(double limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UniversePrefilter(new UniverseOptions(), (decimal)limit));
    }
}
