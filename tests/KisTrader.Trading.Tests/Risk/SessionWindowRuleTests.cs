using KisTrader.Trading.Orders;
using KisTrader.Trading.Risk;
using static KisTrader.Trading.Tests.Risk.RiskTestData;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>Regular orders 09:00–15:30 (closing auction included), 07 only 16:00–18:00; boundaries to the second; special days shift.</summary>
public sealed class SessionWindowRuleTests
{
    private static readonly SessionWindowRule Rule = new();

    [Theory]
    [InlineData(8, 59, 59, "session-window")]
    [InlineData(9, 0, 0, null)]
    [InlineData(15, 19, 59, null)]
    [InlineData(15, 20, 0, null)]
    [InlineData(15, 29, 59, null)]
    [InlineData(15, 30, 0, "session-window")]
    [InlineData(15, 45, 0, "session-window")]
    [InlineData(16, 0, 0, "order-type")]
    [InlineData(17, 59, 59, "order-type")]
    [InlineData(18, 0, 0, "session-window")]
    public void Check_LimitAndMarket_AcceptedNineToHalfPastThree(int h, int m, int s, string? code)
    {
        Assert.Equal(code, Rule.Check(Check(Sell(), At(h, m, s)))?.Code);
        Assert.Equal(code, Rule.Check(Check(Sell(price: null, kind: OrderKind.Market), At(h, m, s)))?.Code);
    }

    [Theory]
    [InlineData(8, 30, 0, "session-window")]
    [InlineData(9, 0, 0, "order-type")]
    [InlineData(15, 29, 59, "order-type")]
    [InlineData(15, 59, 59, "session-window")]
    [InlineData(16, 0, 0, null)]
    [InlineData(17, 59, 59, null)]
    [InlineData(18, 0, 0, "session-window")]
    public void Check_AfterHoursSinglePrice_AcceptedFourToSix(int h, int m, int s, string? code) =>
        Assert.Equal(code, Rule.Check(Check(Buy(kind: OrderKind.AfterHoursSinglePrice), At(h, m, s)))?.Code);

    [Fact]
    public void Check_Refusal_SpellsTheWindowAndTheInstant()
    {
        Assert.Equal(
            new RiskRefusal("session-window", "limit (00) orders are accepted 09:00–15:30 KST, not at 2026-11-23 15:30:00 KST (break)"),
            Rule.Check(Check(Sell(), At(15, 30))));
        Assert.Equal(
            new RiskRefusal("order-type", "limit (00) orders are not accepted in the after-hours single-price session (2026-11-23 16:30:00 KST)"),
            Rule.Check(Check(Sell(), At(16, 30))));
        Assert.Equal(
            new RiskRefusal("session-window", "after-hours single price (07) orders are accepted 16:00–18:00 KST, not at 2026-11-23 18:00:00 KST (closed market)"),
            Rule.Check(Check(Buy(kind: OrderKind.AfterHoursSinglePrice), At(18, 0))));
    }

    [Fact]
    public void Check_Saturday_IsNoTradingDay()
    {
        var saturday = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(9));
        var order = Sell() with { TradingDate = new DateOnly(2026, 11, 28) };

        Assert.Equal(new RiskRefusal("session-window", "2026-11-28 is not a trading day (2026-11-28 10:00:00 KST)"), Rule.Check(Check(order, saturday)));
    }

    [Fact]
    public void Check_OrderForAnotherSession_Refused() =>
        Assert.Equal(
            new RiskRefusal("trading-date", "the order is for the session of 2026-11-20, now is 2026-11-23 10:00:00 KST"),
            Rule.Check(Check(Sell() with { TradingDate = new DateOnly(2026, 11, 20) })));

    [Theory]
    [InlineData(9, 59, 59, "session-window")] // 수능 day: opens 10:00
    [InlineData(10, 0, 0, null)]
    [InlineData(16, 29, 59, null)]              // closes 16:30
    [InlineData(16, 30, 0, "session-window")]
    public void Check_SuneungDay_RegularWindowShifts(int h, int m, int s, string? code)
    {
        var day = new DateOnly(2026, 11, 19);
        var at = new DateTimeOffset(2026, 11, 19, h, m, s, TimeSpan.FromHours(9));

        Assert.Equal(code, Rule.Check(Check(Sell() with { TradingDate = day }, at))?.Code);
    }

    [Theory]
    [InlineData(16, 59, 59, "session-window")] // 수능 day: after-hours 17:00–18:00
    [InlineData(17, 0, 0, null)]
    [InlineData(17, 59, 59, null)]
    [InlineData(18, 0, 0, "session-window")]
    public void Check_SuneungDay_AfterHoursWindowShortened(int h, int m, int s, string? code)
    {
        var day = new DateOnly(2026, 11, 19);
        var at = new DateTimeOffset(2026, 11, 19, h, m, s, TimeSpan.FromHours(9));

        Assert.Equal(code, Rule.Check(Check(Buy(kind: OrderKind.AfterHoursSinglePrice) with { TradingDate = day }, at))?.Code);
    }
}
