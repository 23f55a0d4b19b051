using System.Collections.Immutable;

namespace KisTrader.Trading.Exits;

/// <summary>
/// A held position as the exit rules see it. Quantity and average price follow the fills, never the orders
/// (strategy.md §7), so a partially filled buy or exit is reflected here by the caller.
/// </summary>
/// <param name="Code">The KRX symbol code.</param>
/// <param name="Quantity">Shares held now.</param>
/// <param name="AveragePrice">Average buy price of the held shares (may be fractional after several fills).</param>
/// <param name="PartialTaken">True once the partial take-profit order has been placed (not filled): the partial happens once.</param>
/// <param name="OpenExitOrders">Exit orders still working; their unfilled rest is not sold again.</param>
public sealed record PositionSnapshot(
    string Code,
    long Quantity,
    decimal AveragePrice,
    bool PartialTaken = false,
    ImmutableArray<OpenExitOrder> OpenExitOrders = default)
{
    /// <summary>Shares already covered by working exit orders.</summary>
    public long OpenExitQuantity => OpenExitOrders.IsDefaultOrEmpty ? 0 : OpenExitOrders.Sum(o => o.RemainingQuantity);

    /// <summary>Shares not yet covered by any working exit order: the most a new exit order may sell.</summary>
    public long FreeQuantity => Math.Max(0, Quantity - OpenExitQuantity);
}
