namespace KisTrader.GrainInterfaces;

/// <summary>The answer of <see cref="IKisAuthGrain.GetTokenAsync"/>.</summary>
/// <param name="Token">The stored, unexpired token; null when there is none.</param>
/// <param name="MayIssue">No token: the caller may issue one now (others wait until it saves it or its right lapses).</param>
/// <param name="RetryAfter">No token and another store is issuing: ask again after this.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.KisTokenLookup")]
public sealed record KisTokenLookup(
    [property: Id(0)] KisAccessToken? Token,
    [property: Id(1)] bool MayIssue,
    [property: Id(2)] TimeSpan RetryAfter);
