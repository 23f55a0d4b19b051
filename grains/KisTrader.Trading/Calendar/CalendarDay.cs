namespace KisTrader.Trading.Calendar;

/// <summary>What the calendar knows about one date.</summary>
/// <param name="Date">The KST date.</param>
/// <param name="IsTradingDay">True when KRX trades on this date (a session for it exists).</param>
/// <param name="ClosedReason">Why the market is closed, or null on a trading day.</param>
/// <param name="Name">The holiday's Korean name (e.g. "추석", "연말 휴장일") when one is known, else null.</param>
/// <param name="Source">The layer that decided (configuration beats broker beats built-in).</param>
/// <param name="IsConfirmed">
/// True when the answer comes from configuration, the broker, or a year the built-in table covers. False for years
/// outside the table, where only weekends and fixed-date holidays are known (lunar and ad hoc holidays are not):
/// hosts should then ask the broker before trading.
/// </param>
public sealed record CalendarDay(
    DateOnly Date,
    bool IsTradingDay,
    ClosedReason? ClosedReason,
    string? Name,
    CalendarSource Source,
    bool IsConfirmed);
