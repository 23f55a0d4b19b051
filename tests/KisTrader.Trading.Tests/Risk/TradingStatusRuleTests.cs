using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

public sealed class TradingStatusRuleTests
{
    [Fact]
    public void Check_Normal_Allows() => Assert.Null(new TradingStatusRule(Limits).Check(Check(Buy())));

    [Fact]
    public void Check_Halted_RefusesBothSides()
    {
        var rule = new TradingStatusRule(Limits);
        var halted = Quote(halted: true);

        Assert.Equal(new RiskRefusal("halted", "trading in 005930 is halted"), rule.Check(Check(Buy(), quote: halted)));
        Assert.Equal(new RiskRefusal("halted", "trading in 005930 is halted"), rule.Check(Check(Sell(), quote: halted)));
    }

    [Fact]
    public void Check_Vi_RefusesBuysLetsExitsThroughByDefault()
    {
        var rule = new TradingStatusRule(Limits);
        var vi = Quote(vi: true);

        Assert.Equal(new RiskRefusal("vi", "005930 is in a volatility interruption (VI)"), rule.Check(Check(Buy(), quote: vi)));
        Assert.Null(rule.Check(Check(Sell(), quote: vi)));
    }

    [Fact]
    public void Check_ViWithExitsRefused_RefusesSells()
    {
        var rule = new TradingStatusRule(new RiskOptions { RefuseExitsDuringVi = true });

        Assert.Equal("vi", rule.Check(Check(Sell(), quote: Quote(vi: true)))?.Code);
    }

    [Fact]
    public void Check_NoQuote_RefusesFailClosed()
    {
        var rule = new TradingStatusRule(Limits);

        Assert.Equal(new RiskRefusal("no-quote", "no quote for 005930: its trading status is unknown"), rule.Check(Check(Sell(), noQuote: true)));
    }
}
