using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Order price: first grid price strictly above the observed price, capped at the after-hours upper limit.</summary>
public sealed class AfterHoursOrderPricerTests
{
    private static readonly AfterHoursOrderPricer Pricer = new(PriceGrid.Default);

    [Theory]
    [InlineData(10_200, 10_000, 10_210)] // on grid: + 1 tick (10)
    [InlineData(10_203, 10_000, 10_210)] // off grid: rounded up, not one more tick (not 10,220)
    [InlineData(1_999, 1_900, 2_000)]    // tick 1 below 2,000: 1,999 + 1 = 2,000
    [InlineData(2_000, 1_900, 2_005)]    // tick 5 from 2,000
    [InlineData(4_995, 4_600, 5_000)]    // 4,995 + 5 = 5,000
    [InlineData(19_990, 19_000, 20_000)] // 19,990 + 10 = 20,000
    [InlineData(20_000, 19_000, 20_050)] // tick 50 from 20,000
    public void OrderPrice_UnderTheCap_IsOneGridStepAbove(int observed, int close, int expected)
    {
        var (price, capped) = Pricer.OrderPrice(observed, close, close);

        Assert.Equal(expected, price);
        Assert.False(capped);
    }

    [Fact]
    public void UpperLimit_Close1820_Is2000()
    {
        // 1,820 × 1.10 = 2,002; the tick at 2,002 is 5, so it rounds down to 2,000.
        Assert.Equal(2_000m, Pricer.UpperLimit(1_820m, 1_820m));
    }

    [Fact]
    public void OrderPrice_Close1820Observed1999_IsTheCapExactlyButNotCapped()
    {
        var (price, capped) = Pricer.OrderPrice(1_999m, 1_820m, 1_820m);

        Assert.Equal(2_000m, price);
        Assert.False(capped);
    }

    [Fact]
    public void OrderPrice_Close1820Observed2000_IsCappedAt2000()
    {
        // 2,000 + 5 = 2,005 > 2,000.
        var (price, capped) = Pricer.OrderPrice(2_000m, 1_820m, 1_820m);

        Assert.Equal(2_000m, price);
        Assert.True(capped);
    }

    [Fact]
    public void OrderPrice_ObservedAtTheBandTop_StaysAtTheBandTop()
    {
        // Close 10,000: band top 11,000; 11,000 + 10 = 11,010 > 11,000.
        Assert.Equal((11_000m, true), Pricer.OrderPrice(11_000m, 10_000m, 10_000m));
    }

    [Fact]
    public void UpperLimit_CloseNearTheDailyLimit_NeverExceedsTheDailyLimit()
    {
        // Previous close 10,000 → daily upper 13,000; close 12,900 × 1.10 = 14,190 would exceed it.
        Assert.Equal(13_000m, Pricer.UpperLimit(12_900m, 10_000m));
        Assert.Equal((13_000m, true), Pricer.OrderPrice(13_000m, 12_900m, 10_000m));
    }

    [Theory]
    [InlineData(2_000_000, 10_210, 195)] // 2,000,000 ÷ 10,210 = 195.88
    [InlineData(10_210, 10_210, 1)]
    [InlineData(10_209, 10_210, 0)]
    [InlineData(0, 10_210, 0)]
    [InlineData(-5, 10_210, 0)]
    public void Quantity_IsFloorOfAmountOverPrice(int amount, int price, long expected) =>
        Assert.Equal(expected, AfterHoursOrderPricer.Quantity(amount, price));

    [Fact]
    public void OrderDivision_IsAfterHoursSinglePrice() => Assert.Equal("07", AfterHoursOrderPricer.OrderDivision);
}
