namespace KisTrader.Grains.Storage;

/// <summary><see cref="IRiskAlertJournal"/> in process memory (simulator mode without a database). Thread-safe.</summary>
public sealed class InMemoryRiskAlertJournal : IRiskAlertJournal
{
    private readonly Lock _gate = new();
    private readonly List<RiskAlert> _alerts = [];

    /// <inheritdoc />
    public Task RaiseAsync(RiskAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            _alerts.Add(alert);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RiskAlert>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RiskAlert> list = [.. _alerts.Where(a => a.RaisedAt >= since).OrderBy(a => a.RaisedAt)];
            return Task.FromResult(list);
        }
    }
}
