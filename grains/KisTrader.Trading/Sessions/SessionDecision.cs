namespace KisTrader.Trading.Sessions;

/// <summary>The lifecycle's answer to a command.</summary>
/// <param name="Kind">Start, unchanged or refused.</param>
/// <param name="Phase">The phase after the command.</param>
/// <param name="Refusal">Why it was refused (only for <see cref="SessionDecisionKind.Refuse"/>).</param>
public sealed record SessionDecision(SessionDecisionKind Kind, SessionPhase Phase, SessionRefusal? Refusal)
{
    /// <summary>True when a screen starts.</summary>
    public bool Starts => Kind == SessionDecisionKind.Start;

    internal static SessionDecision Start() => new(SessionDecisionKind.Start, SessionPhase.Screening, null);

    internal static SessionDecision Unchanged(SessionPhase phase) => new(SessionDecisionKind.Unchanged, phase, null);

    internal static SessionDecision Refuse(SessionPhase phase, SessionRefusal refusal) => new(SessionDecisionKind.Refuse, phase, refusal);
}
