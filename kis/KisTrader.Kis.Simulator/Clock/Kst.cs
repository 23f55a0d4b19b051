using System.Globalization;

namespace KisTrader.Kis.Simulator.Clock;

/// <summary>
/// Korea Standard Time (UTC+9; Korea has had no daylight saving since 1988): the simulator's one KST definition, for
/// its market, trading book and wire formats (it references nothing of the client or the cluster).
/// </summary>
internal static class Kst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToKst(instant).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToKst(instant).DateTime);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>HHMMSS of the instant in KST, as KIS writes ORD_TMD and STCK_CNTG_HOUR.</summary>
    public static string Hhmmss(DateTimeOffset instant) => ToKst(instant).ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>YYYYMMDD of a date.</summary>
    public static string Yyyymmdd(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>"YYYY-MM-DD HH:MM:SS" in KST, as <c>access_token_token_expired</c> carries it (kis-api.md §2.1).</summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +09:00 offset (control API).</summary>
    public static string FormatIso(DateTimeOffset instant) =>
        ToKst(instant).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
