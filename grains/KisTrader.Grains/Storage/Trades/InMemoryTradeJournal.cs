namespace KisTrader.Grains.Storage;

/// <summary>
/// <see cref="ITradeJournal"/> in process memory (simulator mode without a database). Thread-safe. Same semantics as
/// <see cref="PostgresTradeJournal"/>: the record is checked (<see cref="TradeResultValidation"/>) and kept with its
/// instants as UTC microseconds.
/// </summary>
public sealed class InMemoryTradeJournal : ITradeJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TradeResultRecord> _trades = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task RecordTradeAsync(TradeResultRecord trade, CancellationToken cancellationToken = default)
    {
        TradeResultValidation.ThrowIfInvalid(trade);
        cancellationToken.ThrowIfCancellationRequested();
        trade = TradeResultValidation.Normalise(trade);
        lock (_gate)
        {
            if (_trades.TryGetValue(trade.PositionKey, out var existing))
            {
                return TradeRecords.SameTrade(existing, trade)
                    ? Task.CompletedTask
                    : throw new InvalidOperationException($"position {trade.PositionKey}: a different trade result is already recorded");
            }

            _trades.Add(trade.PositionKey, trade);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TradeResultRecord>> ReadTradesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<TradeResultRecord> list = [.. _trades.Values
                .Where(t => t.EntryDate >= from && t.EntryDate <= to)
                .OrderBy(t => t.EntryDate).ThenBy(t => t.OpenedAt).ThenBy(t => t.PositionKey, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }
}
