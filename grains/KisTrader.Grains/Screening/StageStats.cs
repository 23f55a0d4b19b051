namespace KisTrader.Grains.Screening;

/// <summary>What one funnel stage cost and kept.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Entered">Listings the stage worked on.</param>
/// <param name="Survivors">Listings it passed on to the next stage.</param>
/// <param name="Calls">Broker calls it spent (the master files are not broker calls).</param>
/// <param name="Elapsed">How long it took.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.StageStats")]
public sealed record StageStats(
    [property: Id(0)] FunnelStage Stage,
    [property: Id(1)] int Entered,
    [property: Id(2)] int Survivors,
    [property: Id(3)] int Calls,
    [property: Id(4)] TimeSpan Elapsed);
