using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>The answer to a <see cref="ScreeningCommand"/>.</summary>
/// <param name="Accepted">True when a run was started.</param>
/// <param name="Refusal">
/// Why not, as the session rule's one-line explanation for the caller of the command (null when accepted), e.g. "the
/// after-hours session began at 16:00 KST"; a front end that words refusals itself switches on <paramref name="RefusedFor"/>.
/// </param>
/// <param name="RunId">The run started (null when refused).</param>
/// <param name="Status">The session after the request.</param>
/// <param name="RefusedFor">Why not, typed (null when accepted).</param>
/// <param name="RefusalBoundary">A refusal for the trading window: the instant it turns on (KST offset), else null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningCommandResult")]
public sealed record ScreeningCommandResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string? Refusal,
    [property: Id(2)] Guid? RunId,
    [property: Id(3)] SessionStatus Status,
    [property: Id(4)] SessionRefusalKind? RefusedFor = null,
    [property: Id(5)] DateTimeOffset? RefusalBoundary = null);
