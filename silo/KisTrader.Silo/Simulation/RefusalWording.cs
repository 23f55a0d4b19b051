using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The people-facing words of a refused manual screen or re-run (<see cref="ScreeningRequested.RefusedFor"/>): the
/// session grain publishes the typed refusal and its boundary; this front end words it. Times KST, culture-invariant.
/// </summary>
public static class RefusalWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Why a request was refused, e.g. "a screen is already running". <paramref name="at"/> is when it was refused (the
    /// KST day a not-begun or over session is compared with). A row journaled before typed refusals shows its sentence.
    /// </summary>
    public static string Word(ScreeningRequested request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = KrxTime.DateOf(at);
        return request.RefusedFor switch
        {
            null => request.LegacyRefusal ?? "no reason recorded",
            SessionRefusalKind.MissingRequest => "a request needs who asks and why",
            SessionRefusalKind.InvalidRequestedBy => string.Create(Inv, $"RequestedBy must be 1–{SessionRequest.MaxRequestedByLength} characters without control characters"),
            SessionRefusalKind.InvalidReason => string.Create(Inv, $"Reason must be 1–{SessionRequest.MaxReasonLength} characters without control characters"),
            SessionRefusalKind.AlreadyRunning => "a screen is already running",
            SessionRefusalKind.AlreadyScreened => "the session is already screened; ask for a re-run instead",
            SessionRefusalKind.NotScreened => "the session is not screened yet; start its screen first",
            SessionRefusalKind.NotTradingDay => string.Create(Inv, $"{request.TradingDate:yyyy-MM-dd} is not a KRX trading day"),
            SessionRefusalKind.NotBegun => string.Create(Inv, $"the session {request.TradingDate:yyyy-MM-dd} has not begun (it is {today:yyyy-MM-dd} KST)"),
            SessionRefusalKind.Over => string.Create(Inv, $"the session {request.TradingDate:yyyy-MM-dd} is over (it is {today:yyyy-MM-dd} KST)"),
            SessionRefusalKind.BeforeClose => $"the screen uses the day's close: not before {Clock(request.RefusalBoundary)} KST",
            SessionRefusalKind.AfterHoursBegan => $"the after-hours session began at {Clock(request.RefusalBoundary)} KST",
            SessionRefusalKind.ScreenInUse => "the session is past its screen (after-hours, holding or closed): its screen is in use and stays",
            _ => request.RefusedFor.Value.ToString(),
        };
    }

    private static string Clock(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("HH:mm", Inv) : "?";
}
