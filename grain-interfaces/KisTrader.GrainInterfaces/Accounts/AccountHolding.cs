namespace KisTrader.GrainInterfaces;

/// <summary>One holding of an <see cref="AccountSnapshot"/>.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.AccountHolding")]
public sealed record AccountHolding(
    [property: Id(0)] string Symbol,
    [property: Id(1)] string Name,
    [property: Id(2)] long Quantity,
    [property: Id(3)] long OrderableQuantity,
    [property: Id(4)] decimal AveragePrice,
    [property: Id(5)] decimal CurrentPrice,
    [property: Id(6)] decimal EvaluationAmount,
    [property: Id(7)] decimal ProfitLoss);
