using System.Globalization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// Builds and parses every grain key in one place (style.md G5). Keys never carry a secret: they show up in logs,
/// storage rows and the dashboard.
/// </summary>
public static partial class GrainKeys
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The <see cref="ITradingSessionGrain"/> key of a KST trading date: ISO <c>2026-11-23</c>.</summary>
    public static string TradingSession(DateOnly tradingDate) => tradingDate.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The trading date of an <see cref="ITradingSessionGrain"/> key.</summary>
    /// <exception cref="FormatException">The key is not an ISO date.</exception>
    public static DateOnly ParseTradingSession(string key) =>
        DateOnly.TryParseExact(key, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{key}' is not a trading-session key (ISO date {DateFormat}).");
}
