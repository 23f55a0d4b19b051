namespace KisTrader.Trading.Statistics;

/// <summary>Win rate and returns of a group of closed trades (one checkpoint, one score decile, one exit rule).</summary>
/// <param name="Trades">Trades in the group.</param>
/// <param name="Wins">Trades with net P&amp;L &gt; 0.</param>
/// <param name="Losses">Trades with net P&amp;L &lt; 0 (break-even trades are neither).</param>
/// <param name="WinRate">Wins ÷ trades; null for an empty group.</param>
/// <param name="AverageNetReturn">Mean net return per trade (unweighted); null for an empty group.</param>
/// <param name="TotalNetPnL">Σ net P&amp;L (KRW).</param>
public sealed record TradeGroupStats(int Trades, int Wins, int Losses, decimal? WinRate, decimal? AverageNetReturn, decimal TotalNetPnL)
{
    /// <summary>The figures of the given trades.</summary>
    public static TradeGroupStats Of(IReadOnlyCollection<ClosedTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var count = trades.Count;
        var wins = trades.Count(t => t.IsWin);
        return new TradeGroupStats(
            count,
            wins,
            trades.Count(t => t.IsLoss),
            count == 0 ? null : (decimal)wins / count,
            count == 0 ? null : trades.Sum(t => t.NetReturn) / count,
            trades.Sum(t => t.NetPnL));
    }
}
