using System.Collections.Immutable;
using KisTrader.Trading.Screening;

namespace KisTrader.Grains.Screening;

/// <summary>A finished screen: what it was given, what it decided, and what each stage cost.</summary>
/// <param name="Request">The inputs handed to <c>Screener.Screen</c> (every quoted listing).</param>
/// <param name="Result">The screen's decisions.</param>
/// <param name="Stages">Cost of each stage, in order (stages restored from a checkpoint keep their original cost).</param>
/// <param name="PrunedBeforeQuotes">Listings dropped before any quote, by reason (master flags, prior-day bounds, history).</param>
/// <param name="ResumedStages">Stages taken from the checkpoint instead of the broker.</param>
public sealed record FunnelRun(
    ScreeningRequest Request,
    ScreeningResult Result,
    ImmutableArray<StageStats> Stages,
    ImmutableDictionary<string, int> PrunedBeforeQuotes,
    int ResumedStages)
{
    /// <summary>Broker calls of all stages.</summary>
    public int BrokerCalls => Stages.Sum(s => s.Calls);

    /// <summary>Broker calls spent at or after the close (quotes and details): the 15:30 critical path.</summary>
    public int CriticalPathCalls => Stages.Where(s => s.Stage >= FunnelStage.Quotes).Sum(s => s.Calls);
}
