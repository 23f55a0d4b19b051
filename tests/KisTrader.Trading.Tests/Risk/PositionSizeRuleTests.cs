using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>Maximum position 1,000,000: (held + bought) × price.</summary>
public sealed class PositionSizeRuleTests
{
    private static readonly PositionSizeRule Rule = new(Limits, PriceGrid.Default);

    [Theory]
    [InlineData(100, 0, null)]             // 1,000,000 exactly
    [InlineData(101, 0, "position-size")]  // 1,010,000
    [InlineData(60, 40, null)]             // 100 shares with what is held
    [InlineData(61, 40, "position-size")]
    public void Check_HeldPlusBought_AtMostTheMaximum(long quantity, long held, string? code) =>
        Assert.Equal(code, Rule.Check(Check(Buy(quantity, 10_000m), account: new RiskAccount(100_000_000m, held)))?.Code);

    [Fact]
    public void Check_MarketBuy_ValuedAtTheUpperLimit()
    {
        // Upper limit 13,000: 76 × 13,000 = 988,000 fits, 77 × 13,000 = 1,001,000 does not.
        Assert.Null(Rule.Check(Check(Buy(76, null, OrderKind.Market))));
        Assert.Equal(
            new RiskRefusal("position-size", "0 held + 77 bought = 77 shares × 13,000 = 1,001,000 won exceeds the maximum position 1,000,000 won"),
            Rule.Check(Check(Buy(77, null, OrderKind.Market))));
    }

    [Fact]
    public void Check_Sell_NotChecked() => Assert.Null(Rule.Check(Check(Sell(1_000), noAccount: true)));

    [Fact]
    public void Check_NoAccountOrNoPrice_RefusesFailClosed()
    {
        Assert.Equal("no-account", Rule.Check(Check(Buy(), noAccount: true))?.Code);
        Assert.Equal("no-quote", Rule.Check(Check(Buy(1, null, OrderKind.Market), noQuote: true))?.Code);
    }
}
