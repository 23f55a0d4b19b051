namespace KisTrader.Grains.Storage;

/// <summary>A session entering a state; the first change of a date creates its session row.</summary>
/// <param name="TradingDate">The session's KST trading date.</param>
/// <param name="State">The state entered.</param>
/// <param name="Mode">Simulator, paper or real (fixed when the session is created).</param>
/// <param name="OccurredAt">When (stored as a UTC instant, microsecond precision).</param>
/// <param name="Reason">Why: the name of the typed cause (<c>SessionChangeCause</c>, e.g. "ScheduledStart", "Rerun"); front ends word it.</param>
public sealed record SessionStateChange(
    DateOnly TradingDate,
    SessionState State,
    TradingMode Mode,
    DateTimeOffset OccurredAt,
    string Reason);
