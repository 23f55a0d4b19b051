using System.Globalization;

namespace KisTrader.Kis.Models;

/// <summary>
/// KIS date and time formats. Every KIS time is Korea Standard Time (Asia/Seoul, UTC+9 all year: Korea has had no
/// daylight saving since 1988). The KIS client's one KST definition: it does not reference the strategy core, whose
/// <c>KrxTime</c> serves the grains and the silo.
/// </summary>
public static class KisTime
{
    /// <summary>The fixed KST offset (+09:00).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The same instant expressed with the +09:00 offset.</summary>
    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The KST instant of a KIS date and time of day.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => new(date.ToDateTime(time, DateTimeKind.Unspecified), Offset);

    /// <summary>The instant of a KIS date and time of day written "yyyy-MM-dd HH:mm:ss" (as tokenP's expiry), KST.</summary>
    public static DateTimeOffset ToInstant(DateTime kstWallClock) => new(DateTime.SpecifyKind(kstWallClock, DateTimeKind.Unspecified), Offset);

    /// <summary>The KST calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToKst(instant).DateTime);

    /// <summary>The KST time of day of an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToKst(instant).DateTime);

    /// <summary>yyyyMMdd.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>HHmmss.</summary>
    public static string FormatTime(TimeOnly time) => time.ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Parses HHmmss (or HHmm); hours 0–23.</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        if (text.Length is not (4 or 6) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var h = int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var m = int.Parse(text.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var s = text.Length == 6 ? int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture) : 0;
        if (h > 23 || m > 59 || s > 59)
        {
            return false;
        }

        time = new TimeOnly(h, m, s);
        return true;
    }
}
