using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Orders;

/// <summary>The persisted state of <see cref="OrderBookGrain"/>.</summary>
[GenerateSerializer, Alias("KisTrader.OrderBookState")]
public sealed class OrderBookState
{
    /// <summary>(date, branch, number) (<see cref="OrderBookEntry.Key"/>; older entries: the bare ODNO) → the owning order.</summary>
    [Id(0)] public Dictionary<string, OrderBookEntry> Orders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Notices whose order number no order has registered yet, oldest first (bounded).</summary>
    [Id(1)] public List<FillNoticeEvent> Unrouted { get; set; } = [];
}
