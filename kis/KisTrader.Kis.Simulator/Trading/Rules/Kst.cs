namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>Korea Standard Time helpers (UTC+9, no daylight saving) for the trading book.</summary>
internal static class Kst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToKst(instant).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToKst(instant).DateTime);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>HHMMSS of the instant in KST, as KIS writes ORD_TMD and STCK_CNTG_HOUR.</summary>
    public static string Hhmmss(DateTimeOffset instant) => ToKst(instant).ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>YYYYMMDD of the instant in KST.</summary>
    public static string Yyyymmdd(DateOnly date) => date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
