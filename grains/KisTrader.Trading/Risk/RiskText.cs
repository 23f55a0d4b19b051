using System.Globalization;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Risk;

/// <summary>Culture-invariant figures of the refusals.</summary>
internal static class RiskText
{
    public static string Won(decimal amount) => amount.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Kst(DateTimeOffset instant) => KrxTime.ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " KST";

    public static string Clock(DateTimeOffset instant) => KrxTime.ToKst(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Kind(OrderKind kind) => kind switch
    {
        OrderKind.Limit => "limit (00)",
        OrderKind.Market => "market (01)",
        OrderKind.AfterHoursSinglePrice => "after-hours single price (07)",
        _ => kind.ToString(),
    };
}
