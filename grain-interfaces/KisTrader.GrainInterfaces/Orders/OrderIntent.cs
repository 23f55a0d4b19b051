using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// What an order is meant to do, persisted before the POST (architecture.md §2). The same intent placed again under the
/// same client id is the same order (idempotent); a different intent under an id already used is refused.
/// </summary>
/// <param name="ClientOrderId">Our id (<see cref="GrainKeys.Order"/>; for a position's orders <see cref="GrainKeys.PositionOrder"/>).</param>
/// <param name="TradingDate">The KST date of the session the order is sent in.</param>
/// <param name="AccountKey">The account's grain key (<see cref="GrainKeys.Account"/>).</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Kind">Limit, market or after-hours single price.</param>
/// <param name="Quantity">Shares; positive.</param>
/// <param name="LimitPrice">The limit price (on the tick grid) for limit and after-hours orders; null for market.</param>
/// <param name="Purpose">Entry, exit or manual.</param>
/// <param name="OwnerKey">The <see cref="IPositionGrain"/> key told about every change of this order, or null.</param>
/// <param name="Reason">Machine-readable reason (e.g. the exit rule's name or the checkpoint "16:30"), never a sentence.</param>
/// <param name="RequestedBy">Who asked: "strategy", or the API key's name for a manual order.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderIntent")]
public sealed record OrderIntent(
    [property: Id(0)] string ClientOrderId,
    [property: Id(1)] DateOnly TradingDate,
    [property: Id(2)] string AccountKey,
    [property: Id(3)] string Symbol,
    [property: Id(4)] OrderSide Side,
    [property: Id(5)] OrderKind Kind,
    [property: Id(6)] long Quantity,
    [property: Id(7)] decimal? LimitPrice,
    [property: Id(8)] OrderPurpose Purpose,
    [property: Id(9)] string? OwnerKey,
    [property: Id(10)] string Reason,
    [property: Id(11)] string RequestedBy);
