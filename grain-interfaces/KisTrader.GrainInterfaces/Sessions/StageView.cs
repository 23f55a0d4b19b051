namespace KisTrader.GrainInterfaces;

/// <summary>One funnel stage: listings in and out, broker calls and time.</summary>
/// <param name="Number">1-based stage number.</param>
/// <param name="Name">"universe", "history", "quotes" or "details".</param>
/// <param name="Entered">Listings the stage worked on.</param>
/// <param name="Survivors">Listings it passed on.</param>
/// <param name="Calls">Broker calls it spent.</param>
/// <param name="Elapsed">Time it took.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.StageView")]
public sealed record StageView(
    [property: Id(0)] int Number,
    [property: Id(1)] string Name,
    [property: Id(2)] int Entered,
    [property: Id(3)] int Survivors,
    [property: Id(4)] int Calls,
    [property: Id(5)] TimeSpan Elapsed);
