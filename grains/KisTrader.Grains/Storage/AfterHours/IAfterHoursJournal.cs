namespace KisTrader.Grains.Storage.AfterHours;

/// <summary>
/// The after-hours board's journal: checkpoints with their observations (append-only; recording the same checkpoint
/// again keeps the first) and the session's watch list (current state).
/// </summary>
public interface IAfterHoursJournal
{
    /// <summary>Records a checkpoint and its observations once (a replay after a crash changes nothing).</summary>
    Task RecordCheckpointAsync(AfterHoursCheckpointRecord record, CancellationToken cancellationToken = default);

    /// <summary>Inserts or updates watch-list rows (status, allocation, updated time).</summary>
    Task UpsertWatchListAsync(IReadOnlyList<WatchListRecord> rows, CancellationToken cancellationToken = default);

    /// <summary>The day's checkpoints, oldest first.</summary>
    Task<IReadOnlyList<AfterHoursCheckpointRecord>> ReadCheckpointsAsync(DateOnly tradingDate, CancellationToken cancellationToken = default);

    /// <summary>The day's watch list, by code.</summary>
    Task<IReadOnlyList<WatchListRecord>> ReadWatchListAsync(DateOnly tradingDate, CancellationToken cancellationToken = default);
}
