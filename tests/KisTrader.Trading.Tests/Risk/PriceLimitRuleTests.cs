using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>Daily limits ±30% of the previous close on the grid; the after-hours band ±10% of the day's close.</summary>
public sealed class PriceLimitRuleTests
{
    private static readonly PriceLimitRule Rule = new(PriceGrid.Default);

    [Theory]
    [InlineData(13_000, null)]          // 10,000 × 1.3 exactly
    [InlineData(13_010, "price-limit")]
    [InlineData(7_000, null)]           // 10,000 × 0.7 exactly
    [InlineData(6_990, "price-limit")]
    public void Check_DailyLimits_InclusiveAtTheEdges(int price, string? code)
    {
        Assert.Equal(code, Rule.Check(Check(Buy(price: price)))?.Code);
        Assert.Equal(code, Rule.Check(Check(Sell(price: price)))?.Code);
    }

    [Theory]
    // previous close 15,150: ×1.3 = 19,695 → grid down 19,690; ×0.7 = 10,605 → grid up 10,610.
    [InlineData(19_690, null)]
    [InlineData(19_700, "price-limit")]
    [InlineData(10_610, null)]
    [InlineData(10_600, "price-limit")]
    public void Check_DailyLimitsOffGrid_RoundInwards(int price, string? code) =>
        Assert.Equal(code, Rule.Check(Check(Buy(price: price), quote: Quote(15_150m, 15_150m)))?.Code);

    [Fact]
    public void Check_Refusal_NamesLimitAndPreviousClose()
    {
        Assert.Equal(
            new RiskRefusal("price-limit", "price 13,010 above the upper limit 13,000 (previous close 10,000)"),
            Rule.Check(Check(Buy(price: 13_010m))));
        Assert.Equal(
            new RiskRefusal("price-limit", "price 6,990 below the lower limit 7,000 (previous close 10,000)"),
            Rule.Check(Check(Sell(price: 6_990m))));
    }

    [Theory]
    [InlineData(11_000, null)]                // day's close 10,000 × 1.1
    [InlineData(11_010, "after-hours-band")]
    [InlineData(9_000, null)]                 // × 0.9
    [InlineData(8_990, "after-hours-band")]
    public void Check_AfterHoursBand_AroundTheDaysClose(int price, string? code) =>
        Assert.Equal(code, Rule.Check(Check(Buy(price: price, kind: OrderKind.AfterHoursSinglePrice), At(16, 30), Quote(10_000m, 9_500m)))?.Code);

    [Fact]
    public void Check_AfterHoursBandRefusal_NamesBoundAndClose() =>
        Assert.Equal(
            new RiskRefusal("after-hours-band", "price 11,010 above the after-hours upper bound 11,000 (day's close 10,000)"),
            Rule.Check(Check(Buy(price: 11_010m, kind: OrderKind.AfterHoursSinglePrice), At(16, 30), Quote(10_000m, 9_500m))));

    [Fact]
    public void Check_AfterHoursNearTheDailyLimit_DailyLimitWins() =>
        // Close 12,500 on a previous close of 10,000: band up to 13,750, but the daily limit is 13,000.
        Assert.Equal("price-limit", Rule.Check(Check(Buy(price: 13_500m, kind: OrderKind.AfterHoursSinglePrice), At(16, 30), Quote(12_500m, 10_000m)))?.Code);

    [Fact]
    public void Check_LimitOrderOutsideTheAfterHoursBand_OnlyDailyLimitsApply() =>
        Assert.Null(Rule.Check(Check(Buy(price: 12_000m), quote: Quote(10_000m, 10_000m))));

    [Fact]
    public void Check_MarketOrder_NoPriceToCheck() =>
        Assert.Null(Rule.Check(Check(Sell(price: null, kind: OrderKind.Market), noQuote: true)));

    [Fact]
    public void Check_NoQuote_RefusesFailClosed()
    {
        Assert.Equal("no-quote", Rule.Check(Check(Buy(), noQuote: true))?.Code);
        Assert.Equal("no-quote", Rule.Check(Check(Buy(), quote: Quote(10_000m, 0m)))?.Code);
    }
}
