namespace KisTrader.Grains.Storage;

/// <summary>The journal's closed trades: written once per position when it is flat, read by the statistics.</summary>
public interface ITradeJournal
{
    /// <summary>Records a closed trade. Idempotent on <see cref="TradeResultRecord.PositionKey"/>: the same record again is a no-op.</summary>
    /// <exception cref="InvalidOperationException">A different record with this position key is already recorded.</exception>
    Task RecordTradeAsync(TradeResultRecord trade, CancellationToken cancellationToken = default);

    /// <summary>The trades whose entry date is within [<paramref name="from"/>, <paramref name="to"/>], oldest first.</summary>
    Task<IReadOnlyList<TradeResultRecord>> ReadTradesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
