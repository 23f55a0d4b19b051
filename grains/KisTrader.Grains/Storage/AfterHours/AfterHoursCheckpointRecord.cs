using System.Collections.Immutable;

namespace KisTrader.Grains.Storage.AfterHours;

/// <summary>One evaluated checkpoint (journal.after_hours_checkpoints) with its observations.</summary>
/// <param name="TradingDate">The Day-1 session date.</param>
/// <param name="Checkpoint">Base KST time.</param>
/// <param name="EvaluatedAt">When it was evaluated.</param>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="NextThreshold">The next checkpoint's threshold.</param>
/// <param name="Buys">How many buys it decided.</param>
/// <param name="Note">Why the threshold changed or did not; the orderable cash.</param>
/// <param name="Observations">One row per active symbol.</param>
public sealed record AfterHoursCheckpointRecord(
    DateOnly TradingDate,
    TimeOnly Checkpoint,
    DateTimeOffset EvaluatedAt,
    decimal Threshold,
    decimal NextThreshold,
    int Buys,
    string Note,
    ImmutableArray<AfterHoursObservationRecord> Observations);
