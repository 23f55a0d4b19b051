using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Realtime;

/// <summary>A session change a pump hands to the grain to tell: the grain adds holders and counts (<see cref="RealtimeGrain"/>).</summary>
/// <param name="Change">What happened.</param>
/// <param name="Symbol">The registration's symbol for a parked/unparked one, else null.</param>
/// <param name="Kind">Its kind, or null for a connection change.</param>
/// <param name="Detail">The client's reason or message.</param>
internal sealed record RealtimeChange(MarketDataChange Change, string? Symbol, MarketDataKinds? Kind, string? Detail);
