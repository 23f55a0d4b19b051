using System.Globalization;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Sessions;

/// <summary>
/// A refused command: the typed reason and the rule's one-line explanation (culture-invariant English, like the exit
/// rules' explanations; it is what the caller of the command gets back).
/// </summary>
/// <param name="Kind">Why, typed.</param>
/// <param name="Explanation">Why, as one line.</param>
/// <param name="Boundary">A refusal for the trading window (before the close, after-hours began): the instant it turns on, else null.</param>
public sealed record SessionRefusal(SessionRefusalKind Kind, string Explanation, DateTimeOffset? Boundary = null)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal static SessionRefusal MissingRequest() => new(SessionRefusalKind.MissingRequest, "a request needs who asks and why");

    internal static SessionRefusal InvalidRequestedBy() =>
        new(SessionRefusalKind.InvalidRequestedBy, $"RequestedBy must be 1–{SessionRequest.MaxRequestedByLength} characters without control characters");

    internal static SessionRefusal InvalidReason() =>
        new(SessionRefusalKind.InvalidReason, $"Reason must be 1–{SessionRequest.MaxReasonLength} characters without control characters");

    internal static SessionRefusal AlreadyRunning() => new(SessionRefusalKind.AlreadyRunning, "a screen is already running");

    internal static SessionRefusal AlreadyScreened() =>
        new(SessionRefusalKind.AlreadyScreened, "the session is already screened; ask for a re-run instead");

    internal static SessionRefusal NotScreened() =>
        new(SessionRefusalKind.NotScreened, "the session is not screened yet; start its screen first");

    internal static SessionRefusal ScreenInUse(SessionPhase phase) =>
        new(SessionRefusalKind.ScreenInUse, $"the session is {phase.ToString().ToLowerInvariant()}: its screen is in use and stays");

    internal static SessionRefusal NotTradingDay(DateOnly date) =>
        new(SessionRefusalKind.NotTradingDay, string.Create(Inv, $"{date:yyyy-MM-dd} is not a KRX trading day"));

    internal static SessionRefusal NotBegun(DateOnly date, DateOnly today) =>
        new(SessionRefusalKind.NotBegun, string.Create(Inv, $"the session {date:yyyy-MM-dd} has not begun (it is {today:yyyy-MM-dd} KST)"));

    internal static SessionRefusal Over(DateOnly date, DateOnly today) =>
        new(SessionRefusalKind.Over, string.Create(Inv, $"the session {date:yyyy-MM-dd} is over (it is {today:yyyy-MM-dd} KST)"));

    internal static SessionRefusal BeforeClose(DateTimeOffset close) =>
        new(SessionRefusalKind.BeforeClose, string.Create(Inv, $"the screen uses the day's close: not before {KrxTime.ToKst(close):HH:mm} KST"), close);

    internal static SessionRefusal AfterHoursBegan(DateTimeOffset start) =>
        new(SessionRefusalKind.AfterHoursBegan, string.Create(Inv, $"the after-hours session began at {KrxTime.ToKst(start):HH:mm} KST"), start);
}
