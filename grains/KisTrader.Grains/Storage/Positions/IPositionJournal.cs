namespace KisTrader.Grains.Storage.Positions;

/// <summary>
/// The journal's positions (current state, <c>journal.positions</c>) and exit decisions (history, <c>journal.exits</c>),
/// written by the position grain. Both writes are idempotent, so a grain that retries after a failure never doubles a row.
/// </summary>
public interface IPositionJournal
{
    /// <summary>Inserts or replaces the current state of a position (one row per position key).</summary>
    Task SavePositionAsync(PositionRecord position, CancellationToken cancellationToken = default);

    /// <summary>Appends an exit decision; the same <see cref="ExitRecord.ClientOrderId"/> again is a no-op.</summary>
    Task RecordExitAsync(ExitRecord exit, CancellationToken cancellationToken = default);

    /// <summary>The positions entered on <paramref name="entryDate"/>, by symbol.</summary>
    Task<IReadOnlyList<PositionRecord>> ReadPositionsAsync(DateOnly entryDate, CancellationToken cancellationToken = default);

    /// <summary>The exit decisions of a position, oldest first.</summary>
    Task<IReadOnlyList<ExitRecord>> ReadExitsAsync(string positionKey, CancellationToken cancellationToken = default);
}
