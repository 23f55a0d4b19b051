using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// A reconciliation of the broker's holdings and open orders with the cluster's positions and working orders finished
/// (category <see cref="TradingEventCategory.Reconciliation"/>, subject the account key).
/// </summary>
/// <param name="AccountKey">The account's grain key.</param>
/// <param name="Trigger">What started it: "activation", "schedule" or a person's name.</param>
/// <param name="Clean">True when every figure agreed.</param>
/// <param name="Differences">Each unexplained difference spelled out ("005930 holding: ours 0, broker's 10"), or the failure.</param>
/// <param name="EntriesHalted">Whether new entries are halted by reconciliation after it (a clean run does not lift an earlier halt).</param>
/// <param name="BrokerHoldings">Holdings the broker listed with a quantity.</param>
/// <param name="BrokerOpenOrders">Open orders the broker listed.</param>
/// <param name="Positions">Open positions the cluster tracks.</param>
/// <param name="WorkingOrders">Unfinished orders of those positions.</param>
/// <param name="Error">When it could not run: the exception's type name (the run then counts as a difference), else null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ReconciliationFinished")]
public sealed record ReconciliationFinished(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] string Trigger,
    [property: Id(2)] bool Clean,
    [property: Id(3)] ImmutableArray<string> Differences,
    [property: Id(4)] bool EntriesHalted,
    [property: Id(5)] int BrokerHoldings,
    [property: Id(6)] int BrokerOpenOrders,
    [property: Id(7)] int Positions,
    [property: Id(8)] int WorkingOrders,
    [property: Id(9)] string? Error) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Reconciliation;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => AccountKey;
}
