using System.Globalization;

namespace KisTrader.Kis.Models;

/// <summary>KIS date and time formats. Every KIS time is Korea Standard Time (Asia/Seoul).</summary>
public static class KisTime
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    /// <summary>The KST instant of a KIS date and time of day.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Seoul.GetUtcOffset(local));
    }

    /// <summary>The KST calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Seoul).DateTime);

    /// <summary>The KST time of day of an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Seoul).DateTime);

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
