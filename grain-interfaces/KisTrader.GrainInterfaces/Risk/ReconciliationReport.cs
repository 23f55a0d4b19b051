using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>What a reconciliation found (<see cref="IReconciliationGrain"/>), applied by the risk grain.</summary>
/// <param name="AccountKey">The account's grain key.</param>
/// <param name="Trigger">"activation", "schedule" or a person's name.</param>
/// <param name="At">When the broker's answers arrived.</param>
/// <param name="Differences">Each unexplained difference spelled out; empty when clean.</param>
/// <param name="BrokerHoldings">Holdings the broker listed with a quantity.</param>
/// <param name="BrokerOpenOrders">Open orders the broker listed.</param>
/// <param name="Positions">Open positions the cluster tracks.</param>
/// <param name="WorkingOrders">Unfinished orders of those positions.</param>
/// <param name="Error">The exception's type name when it could not run (fail-closed: counts as a difference), else null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ReconciliationReport")]
public sealed record ReconciliationReport(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] string Trigger,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ImmutableArray<string> Differences,
    [property: Id(4)] int BrokerHoldings,
    [property: Id(5)] int BrokerOpenOrders,
    [property: Id(6)] int Positions,
    [property: Id(7)] int WorkingOrders,
    [property: Id(8)] string? Error)
{
    /// <summary>True when it ran and every figure agreed.</summary>
    public bool Clean => Error is null && Differences.IsEmpty;
}
