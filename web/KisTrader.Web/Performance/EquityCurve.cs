using KisTrader.Grains.Storage;

namespace KisTrader.Web.Performance;

/// <summary>The equity curve: cumulative net P&amp;L after each closed trade, in the order they closed.</summary>
public sealed record EquityCurve(DateOnly From, DateOnly To, decimal Total, IReadOnlyList<EquityPoint> Points)
{
    /// <summary>The curve of <paramref name="trades"/>.</summary>
    public static EquityCurve Of(DateOnly from, DateOnly to, IEnumerable<TradeResultRecord> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var points = new List<EquityPoint>();
        var total = 0m;
        foreach (var t in trades.OrderBy(t => t.ClosedAt).ThenBy(t => t.PositionKey, StringComparer.Ordinal))
        {
            total += t.NetPnL;
            points.Add(new EquityPoint(t.ClosedAt, t.PositionKey, t.Symbol, t.NetPnL, t.NetReturn, total));
        }

        return new EquityCurve(from, to, total, points);
    }
}

/// <summary>One closed trade on the curve.</summary>
public sealed record EquityPoint(DateTimeOffset At, string PositionKey, string Symbol, decimal NetPnL, decimal NetReturn, decimal Cumulative);
