using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Storage;

/// <summary><see cref="IDailyStatisticsStore"/> in process memory (simulator mode without a database). Thread-safe.</summary>
public sealed class InMemoryDailyStatisticsStore : IDailyStatisticsStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(PeriodKind, DateOnly), DailyStatisticsRow> _rows = [];

    /// <inheritdoc />
    public Task ReplaceAsync(IReadOnlyList<DailyStatisticsRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var row in rows)
            {
                if (row.Kind == PeriodKind.Overall)
                {
                    foreach (var key in _rows.Keys.Where(k => k.Item1 == PeriodKind.Overall).ToArray())
                    {
                        _rows.Remove(key);
                    }
                }

                _rows[(row.Kind, row.PeriodStart)] = row with { ComputedAt = DailyStatisticsRows.Instant(row.ComputedAt) };
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DailyStatisticsRow>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<DailyStatisticsRow> rows =
            [
                .. _rows.Values.Where(r => r.PeriodStart >= from && r.PeriodStart <= to)
                    .OrderBy(r => DailyStatisticsRows.KindName(r.Kind), StringComparer.Ordinal).ThenBy(r => r.PeriodStart),
            ];
            return Task.FromResult(rows);
        }
    }
}
