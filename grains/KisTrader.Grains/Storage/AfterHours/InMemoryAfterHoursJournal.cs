using System.Collections.Concurrent;

namespace KisTrader.Grains.Storage.AfterHours;

/// <summary><see cref="IAfterHoursJournal"/> in memory (tests, runs without PostgreSQL).</summary>
public sealed class InMemoryAfterHoursJournal : IAfterHoursJournal
{
    private readonly ConcurrentDictionary<(DateOnly, TimeOnly), AfterHoursCheckpointRecord> _checkpoints = new();
    private readonly ConcurrentDictionary<(DateOnly, string), WatchListRecord> _watch = new();

    public Task RecordCheckpointAsync(AfterHoursCheckpointRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        _checkpoints.TryAdd((record.TradingDate, record.Checkpoint), record);
        return Task.CompletedTask;
    }

    public Task UpsertWatchListAsync(IReadOnlyList<WatchListRecord> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            _watch[(row.TradingDate, row.Code)] = row;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AfterHoursCheckpointRecord>> ReadCheckpointsAsync(DateOnly tradingDate, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AfterHoursCheckpointRecord>>([.. _checkpoints.Values.Where(c => c.TradingDate == tradingDate).OrderBy(c => c.Checkpoint)]);

    public Task<IReadOnlyList<WatchListRecord>> ReadWatchListAsync(DateOnly tradingDate, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WatchListRecord>>([.. _watch.Values.Where(w => w.TradingDate == tradingDate).OrderBy(w => w.Code, StringComparer.Ordinal)]);
}
