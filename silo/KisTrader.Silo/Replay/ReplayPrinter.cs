using System.Globalization;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Screening.Adjustment;

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
            ? "-- result: no buy"
            : $"-- result: {buys.Count} buy order(s) for {buys.Sum(b => b.Amount):N0} KRW: {string.Join(", ", buys.Select(b => $"{b.Code} {b.Quantity:N0}@{b.OrderPrice:N0}"))}");
    }

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
