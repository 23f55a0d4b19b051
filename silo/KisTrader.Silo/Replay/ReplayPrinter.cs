using System.Globalization;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Statistics;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Replay;

/// <summary>Writes a <see cref="ReplayReport"/> for people: the funnel, the level trail, the ranked candidates with their six values and scores, the allocation and the after-hours decisions.</summary>
internal static class ReplayPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Print(ReplayReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var screen = report.Screen;
        output.WriteLine($"== Session {report.Date:yyyy-MM-dd} ({report.Date.DayOfWeek}) · holding day {report.NextTradingDay:yyyy-MM-dd}"
            + (report.Schedule.IsSpecial ? $" · special schedule: open {Shift(report.Schedule.OpenShift)}, close {Shift(report.Schedule.CloseShift)} {report.Schedule.Note}" : " · normal schedule"));

        var screened = report.UniverseSize - screen.Exclusions.Length;
        var reasons = screen.Exclusions.GroupBy(e => e.Primary).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}");
        output.WriteLine($"-- 15:30 screen: universe {report.UniverseSize:N0} listings → {screen.Exclusions.Length:N0} excluded by the base filters → {screened:N0} evaluated");
        output.WriteLine($"   market data read in {report.DataTime.TotalSeconds:N1} s, screen computed in {report.ScreenTime.TotalMilliseconds:N0} ms");
        output.WriteLine($"   exclusions by first reason: {string.Join(", ", reasons)}");

        output.WriteLine("-- adjustment trail (level: thresholds → passers)");
        foreach (var attempt in screen.Attempts)
        {
            output.WriteLine($"   {attempt.Step}. {attempt.Level,-8} {Thresholds(attempt)} → {attempt.Passed,4} passed  {attempt.Verdict}{(attempt.Kept ? "  ← kept" : "")}");
        }

        output.WriteLine($"-- candidates at {screen.FinalLevel} ({screen.Candidates.Length}; score 0–100, sub-scores vs the base thresholds)");
        output.WriteLine("   rank code   name                  score  C1 vol×  C2 late  C3 share  C4 str  C5 rel   C6 vwap  passes-from");
        foreach (var c in screen.Candidates)
        {
            var v = c.Values;
            output.WriteLine(string.Create(Inv,
                $"   {c.Rank,4} {c.Code} {Pad(c.Name, 20)} {c.Score,6:0.00}  {v.VolumeMultiple,6:0.00}  {v.LateSessionReturn * 100m,6:+0.00;-0.00}%  {v.LateVolumeShare * 100m,6:0.0}%  {v.ExecutionStrength,6:0.0}  {v.RelativeReturn * 100m,5:+0.00;-0.00}pp  {v.CloseToVwap * 100m,6:0.00}%  {c.StrictestLevel}"));
        }

        var allocation = screen.Allocation;
        output.WriteLine($"-- selection: {screen.Selection.Selected.Length} selected, {screen.Selection.Backups.Length} backups; {allocation.Mode} split of {allocation.Spendable:N0} KRW"
            + (allocation.CappedByCash ? " (capped by orderable cash)" : ""));
        foreach (var item in allocation.Items)
        {
            output.WriteLine($"   #{item.Rank} {item.Code}: {item.Amount:N0} KRW ≈ {item.QuantityAtClose:N0} shares at the close");
        }

        if (screen.Selection.Backups.Length > 0)
        {
            output.WriteLine($"   backups: {string.Join(", ", screen.Selection.Backups.Select(b => $"#{b.Rank} {b.Code}"))}");
        }

        output.WriteLine("-- after-hours single-price session (decisions at the checkpoints; orders are not sent in a replay)");
        if (report.Checkpoints.IsEmpty)
        {
            output.WriteLine("   nothing to watch: the screen kept no candidate");
        }

        foreach (var checkpoint in report.Checkpoints)
        {
            output.WriteLine(string.Create(Inv, $"   {checkpoint.Checkpoint:HH\\:mm} threshold {checkpoint.Threshold * 100m:+0.00}% → next {checkpoint.NextThreshold * 100m:+0.00}% ({checkpoint.ThresholdReason})"));
            foreach (var d in checkpoint.Decisions)
            {
                output.WriteLine(string.Create(Inv, $"      {d.Code} {d.Action,-13} {Observed(d)} {d.Reason}"));
            }

            if (checkpoint.Research is { } research)
            {
                output.WriteLine($"      re-search requested: {research.RelaxLevels} relax level(s) looser, evaluated from {research.EvaluateAt:HH\\:mm}");
            }
        }

        if (report.Research is { } rescreen)
        {
            output.WriteLine($"   re-search at {rescreen.FinalLevel}: {rescreen.Candidates.Length} new candidate(s) {string.Join(", ", rescreen.Candidates.Select(c => c.Code))}");
        }

        var buys = report.Buys.ToList();
        output.WriteLine(buys.Count == 0
            ? "-- buys: none"
            : $"-- buys: {buys.Count} order(s) for {buys.Sum(b => b.Amount):N0} KRW: {string.Join(", ", buys.Select(b => $"{b.Code} {b.Quantity:N0}@{b.OrderPrice:N0}"))}");
        if (report.Positions.IsDefaultOrEmpty)
        {
            return;
        }

        output.WriteLine($"-- holding day {report.NextTradingDay:yyyy-MM-dd} (replay fills: buys at the first after-hours match ≤ limit, exits at the best bid, forced exit at the close)");
        foreach (var p in report.Positions)
        {
            if (p.Entry is not { } entry || p.Trade is not { } trade)
            {
                output.WriteLine($"   {p.Code}: buy {p.Order.Quantity:N0}@{p.Order.OrderPrice:N0} did not fill; expired at the end of the after-hours session");
                continue;
            }

            var exits = string.Join("; ", p.Exits.Select(e => string.Create(Inv, $"{e.Fill.Time.ToOffset(KrxTime.Offset):HH:mm:ss} {e.Reason} {e.Fill.Quantity:N0}@{e.Fill.Price:N0}")));
            output.WriteLine(string.Create(Inv,
                $"   {p.Code}: bought {entry.Quantity:N0}@{entry.Price:N0} at {entry.Time.ToOffset(KrxTime.Offset):HH:mm} → {exits} → net {trade.NetPnL:+#,0;-#,0;0} KRW ({trade.NetReturn * 100m:+0.00;-0.00}%)"));
        }

        var closed = report.Positions.Where(p => p.Trade is not null).Select(p => p.Trade!).ToList();
        output.WriteLine(string.Create(Inv, $"-- session result: {closed.Count} trade(s), net {closed.Sum(t => t.NetPnL):+#,0;-#,0;0} KRW after commission and tax"));
    }

    public static void PrintPerformance(PerformanceSummary overall, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"== Performance over {overall.Sessions} session(s), {overall.Trades} trade(s) (replay fills; net of commission and tax)");
        output.WriteLine(string.Create(Inv,
            $"   wins {overall.Wins}, losses {overall.Losses}, win rate {(overall.WinRate is { } w ? (w * 100m).ToString("0.00", Inv) + "%" : "n/a")}, average {Pct(overall.AverageNetReturn)}, median {Pct(overall.MedianNetReturn)} per trade"));
        output.WriteLine(string.Create(Inv,
            $"   total net P&L {overall.TotalNetPnL:+#,0;-#,0;0} KRW, cumulative return on the budget {Pct(overall.CumulativeReturn)}, max drawdown {overall.MaxDrawdown:#,0} KRW, profit factor {overall.ProfitFactor?.ToString("0.00", Inv) ?? "n/a"}, Sharpe (252 d) {overall.SharpeRatio?.ToString("0.00", Inv) ?? "n/a"}"));
        output.WriteLine($"   exits: {string.Join(", ", overall.ExitReasons.Select(e => $"{e.Reason} {e.Trades}"))}");
    }

    private static string Pct(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("+0.00;-0.00;0.00", Inv) + "%" : "n/a";

    private static string Thresholds(AdjustmentAttempt attempt)
    {
        var t = attempt.Thresholds;
        return string.Create(Inv,
            $"C1≥{t.VolumeMultiple:0.0#} C2≥{t.LateSessionReturn * 100m:0.0#}% C3≥{t.LateVolumeShare * 100m:0.#}% C4≥{t.ExecutionStrength:0.#} C5≥{t.RelativeReturn * 100m:0.0#}pp C6≥{t.CloseToVwap * 100m:0.0#}%");
    }

    private static string Observed(AfterHoursDecision d) => d.Observed is { } price
        ? string.Create(Inv, $"{price:N0} ({d.Source}, {d.ChangePercent:+0.00;-0.00}%)")
        : "no price";

    private static string Shift(TimeSpan shift) => shift == TimeSpan.Zero ? "as usual" : $"{(shift > TimeSpan.Zero ? "+" : "-")}{shift:hh\\:mm}";

    private static string Pad(string text, int width)
    {
        // Hangul is double width on a terminal: pad by display width so the columns line up.
        var display = text.Sum(ch => ch >= '\u1100' && (ch <= '\u115F' || (ch >= '\u2E80' && ch <= '\uA4CF') || (ch >= '\uAC00' && ch <= '\uD7A3') || (ch >= '\uF900' && ch <= '\uFAFF')) ? 2 : 1);
        return display >= width ? text : text + new string(' ', width - display);
    }
}
