namespace KisTrader.GrainInterfaces;

/// <summary>
/// The after-hours board's decision to buy one symbol (strategy.md §6), handed to its <see cref="IPositionGrain"/>,
/// which places the one buy of the position (client id <see cref="GrainKeys.PositionOrder"/> with 'B', 1).
/// </summary>
/// <param name="EntryDate">The Day-1 session's KST date.</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="AccountKey">The account's grain key.</param>
/// <param name="Quantity">Shares to buy; positive.</param>
/// <param name="LimitPrice">The after-hours single-price limit (ORD_DVSN 07) on the tick grid.</param>
/// <param name="Close">The day's close the threshold is measured from.</param>
/// <param name="ObservedPrice">The after-hours price that triggered the buy.</param>
/// <param name="Checkpoint">The KST checkpoint that decided it (e.g. 16:30).</param>
/// <param name="Rank">The candidate's rank in the screen (1 = best).</param>
/// <param name="Score">The candidate's total score.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PositionEntry")]
public sealed record PositionEntry(
    [property: Id(0)] DateOnly EntryDate,
    [property: Id(1)] string Symbol,
    [property: Id(2)] string AccountKey,
    [property: Id(3)] long Quantity,
    [property: Id(4)] decimal LimitPrice,
    [property: Id(5)] decimal Close,
    [property: Id(6)] decimal ObservedPrice,
    [property: Id(7)] TimeOnly Checkpoint,
    [property: Id(8)] int Rank,
    [property: Id(9)] decimal Score);
