using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

public sealed class OrderableCashRuleTests
{
    [Theory]
    [InlineData(1_000_000, null)]            // 100 × 10,000 exactly
    [InlineData(999_999, "orderable-cash")]
    public void Check_CostWithoutReserve_AtMostTheCash(int cash, string? code) =>
        Assert.Equal(code, new OrderableCashRule(Limits, PriceGrid.Default).Check(Check(Buy(100, 10_000m), account: new RiskAccount(cash, 0)))?.Code);

    [Theory]
    [InlineData(1_000_150, null)]            // 1,000,000 + 0.015% = 1,000,150
    [InlineData(1_000_149, "orderable-cash")]
    public void Check_CommissionReserve_Counted(int cash, string? code)
    {
        var rule = new OrderableCashRule(new RiskOptions { CommissionReserveRate = 0.00015m }, PriceGrid.Default);

        Assert.Equal(code, rule.Check(Check(Buy(100, 10_000m), account: new RiskAccount(cash, 0)))?.Code);
    }

    [Fact]
    public void Check_Refusal_SpellsTheFigures() =>
        Assert.Equal(
            new RiskRefusal("orderable-cash", "100 × 10,000 = 1,000,000 won plus commission reserve = 1,000,000 won exceeds the orderable cash 999,999 won"),
            new OrderableCashRule(Limits, PriceGrid.Default).Check(Check(Buy(100, 10_000m), account: new RiskAccount(999_999m, 0))));

    [Fact]
    public void Check_MarketBuy_CostAtTheUpperLimit() =>
        Assert.Equal("orderable-cash", new OrderableCashRule(Limits, PriceGrid.Default).Check(Check(Buy(10, null, OrderKind.Market), account: new RiskAccount(129_999m, 0)))?.Code);

    [Fact]
    public void Check_Sell_NotChecked() =>
        Assert.Null(new OrderableCashRule(Limits, PriceGrid.Default).Check(Check(Sell(), account: new RiskAccount(0m, 10))));

    [Fact]
    public void Check_NoAccount_RefusesFailClosed() =>
        Assert.Equal("no-account", new OrderableCashRule(Limits, PriceGrid.Default).Check(Check(Buy(), noAccount: true))?.Code);
}
