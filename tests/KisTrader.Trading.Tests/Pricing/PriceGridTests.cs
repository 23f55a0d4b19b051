using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Tests.PricingTests;

/// <summary>The KRX tick grid since 2023-01-25 (strategy.md §8), at, below and above every band edge.</summary>
public sealed class PriceGridTests
{
    private static readonly PriceGrid Grid = PriceGrid.Default;

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1_999, 1)]
    [InlineData(1_999.5, 1)]
    [InlineData(2_000, 5)]
    [InlineData(4_999, 5)]
    [InlineData(5_000, 10)]
    [InlineData(19_999, 10)]
    [InlineData(20_000, 50)]
    [InlineData(49_999, 50)]
    [InlineData(50_000, 100)]
    [InlineData(199_999, 100)]
    [InlineData(200_000, 500)]
    [InlineData(499_999, 500)]
    [InlineData(500_000, 1_000)]
    [InlineData(5_000_000, 1_000)]
    public void TickSize_PerBand(decimal price, int tick) => Assert.Equal(tick, Grid.TickSize(price));

    [Fact]
    public void TickSize_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Grid.TickSize(-1m));

    [Theory]
    [InlineData(1_999, true)]
    [InlineData(2_005, true)]
    [InlineData(2_003, false)]
    [InlineData(19_990, true)]
    [InlineData(19_995, false)]
    [InlineData(20_050, true)]
    [InlineData(20_010, false)]
    [InlineData(500_000, true)]
    [InlineData(500_500, false)]
    [InlineData(10_000.5, false)]
    [InlineData(0, false)]
    [InlineData(-10, false)]
    public void IsOnGrid(decimal price, bool onGrid) => Assert.Equal(onGrid, Grid.IsOnGrid(price));

    [Theory]
    [InlineData(1_999.5, 2_000)]
    [InlineData(2_001, 2_005)]
    [InlineData(4_996, 5_000)]
    [InlineData(5_001, 5_010)]
    [InlineData(19_991, 20_000)]
    [InlineData(20_001, 20_050)]
    [InlineData(49_951, 50_000)]
    [InlineData(199_901, 200_000)]
    [InlineData(499_501, 500_000)]
    [InlineData(500_001, 501_000)]
    [InlineData(10_010, 10_010)] // on the grid: unchanged
    public void RoundUp_ToTheNextGridPrice(decimal price, decimal expected) => Assert.Equal(expected, Grid.RoundUp(price));

    [Theory]
    [InlineData(1_999.5, 1_999)]
    [InlineData(2_004, 2_000)]
    [InlineData(5_009, 5_000)]
    [InlineData(20_049, 20_000)]
    [InlineData(50_099, 50_000)]
    [InlineData(200_499, 200_000)]
    [InlineData(500_999, 500_000)]
    [InlineData(10_010, 10_010)]
    public void RoundDown_ToThePreviousGridPrice(decimal price, decimal expected) => Assert.Equal(expected, Grid.RoundDown(price));

    [Theory]
    [InlineData(1_999, 1, 2_000)]
    [InlineData(2_000, 1, 2_005)]
    [InlineData(2_000, -1, 1_999)]  // going down from a band edge uses the lower band's tick
    [InlineData(2_005, -1, 2_000)]
    [InlineData(5_000, -1, 4_995)]
    [InlineData(20_000, -1, 19_990)]
    [InlineData(50_000, -1, 49_950)]
    [InlineData(200_000, -1, 199_900)]
    [InlineData(500_000, -1, 499_500)]
    [InlineData(500_000, 1, 501_000)]
    [InlineData(19_990, 2, 20_050)] // 19,990 → 20,000 → 20,050
    [InlineData(10_000, 3, 10_030)]
    [InlineData(10_000, 0, 10_000)]
    [InlineData(10_005, 1, 10_010)] // off the grid: rounded down first
    [InlineData(2, -1, 1)]
    public void Step_MovesByTicksAcrossBands(decimal price, int ticks, decimal expected) => Assert.Equal(expected, Grid.Step(price, ticks));

    [Theory]
    [InlineData(1, -1)]
    [InlineData(3, -3)]
    public void Step_BelowTheLowestPrice_Throws(decimal price, int ticks) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.Step(price, ticks));

    [Theory]
    [InlineData(10_000, 7_000, 13_000)]
    [InlineData(15_450, 10_820, 20_050)] // ×0.7 = 10,815 → up to 10,820; ×1.3 = 20,085 → down to 20,050 (tick 50)
    [InlineData(1_550, 1_085, 2_015)]    // ×0.7 = 1,085; ×1.3 = 2,015 (tick 5)
    [InlineData(500_000, 350_000, 650_000)]
    public void DailyLimits_ThirtyPercentOnTheGrid(decimal previousClose, decimal lower, decimal upper) =>
        Assert.Equal(new PriceRange(lower, upper), Grid.DailyLimits(previousClose));

    [Theory]
    [InlineData(10_000, 9_000, 11_000)]
    [InlineData(1_995, 1_796, 2_190)]   // ×0.9 = 1,795.5 → 1,796; ×1.1 = 2,194.5 → 2,190 (tick 5)
    [InlineData(48_000, 43_200, 52_800)]
    public void AfterHoursBand_TenPercentOnTheGrid(decimal close, decimal lower, decimal upper) =>
        Assert.Equal(new PriceRange(lower, upper), Grid.AfterHoursBand(close));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void DailyLimits_NonPositiveReference_Throws(decimal reference) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.DailyLimits(reference));

    [Theory]
    [InlineData(8_999, false)]
    [InlineData(9_000, true)]
    [InlineData(11_000, true)]
    [InlineData(11_001, false)]
    public void PriceRange_ContainsIsInclusive(decimal price, bool inside) =>
        Assert.Equal(inside, new PriceRange(9_000m, 11_000m).Contains(price));

    [Fact]
    public void CustomBands_AreUsed()
    {
        var grid = new PriceGrid(new PriceGridOptions { Bands = [new TickBand { UpperExclusive = 0m, Tick = 5m }] });

        Assert.Equal(5m, grid.TickSize(100_000m));
        Assert.Equal(100_005m, grid.RoundUp(100_001m));
    }
}
