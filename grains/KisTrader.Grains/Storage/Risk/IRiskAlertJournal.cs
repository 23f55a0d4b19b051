namespace KisTrader.Grains.Storage;

/// <summary>Writes the risk alerts to <c>journal.alerts</c> (append-only); reads them back for the tests and the front ends.</summary>
public interface IRiskAlertJournal
{
    /// <summary>Appends one alert.</summary>
    Task RaiseAsync(RiskAlert alert, CancellationToken cancellationToken = default);

    /// <summary>The alerts raised at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<RiskAlert>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
