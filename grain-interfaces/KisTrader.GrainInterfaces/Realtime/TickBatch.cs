using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// Market events of one symbol delivered to a deciding grain in one call, oldest first (the silo's tick dispatcher
/// coalesces what arrived while the grain's previous call was in flight: calls are coalesced, prints are not).
/// </summary>
/// <param name="Events">The events in arrival order; never reordered, never thinned.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.TickBatch")]
public sealed record TickBatch([property: Id(0)] ImmutableArray<MarketDataEvent> Events);
