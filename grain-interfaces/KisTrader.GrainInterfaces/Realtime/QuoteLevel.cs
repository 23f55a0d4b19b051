namespace KisTrader.GrainInterfaces;

/// <summary>One order-book level: price (won) and resting quantity (shares).</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.QuoteLevel")]
public sealed record QuoteLevel([property: Id(0)] decimal Price, [property: Id(1)] long Quantity);
