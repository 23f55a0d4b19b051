using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

public sealed class KillSwitchRuleTests
{
    private static readonly KillSwitchRule Rule = new();

    [Fact]
    public void Check_NothingSwitched_AllowsBuyAndSell()
    {
        Assert.Null(Rule.Check(Check(Buy())));
        Assert.Null(Rule.Check(Check(Sell())));
    }

    [Theory]
    [InlineData(true, false, false, "kill-switch", "halt entries")]
    [InlineData(false, true, false, "kill-switch", "flatten")]
    [InlineData(true, true, false, "kill-switch", "flatten")]
    [InlineData(false, false, true, "reconciliation-halt", "difference")]
    public void Check_EntriesSwitchedOff_RefusesBuysLetsSellsThrough(bool halted, bool flattening, bool reconciliation, string code, string detail)
    {
        var switches = Switches(halted, flattening, reconciliation);

        var refusal = Rule.Check(Check(Buy(), switches: switches));

        Assert.NotNull(refusal);
        Assert.Equal(code, refusal.Code);
        Assert.Contains(detail, refusal.Detail, StringComparison.Ordinal);
        Assert.Null(Rule.Check(Check(Sell(), switches: switches)));
    }

    [Fact]
    public void Check_SymbolHalted_RefusesBothSidesWithTheReason()
    {
        var switches = Switches(haltedSymbol: "005930");

        var buy = Rule.Check(Check(Buy(), switches: switches));
        var sell = Rule.Check(Check(Sell(), switches: switches));

        Assert.Equal(new RiskRefusal("symbol-halted", "005930 is halted (ambiguous-order): no new orders until a person lifts it"), buy);
        Assert.Equal(buy, sell);
    }

    [Fact]
    public void Check_AnotherSymbolHalted_Allows() =>
        Assert.Null(Rule.Check(Check(Buy(), switches: Switches(haltedSymbol: "000660"))));
}
