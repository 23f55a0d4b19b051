using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>One KIS registration (symbol × kind) the market-data grain holds, with its reference count (the owners).</summary>
/// <param name="Symbol">6-digit code.</param>
/// <param name="Kind">One kind.</param>
/// <param name="TrId">The KIS TR ID of the kind.</param>
/// <param name="Holders">The owners holding it; their number is the reference count.</param>
/// <param name="Parked">
/// Evicted by a higher-priority subscription (or refused when re-sent after a reconnect): still held, not registered
/// at KIS until a slot frees.
/// </param>
/// <param name="Registered">Held by the KIS client and not parked (false while the grain is still restoring it).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataRegistrationView")]
public sealed record MarketDataRegistrationView(
    [property: Id(0)] string Symbol,
    [property: Id(1)] MarketDataKinds Kind,
    [property: Id(2)] string TrId,
    [property: Id(3)] ImmutableArray<MarketDataHolder> Holders,
    [property: Id(4)] bool Parked,
    [property: Id(5)] bool Registered);
