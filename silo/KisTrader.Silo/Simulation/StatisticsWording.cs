using System.Globalization;
using KisTrader.Trading.Statistics;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The console wording of a period's strategy.md §9 figures (a <see cref="PerformanceSummary"/>): results, risk, the
/// exit mix, the return attribution, and the figures by entry checkpoint, score decile and exit rule, then the screen's
/// effectiveness. Ratios print as percentages (signed ones with 2 decimals, rates with 1); money in won; a figure with
/// nothing to divide by prints "n/a" with the reason.
/// </summary>
public static class StatisticsWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The lines of one period, each starting with three spaces, after a title line.</summary>
    public static IReadOnlyList<string> Lines(string title, PerformanceSummary s, PerformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        var b = s.Breakdown;
        return
        [
            title,
            string.Create(Inv, $"   {Plural(s.Sessions, "session")}, {Plural(s.Trades, "trade")} ({s.Wins} won, {s.Losses} lost), win rate {Rate(s.WinRate)}; net P&L {Won(s.TotalNetPnL)}, {Signed(s.CumulativeReturn)} of the budget; average net return {Signed(s.AverageNetReturn)}, median {Signed(s.MedianNetReturn)}"),
            string.Create(Inv, $"   profit factor {Factor(s.ProfitFactor)} (gross profit {Won(s.GrossProfit)}, gross loss {s.GrossLoss:#,0} won); max drawdown {s.MaxDrawdown:#,0} won ({Rate(s.MaxDrawdownRate, "0.00")}, trade by trade); Sharpe {Sharpe(s, options)}"),
            "   exit mix: " + ExitMix(s),
            "   attribution: " + AttributionWording.Word(b.Attribution),
            "   by checkpoint: " + ByCheckpoint(s),
            "   by score decile: " + ByDecile(b, options),
            "   by exit rule: " + (b.ByExitRule.IsDefaultOrEmpty ? "no trade" : string.Join("; ", b.ByExitRule.Select(r => $"{r.Label} {Group(r.Stats)}"))),
            "   screen: " + Screen(s),
        ];
    }

    internal static string Group(TradeGroupStats g) =>
        string.Create(Inv, $"{Plural(g.Trades, "trade")}, win rate {Rate(g.WinRate)}, average {Signed(g.AverageNetReturn)}, net {Won(g.TotalNetPnL)}");

    internal static string Won(decimal amount) => amount.ToString("+#,0;-#,0;0", Inv) + " won";

    internal static string Signed(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("+0.00;-0.00;0.00", Inv) + "%" : "n/a";

    internal static string Rate(decimal? fraction, string format = "0.0") => fraction is { } f ? (f * 100m).ToString(format, Inv) + "%" : "n/a";

    private static string Plural(int n, string what) => string.Create(Inv, $"{n} {what}{(n == 1 ? "" : "s")}");

    private static string Factor(decimal? factor) => factor is { } f ? f.ToString("0.00", Inv) : "n/a (no loss)";

    private static string Sharpe(PerformanceSummary s, PerformanceOptions o)
    {
        var how = string.Create(Inv, $"(daily net returns, ×√{o.TradingDaysPerYear}, risk-free {Rate(o.AnnualRiskFreeRate, "0.##")})");
        // Printed with the decimals it was rounded to (SharpeDecimals): rounding it again would round twice.
        return s.SharpeRatio is { } v ? $"{v.ToString("F" + o.SharpeDecimals.ToString(Inv), Inv)} {how}"
            : s.Sessions < 2 ? $"n/a {how}: fewer than 2 sessions"
            : $"n/a {how}: every daily return is the same";
    }

    private static string ExitMix(PerformanceSummary s)
    {
        var used = s.ExitReasons.Where(e => e.Quantity > 0).ToArray();
        return used.Length == 0
            ? "nothing sold"
            : string.Join(", ", used.Select(e => string.Create(Inv, $"{e.Reason} {Plural(e.Trades, "trade")}, {e.Quantity:#,0} shares ({Rate(e.QuantityShare)})")));
    }

    private static string ByCheckpoint(PerformanceSummary s)
    {
        var times = s.Checkpoints.Select(c => (TimeOnly?)c.Checkpoint).Union(s.Breakdown.ByCheckpoint.Select(c => c.Checkpoint)).OrderBy(t => t is null).ThenBy(t => t).ToArray();
        if (times.Length == 0)
        {
            return "no checkpoint recorded";
        }

        return string.Join("; ", times.Select(t =>
        {
            var hits = s.Checkpoints.FirstOrDefault(c => c.Checkpoint == t);
            var trades = s.Breakdown.ByCheckpoint.FirstOrDefault(c => c.Checkpoint == t);
            var seen = hits is null ? "no journaled signals" : string.Create(Inv, $"{hits.Hits}/{hits.Monitored} signalled ({Rate(hits.HitRate)}), {hits.Buys} bought");
            var did = trades is null ? "no closed trade" : Group(trades.Stats);
            return string.Create(Inv, $"{(t is { } at ? at.ToString("HH:mm", Inv) : "checkpoint unknown,")} {seen}: {did}");
        }));
    }

    private static string ByDecile(TradeBreakdown b, PerformanceOptions o) => b.ByScoreDecile.IsDefaultOrEmpty
        ? string.Create(Inv, $"n/a: {Plural(b.ScoredTrades, "scored trade")}, deciles need {o.ScoreDecileMinimumTrades}")
        : string.Join("; ", b.ByScoreDecile.Where(d => d.Stats.Trades > 0).Select(d =>
            string.Create(Inv, $"D{d.Decile} (score {d.LowestScore:0.00}–{d.HighestScore:0.00}) {Group(d.Stats)}")));

    private static string Screen(PerformanceSummary s)
    {
        var passes = s.ConditionPassRates.IsDefaultOrEmpty ? "no pass counts" : "pass rates " + string.Join(", ", s.ConditionPassRates.Select(c => $"{c.Condition} {Rate(c.Rate)}"));
        var levels = s.AdjustmentLevels.IsDefaultOrEmpty ? "no level" : "levels " + string.Join(", ", s.AdjustmentLevels.Select(l => string.Create(Inv, $"{l.Level} {l.Sessions}")));
        var n = s.NextDayReturns;
        var nextDay = n.SelectedCount + n.UnselectedCount == 0
            ? "next-day return n/a (no later screen yet)"
            : string.Create(Inv, $"next-day return selected {Signed(n.SelectedAverage)} ({n.SelectedCount}) vs unselected {Signed(n.UnselectedAverage)} ({n.UnselectedCount}), difference {(n.Difference is { } d ? (d * 100m).ToString("+0.00;-0.00;0.00", Inv) + " pp" : "n/a")}");
        return $"{passes}; {levels}; {nextDay}";
    }
}
