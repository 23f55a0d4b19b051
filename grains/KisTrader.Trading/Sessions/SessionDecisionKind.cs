namespace KisTrader.Trading.Sessions;

/// <summary>What the session does with a command.</summary>
public enum SessionDecisionKind
{
    /// <summary>Start a screen: the session goes to <see cref="SessionPhase.Screening"/>.</summary>
    Start = 0,

    /// <summary>Nothing (the schedule's start of a session that is already screening or screened: idempotent, not refused).</summary>
    Unchanged = 1,

    /// <summary>Refused, with the reason; nothing changes.</summary>
    Refuse = 2,
}
