namespace KisTrader.GrainInterfaces;

/// <summary>One holder of a budget as the grain sees it.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.RateBudgetHolder")]
public sealed record RateBudgetHolder(
    [property: Id(0)] string HolderId,
    [property: Id(1)] int Quota,
    [property: Id(2)] int Target,
    [property: Id(3)] int Wanted,
    [property: Id(4)] DateTimeOffset LastSeen);
