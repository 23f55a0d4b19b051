using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>A counted fill as stored (<see cref="LedgerFill"/>).</summary>
[GenerateSerializer, Alias("KisTrader.OrderFillState")]
public sealed class OrderFillState
{
    [Id(0)] public string Key { get; set; } = string.Empty;

    [Id(1)] public string OrderNumber { get; set; } = string.Empty;

    [Id(2)] public long Quantity { get; set; }

    [Id(3)] public decimal Price { get; set; }

    [Id(4)] public decimal Amount { get; set; }

    [Id(5)] public DateTimeOffset At { get; set; }

    [Id(6)] public bool FromPolling { get; set; }

    public static OrderFillState From(LedgerFill f) => new()
    {
        Key = f.Key, OrderNumber = f.OrderNumber, Quantity = f.Quantity, Price = f.Price, Amount = f.Amount, At = f.At, FromPolling = f.FromPolling,
    };

    public LedgerFill ToLedger() => new(Key, OrderNumber, Quantity, Price, Amount, At, FromPolling);
}
