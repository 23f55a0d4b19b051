using System.Collections.Immutable;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;

namespace KisTrader.Trading.Tests.Risk;

/// <summary>
/// A buy and a sell of 005930 on Mon 2026-11-23 (previous close 10,000: limits 7,000–13,000, after-hours band 9,000–11,000)
/// with everything allowed; each test changes one thing.
/// </summary>
internal static class RiskTestData
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    public static readonly RiskOptions Limits = new() { MaxPositionKrw = 1_000_000m, MaxDailyLossKrw = 500_000m, CommissionReserveRate = 0m };

    public static DateTimeOffset At(int h, int m, int s = 0) => new(2026, 11, 23, h, m, s, TimeSpan.FromHours(9));

    public static RiskOrder Buy(long quantity = 10, decimal? price = 10_000m, OrderKind kind = OrderKind.Limit) =>
        new("005930", OrderSide.Buy, kind, quantity, price, OrderPurpose.Entry, Day);

    public static RiskOrder Sell(long quantity = 10, decimal? price = 10_000m, OrderKind kind = OrderKind.Limit) =>
        new("005930", OrderSide.Sell, kind, quantity, price, OrderPurpose.Exit, Day);

    public static RiskQuote Quote(decimal price = 10_000m, decimal previousClose = 10_000m, bool halted = false, bool vi = false) =>
        new(price, previousClose, halted, vi);

    public static RiskCheck Check(
        RiskOrder order,
        DateTimeOffset? at = null,
        RiskQuote? quote = null,
        RiskAccount? account = null,
        decimal realized = 0m,
        RiskSwitches? switches = null,
        bool noQuote = false,
        bool noAccount = false)
    {
        var when = at ?? At(10, 0);
        var date = DateOnly.FromDateTime(when.ToOffset(TimeSpan.FromHours(9)).DateTime);
        TradingDaySessions? sessions = KrxCalendar.Default.IsTradingDay(date) ? KrxCalendar.Default.Sessions(date) : null;
        return new RiskCheck(
            order, when, sessions,
            noQuote ? null : quote ?? Quote(),
            noAccount ? null : account ?? new RiskAccount(100_000_000m, 0),
            realized,
            switches ?? RiskSwitches.None);
    }

    public static RiskSwitches Switches(bool entriesHalted = false, bool flattening = false, bool reconciliation = false, string? haltedSymbol = null) =>
        new(entriesHalted, flattening, reconciliation,
            haltedSymbol is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add(haltedSymbol, "ambiguous-order"));

    public static RiskGates Gates(RiskOptions? options = null) => new(options ?? Limits, PriceGrid.Default);
}
