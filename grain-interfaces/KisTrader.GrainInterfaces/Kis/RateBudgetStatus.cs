using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A budget's allocation: the limit and every holder's quota.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.RateBudgetStatus")]
public sealed record RateBudgetStatus(
    [property: Id(0)] int PermitsPerWindow,
    [property: Id(1)] int Allocated,
    [property: Id(2)] ImmutableArray<RateBudgetHolder> Holders);
