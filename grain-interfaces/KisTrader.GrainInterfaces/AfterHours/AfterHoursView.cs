using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>One session's after-hours board as its grain knows it.</summary>
/// <param name="TradingDate">The Day-1 session date.</param>
/// <param name="Started">True once started from the session's screen.</param>
/// <param name="Ended">True once the session's end (18:00 on a normal day) passed: unfilled buys lapse.</param>
/// <param name="Budget">The session budget the buys share (the screen's spendable amount).</param>
/// <param name="Committed">KRW committed by buys so far (order price × quantity).</param>
/// <param name="Threshold">The threshold the next checkpoint uses (fraction of the close: 0.02 = +2%).</param>
/// <param name="LastCheckpoint">The last evaluated checkpoint (base KST time), or null.</param>
/// <param name="Research">"NotRequested", "Requested" or "Completed".</param>
/// <param name="Symbols">Every symbol ever on the watch list, in the order added.</param>
/// <param name="Checkpoints">Every evaluated checkpoint, oldest first.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursView")]
public sealed record AfterHoursView(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] bool Started,
    [property: Id(2)] bool Ended,
    [property: Id(3)] decimal Budget,
    [property: Id(4)] decimal Committed,
    [property: Id(5)] decimal Threshold,
    [property: Id(6)] TimeOnly? LastCheckpoint,
    [property: Id(7)] string Research,
    [property: Id(8)] ImmutableArray<AfterHoursSymbolView> Symbols,
    [property: Id(9)] ImmutableArray<AfterHoursCheckpointView> Checkpoints);
