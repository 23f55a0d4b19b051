using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>A person's request for a manual screen or a re-run: who and why (both journaled with the outcome).</summary>
/// <param name="RequestedBy">Who asks: a user name or "console" (1–64 characters, no control characters).</param>
/// <param name="Reason">Why (1–500 characters, no control characters).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningCommand")]
public sealed record ScreeningCommand(
    [property: Id(0)] string RequestedBy,
    [property: Id(1)] string Reason)
{
    /// <summary>Longest <see cref="RequestedBy"/>.</summary>
    public const int MaxRequestedByLength = SessionRequest.MaxRequestedByLength;

    /// <summary>Longest <see cref="Reason"/>.</summary>
    public const int MaxReasonLength = SessionRequest.MaxReasonLength;
}
