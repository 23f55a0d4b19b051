using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Sessions;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// The one place where a session's types cross a boundary: the journal's names and the KIS client's environment. The
/// phase and the refusal kinds are the pure rule's own types (<see cref="SessionPhase"/>, <see cref="SessionRefusalKind"/>),
/// used by the grain contract as they are.
/// </summary>
internal static class SessionMapping
{
    public static SessionState ToJournal(this SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => SessionState.Scheduled,
        SessionPhase.Screening => SessionState.Screening,
        SessionPhase.Screened => SessionState.Screened,
        SessionPhase.AfterHours => SessionState.AfterHours,
        SessionPhase.Holding => SessionState.Holding,
        SessionPhase.Closed => SessionState.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown session phase"),
    };

    public static ScreeningTrigger ToJournal(this ScreeningStart trigger) => trigger switch
    {
        ScreeningStart.Schedule => ScreeningTrigger.Schedule,
        ScreeningStart.Rerun => ScreeningTrigger.Rerun,
        _ => ScreeningTrigger.Manual,
    };

    public static TradingMode ToJournal(this KisEnvironment? environment) => environment switch
    {
        KisEnvironment.Real => TradingMode.Real,
        KisEnvironment.Paper => TradingMode.Paper,
        _ => TradingMode.Simulator,
    };

    public static SessionRequest? ToRequest(this ScreeningCommand? command) =>
        command is null ? null : new SessionRequest(command.RequestedBy, command.Reason);
}
