namespace KisTrader.Grains.Storage;

/// <summary>Where the computed statistics go: <c>journal.daily_statistics</c> (or memory in simulator mode).</summary>
public interface IDailyStatisticsStore
{
    /// <summary>
    /// Writes the rows in one transaction, each replacing the row of the same kind and start; an Overall row also
    /// replaces any Overall row with another start (there is one).
    /// </summary>
    Task ReplaceAsync(IReadOnlyList<DailyStatisticsRow> rows, CancellationToken cancellationToken = default);

    /// <summary>The rows whose period starts within [<paramref name="from"/>, <paramref name="to"/>], by kind then start.</summary>
    Task<IReadOnlyList<DailyStatisticsRow>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
