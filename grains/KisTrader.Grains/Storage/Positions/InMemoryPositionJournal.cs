namespace KisTrader.Grains.Storage.Positions;

/// <summary><see cref="IPositionJournal"/> in process memory (simulator mode without a database, tests). Thread-safe.</summary>
public sealed class InMemoryPositionJournal : IPositionJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PositionRecord> _positions = new(StringComparer.Ordinal);
    private readonly List<ExitRecord> _exits = [];

    /// <inheritdoc />
    public Task SavePositionAsync(PositionRecord position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _positions[position.PositionKey] = position;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordExitAsync(ExitRecord exit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_exits.Exists(e => string.Equals(e.ClientOrderId, exit.ClientOrderId, StringComparison.Ordinal)))
            {
                _exits.Add(exit);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PositionRecord>> ReadPositionsAsync(DateOnly entryDate, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<PositionRecord> list = [.. _positions.Values.Where(p => p.EntryDate == entryDate).OrderBy(p => p.Symbol, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExitRecord>> ReadExitsAsync(string positionKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<ExitRecord> list = [.. _exits.Where(e => string.Equals(e.PositionKey, positionKey, StringComparison.Ordinal))];
            return Task.FromResult(list);
        }
    }
}
