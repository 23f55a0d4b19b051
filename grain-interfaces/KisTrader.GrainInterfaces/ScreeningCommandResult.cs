namespace KisTrader.GrainInterfaces;

/// <summary>The answer to a <see cref="ScreeningCommand"/>.</summary>
/// <param name="Accepted">True when a run was started.</param>
/// <param name="Refusal">Why not, for people (null when accepted), e.g. "the after-hours session began at 16:00 KST".</param>
/// <param name="RunId">The run started (null when refused).</param>
/// <param name="Status">The session after the request.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningCommandResult")]
public sealed record ScreeningCommandResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string? Refusal,
    [property: Id(2)] Guid? RunId,
    [property: Id(3)] SessionStatus Status);
