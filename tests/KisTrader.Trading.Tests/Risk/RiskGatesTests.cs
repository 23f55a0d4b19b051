using KisTrader.Trading.Orders;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>The composer: every gate asked in order, the first refusal answers.</summary>
public sealed class RiskGatesTests
{
    [Fact]
    public void Rules_InTheDocumentedOrder() =>
        Assert.Equal(
            [typeof(KillSwitchRule), typeof(TickGridRule), typeof(SessionWindowRule), typeof(TradingStatusRule), typeof(PriceLimitRule),
             typeof(DailyLossRule), typeof(PositionSizeRule), typeof(OrderableCashRule)],
            Gates().Rules.Select(r => r.GetType()));

    [Fact]
    public void Check_EverythingFine_Allows()
    {
        Assert.Null(Gates().Check(Check(Buy(50, 10_000m))));
        Assert.Null(Gates().Check(Check(Sell(price: null, kind: OrderKind.Market), At(15, 25))));
        Assert.Null(Gates().Check(Check(Buy(50, 10_100m, OrderKind.AfterHoursSinglePrice), At(16, 30))));
    }

    [Fact]
    public void Check_SeveralProblems_FirstGateAnswers()
    {
        var check = Check(Buy(500, 10_005m), At(18, 30), quote: Quote(halted: true), account: new RiskAccount(0m, 0), realized: -1_000_000m,
            switches: Switches(entriesHalted: true));

        Assert.Equal("kill-switch", Gates().Check(check)?.Code);
        Assert.Equal("tick-grid", Gates().Check(check with { Switches = RiskSwitches.None })?.Code);
        Assert.Equal("session-window", Gates().Check(check with { Switches = RiskSwitches.None, Order = Buy(500, 10_000m) })?.Code);
        Assert.Equal("halted", Gates().Check(check with { Switches = RiskSwitches.None, Order = Buy(500, 10_000m), At = At(10, 0) })?.Code);
        Assert.Equal("daily-loss", Gates().Check(check with { Switches = RiskSwitches.None, Order = Buy(500, 10_000m), At = At(10, 0), Quote = Quote() })?.Code);
        Assert.Equal("position-size", Gates().Check(check with { Switches = RiskSwitches.None, Order = Buy(500, 10_000m), At = At(10, 0), Quote = Quote(), RealizedPnLToday = 0m })?.Code);
        Assert.Equal("orderable-cash", Gates().Check(check with { Switches = RiskSwitches.None, Order = Buy(50, 10_000m), At = At(10, 0), Quote = Quote(), RealizedPnLToday = 0m })?.Code);
    }

    [Fact]
    public void Check_ExitDuringEntryHaltAndDailyLoss_Allowed() =>
        Assert.Null(Gates().Check(Check(Sell(), realized: -2_000_000m, switches: Switches(flattening: true), noAccount: true)));
}
