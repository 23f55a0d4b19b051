using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

public sealed class TickGridRuleTests
{
    private static readonly TickGridRule Rule = new(PriceGrid.Default);

    [Theory]
    [InlineData(1_999)]
    [InlineData(2_000)]
    [InlineData(2_005)]
    [InlineData(10_010)]
    [InlineData(49_950)]
    [InlineData(50_000)]
    [InlineData(50_100)]
    [InlineData(500_000)]
    public void Check_OnGrid_Allows(int price)
    {
        Assert.Null(Rule.Check(Check(Buy(price: price))));
        Assert.Null(Rule.Check(Check(Sell(price: price, kind: OrderKind.AfterHoursSinglePrice))));
    }

    [Theory]
    [InlineData(2_001, "price 2,001 is off the tick grid (tick 5: 2,000 or 2,005)")]
    [InlineData(10_005, "price 10,005 is off the tick grid (tick 10: 10,000 or 10,010)")]
    [InlineData(49_990, "price 49,990 is off the tick grid (tick 50: 49,950 or 50,000)")]
    [InlineData(50_050, "price 50,050 is off the tick grid (tick 100: 50,000 or 50,100)")]
    [InlineData(500_500, "price 500,500 is off the tick grid (tick 1,000: 500,000 or 501,000)")]
    public void Check_OffGrid_RefusesWithBothNeighbours(int price, string detail) =>
        Assert.Equal(new RiskRefusal("tick-grid", detail), Rule.Check(Check(Buy(price: price))));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_QuantityNotPositive_Refuses(long quantity) =>
        Assert.Equal(new RiskRefusal("quantity", $"quantity {quantity} is not positive"), Rule.Check(Check(Buy(quantity))));

    [Fact]
    public void Check_QuantityOne_Allows() => Assert.Null(Rule.Check(Check(Buy(1))));

    [Theory]
    [InlineData(OrderKind.Limit)]
    [InlineData(OrderKind.AfterHoursSinglePrice)]
    public void Check_PricedKindWithoutPrice_Refuses(OrderKind kind)
    {
        Assert.Equal("tick-grid", Rule.Check(Check(Buy(price: null, kind: kind)))?.Code);
        Assert.Equal("tick-grid", Rule.Check(Check(Buy(price: 0m, kind: kind)))?.Code);
    }

    [Fact]
    public void Check_MarketOrder_NeedsNoPriceAndRefusesOne()
    {
        Assert.Null(Rule.Check(Check(Sell(price: null, kind: OrderKind.Market))));
        Assert.Null(Rule.Check(Check(Sell(price: 0m, kind: OrderKind.Market))));
        Assert.Equal(
            new RiskRefusal("tick-grid", "a market order carries no price (got 10,000)"),
            Rule.Check(Check(Sell(price: 10_000m, kind: OrderKind.Market))));
    }
}
