using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Sessions;

namespace KisTrader.Grains.Sessions;

/// <summary>
/// The one place where a session's types cross a boundary: the wire phase (<see cref="SessionPhase"/>, persisted and
/// answered) and the pure rule's <see cref="LifecyclePhase"/> (same members, same numbers), and the journal's names.
/// </summary>
internal static class SessionMapping
{
    public static LifecyclePhase ToLifecycle(this SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => LifecyclePhase.Scheduled,
        SessionPhase.Screening => LifecyclePhase.Screening,
        SessionPhase.Screened => LifecyclePhase.Screened,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown session phase"),
    };

    public static SessionPhase ToWire(this LifecyclePhase phase) => phase switch
    {
        LifecyclePhase.Scheduled => SessionPhase.Scheduled,
        LifecyclePhase.Screening => SessionPhase.Screening,
        LifecyclePhase.Screened => SessionPhase.Screened,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown lifecycle phase"),
    };

    // The wire enum mirrors the rule's members and numbers (tested member by member).
    public static ScreeningRefusal ToWire(this SessionRefusalKind kind) =>
        Enum.IsDefined(kind) ? (ScreeningRefusal)(int)kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown refusal kind");

    public static SessionState ToJournal(this SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => SessionState.Scheduled,
        SessionPhase.Screening => SessionState.Screening,
        SessionPhase.Screened => SessionState.Screened,
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
