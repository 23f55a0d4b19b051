using System.Globalization;

namespace KisTrader.Kis.Simulator.Clock;

/// <summary>Korea Standard Time for the host's wire formats (UTC+9; Korea has had no daylight saving since 1988).</summary>
internal static class Kst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>"YYYY-MM-DD HH:MM:SS" in KST, as <c>access_token_token_expired</c> carries it (kis-api.md §2.1).</summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +09:00 offset (control API).</summary>
    public static string FormatIso(DateTimeOffset instant) =>
        ToKst(instant).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
