namespace KisTrader.Trading.Statistics;

/// <summary>
/// The equity curve the drawdown is measured on: cumulative net P&amp;L that steps at every trade close, in time order
/// (<see cref="ClosedTrade.ClosedAt"/>, the last sell fill), starting at 0 before the period's first close. Trades that
/// close at the same instant make one step (their sum: the equity at that instant), so no order among them is invented.
/// A day with a +100,000 close at 10:00 and two −60,000 closes at 11:00 and 14:00 therefore has a drawdown of 120,000
/// (from the 10:00 peak), where a curve sampled once per day would see only the day's −20,000.
/// </summary>
internal static class EquityPath
{
    /// <summary>One step of the curve: the P&amp;L closed at an instant, and the same as a return on each trade's session budget.</summary>
    public readonly record struct Step(DateTimeOffset At, decimal PnL, decimal Return);

    /// <summary>The steps of the trades, ascending by close time; the returns divide by the trade's session budget.</summary>
    public static Step[] Of(IReadOnlyList<SessionFacts> sessions, IReadOnlyList<ClosedTrade> trades)
    {
        var budgets = sessions.ToDictionary(s => s.SessionDate, s => s.Budget);
        return
        [
            .. trades.GroupBy(t => t.ClosedAt)
                .OrderBy(g => g.Key)
                .Select(g => new Step(g.Key, g.Sum(t => t.NetPnL), g.Sum(t => t.NetPnL / budgets[t.SessionDate]))),
        ];
    }
}
