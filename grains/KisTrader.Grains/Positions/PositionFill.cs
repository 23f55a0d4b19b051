using KisTrader.Trading.Money;

namespace KisTrader.Grains.Positions;

/// <summary>A fill applied to a position (once, by its order and <see cref="FillKey"/>: a key is unique per order only).</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.PositionFill")]
internal sealed record PositionFill(
    [property: Id(0)] string ClientOrderId,
    [property: Id(1)] string FillKey,
    [property: Id(2)] OrderSide Side,
    [property: Id(3)] long Quantity,
    [property: Id(4)] decimal Price,
    [property: Id(5)] DateTimeOffset At);
