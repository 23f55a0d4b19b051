using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.AfterHours;

/// <summary>
/// The persisted state of <see cref="AfterHoursGrain"/>: the planner's state (as records the grain storage can hold),
/// every evaluated checkpoint, and which buys reached their position grain. Written before any buy is handed over, so
/// a restart never decides a checkpoint twice and hands each buy over until its position accepted it.
/// </summary>
[GenerateSerializer, Alias("KisTrader.AfterHours.AfterHoursGrainState")]
internal sealed class AfterHoursGrainState
{
    [Id(0)] public bool Started { get; set; }

    [Id(1)] public bool Ended { get; set; }

    [Id(2)] public Guid RunId { get; set; }

    [Id(3)] public decimal Budget { get; set; }

    [Id(4)] public decimal Threshold { get; set; }

    [Id(5)] public decimal Committed { get; set; }

    [Id(6)] public TimeOnly? LastCheckpoint { get; set; }

    /// <summary>The planner's ResearchStatus name.</summary>
    [Id(7)] public string Research { get; set; } = "NotRequested";

    [Id(8)] public List<WatchedSymbolRecord> Symbols { get; set; } = [];

    [Id(9)] public List<AfterHoursCheckpointView> Checkpoints { get; set; } = [];

    /// <summary>The account's grain key (<see cref="GrainKeys.Account"/>).</summary>
    [Id(10)] public string AccountKey { get; set; } = string.Empty;
}
