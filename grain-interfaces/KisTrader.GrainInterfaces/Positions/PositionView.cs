using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A position as its grain knows it (quantity and average follow fills, never orders).</summary>
/// <param name="Key">The position key (<see cref="GrainKeys.Position"/>).</param>
/// <param name="Entry">The entry decision, or null before it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Quantity">Shares held now.</param>
/// <param name="AveragePrice">Average buy price of the held shares (0 when none).</param>
/// <param name="LastPrice">The latest price seen, or null.</param>
/// <param name="UnrealizedPnL">Live P&amp;L of the held shares net of the sell commission and tax they would pay, or 0.</param>
/// <param name="RealizedPnL">Net P&amp;L of what was sold (commission and tax included).</param>
/// <param name="OrderIds">Client order ids of the position's orders, oldest first.</param>
/// <param name="UpdatedAt">When it last changed.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PositionView")]
public sealed record PositionView(
    [property: Id(0)] string Key,
    [property: Id(1)] PositionEntry? Entry,
    [property: Id(2)] PositionStatus Status,
    [property: Id(3)] long Quantity,
    [property: Id(4)] decimal AveragePrice,
    [property: Id(5)] decimal? LastPrice,
    [property: Id(6)] decimal UnrealizedPnL,
    [property: Id(7)] decimal RealizedPnL,
    [property: Id(8)] ImmutableArray<string> OrderIds,
    [property: Id(9)] DateTimeOffset UpdatedAt);
