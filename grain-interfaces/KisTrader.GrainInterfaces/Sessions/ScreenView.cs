using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A finished screen as the front end shows it.</summary>
/// <param name="TradingDate">The session date.</param>
/// <param name="RunId">The journal's run id.</param>
/// <param name="FinalLevel">The kept level.</param>
/// <param name="Attempts">The adjustment trail.</param>
/// <param name="Candidates">Ranked candidates (at most 19).</param>
/// <param name="Selected">Codes selected for buying, in rank order.</param>
/// <param name="Backups">Backup codes, in rank order.</param>
/// <param name="Allocations">Won allocated per selected code.</param>
/// <param name="Unallocated">Budget left over (whole-won rounding, cash cap).</param>
/// <param name="ExclusionsByReason">Listings dropped by a base filter or a funnel bound, counted by reason.</param>
/// <param name="Stages">Cost of each funnel stage.</param>
/// <param name="BrokerCalls">Broker calls of all stages.</param>
/// <param name="Duration">From the screen's start to the ranked list.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreenView")]
public sealed record ScreenView(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] Guid RunId,
    [property: Id(2)] string FinalLevel,
    [property: Id(3)] ImmutableArray<ScreenAttemptView> Attempts,
    [property: Id(4)] ImmutableArray<ScreenCandidateView> Candidates,
    [property: Id(5)] ImmutableArray<string> Selected,
    [property: Id(6)] ImmutableArray<string> Backups,
    [property: Id(7)] ImmutableDictionary<string, decimal> Allocations,
    [property: Id(8)] decimal Unallocated,
    [property: Id(9)] ImmutableDictionary<string, int> ExclusionsByReason,
    [property: Id(10)] ImmutableArray<StageView> Stages,
    [property: Id(11)] int BrokerCalls,
    [property: Id(12)] TimeSpan Duration);
