using System.Collections.Immutable;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Grains.Screening;

/// <summary>A finished screen: what it was given, what it decided, and what each stage cost.</summary>
/// <param name="Request">The inputs handed to <c>Screener.Screen</c> (every quoted listing).</param>
/// <param name="Result">The screen's decisions.</param>
/// <param name="Stages">Cost of each stage, in order (stages restored from a checkpoint keep their original cost).</param>
/// <param name="PrunedBeforeQuotes">Listings dropped before any quote, by reason (primary base-filter reason or "history").</param>
/// <param name="ResumedStages">Stages taken from the checkpoint instead of the broker.</param>
/// <param name="PrunedListings">The listings dropped before their quote for a base filter, by code, with every reason.</param>
public sealed record FunnelRun(
    ScreeningRequest Request,
    ScreeningResult Result,
    ImmutableArray<StageStats> Stages,
    ImmutableDictionary<string, int> PrunedBeforeQuotes,
    int ResumedStages,
    ImmutableArray<Exclusion> PrunedListings)
{
    /// <summary>Broker calls of all stages.</summary>
    public int BrokerCalls => Stages.Sum(s => s.Calls);

    /// <summary>Broker calls spent at or after the close (quotes and details): the 15:30 critical path.</summary>
    public int CriticalPathCalls => Stages.Where(s => s.Stage >= FunnelStage.Quotes).Sum(s => s.Calls);
}
