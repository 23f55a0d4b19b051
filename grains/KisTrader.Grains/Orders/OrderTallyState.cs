using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>The catch-up bookkeeping of one order number as stored (<see cref="LedgerTally"/>).</summary>
[GenerateSerializer, Alias("KisTrader.OrderTallyState")]
public sealed class OrderTallyState
{
    [Id(0)] public string OrderNumber { get; set; } = string.Empty;

    [Id(1)] public long CatchUpQuantity { get; set; }

    [Id(2)] public long AbsorbedQuantity { get; set; }

    [Id(3)] public DateTimeOffset? CoveredThrough { get; set; }

    public static OrderTallyState From(LedgerTally t) => new()
    {
        OrderNumber = t.OrderNumber, CatchUpQuantity = t.CatchUpQuantity, AbsorbedQuantity = t.AbsorbedQuantity, CoveredThrough = t.CoveredThrough,
    };

    public LedgerTally ToLedger() => new(OrderNumber, CatchUpQuantity, AbsorbedQuantity, CoveredThrough);
}
