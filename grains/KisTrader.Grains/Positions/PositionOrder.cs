using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Positions;

/// <summary>One order of a position as the position tracks it (the order grain is the authority; this is its last view).</summary>
[GenerateSerializer, Alias("KisTrader.PositionOrder")]
internal sealed class PositionOrder
{
    /// <summary>What was asked (persisted before the order grain is called, so a lost answer is recovered by placing it again).</summary>
    [Id(0)]
    public required OrderIntent Intent { get; set; }

    /// <summary>The exit rule of a sell, else null.</summary>
    [Id(1)]
    public ExitReason? Reason { get; set; }

    [Id(2)]
    public ExitWindow? Window { get; set; }

    [Id(3)]
    public decimal? Return { get; set; }

    /// <summary>When the position decided it.</summary>
    [Id(4)]
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The order grain answered at least once (placement known).</summary>
    [Id(5)]
    public bool Answered { get; set; }

    [Id(6)]
    public OrderState State { get; set; } = OrderState.Intent;

    [Id(7)]
    public long FilledQuantity { get; set; }

    /// <summary>A limit exit converted to market (the order grain modified it in place).</summary>
    [Id(8)]
    public bool Converted { get; set; }

    /// <summary>The order view's last change (older views are not applied over newer ones).</summary>
    [Id(9)]
    public DateTimeOffset ViewUpdatedAt { get; set; }

    public string Id => Intent.ClientOrderId;

    public bool IsBuy => Intent.Side == Trading.Money.OrderSide.Buy;

    /// <summary>Nothing more can happen to it.</summary>
    public bool Finished => State is OrderState.Filled or OrderState.Rejected or OrderState.Cancelled or OrderState.Expired or OrderState.Ambiguous;

    /// <summary>Unfilled shares still working (0 once finished).</summary>
    public long Remaining => Finished ? 0 : Math.Max(0, Intent.Quantity - FilledQuantity);

    /// <summary>As the pure exit rules see a working sell.</summary>
    public OpenExitOrder ToOpenExitOrder() => new(
        Id,
        Reason ?? ExitReason.Manual,
        Converted || Intent.Kind == OrderKind.Market ? ExitOrderType.Market : ExitOrderType.Limit,
        Converted ? null : Intent.LimitPrice,
        Intent.Quantity,
        Finished ? Intent.Quantity : FilledQuantity,
        DecidedAt);
}
