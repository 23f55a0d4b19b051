using System.Globalization;
using KisTrader.Trading.Time;

namespace KisTrader.Web.Clock;

internal static class ClockText
{
    public static string Kst(DateTimeOffset instant) => KrxTime.ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
