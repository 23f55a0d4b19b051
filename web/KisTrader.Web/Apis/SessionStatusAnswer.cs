using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Sessions;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>GET /api/sessions/{date}</c>: the session grain's status and the KRX trading day before it (the session whose
/// positions exit on this day: the dashboard shows its selection until this day's own screen exists).
/// </summary>
/// <param name="TradingDate">The session's KST date.</param>
/// <param name="Phase">Its state.</param>
/// <param name="Stages">The funnel stages finished so far, with their cost.</param>
/// <param name="StartedAt">When the screen started (null before).</param>
/// <param name="FinishedAt">When it finished (null before).</param>
/// <param name="LastError">The last failed attempt's error, for people (null when none).</param>
/// <param name="Attempts">How many times a screen was started.</param>
/// <param name="PreviousTradingDate">The trading day before (its positions are exited on this one).</param>
internal sealed record SessionStatusAnswer(
    DateOnly TradingDate,
    SessionPhase Phase,
    ImmutableArray<StageView> Stages,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? LastError,
    int Attempts,
    DateOnly PreviousTradingDate)
{
    public static SessionStatusAnswer From(SessionStatus status) =>
        new(status.TradingDate, status.Phase, status.Stages, status.StartedAt, status.FinishedAt, status.LastError, status.Attempts,
            KrxCalendar.Default.PreviousTradingDay(status.TradingDate));
}
