using System.Globalization;
using KisTrader.GrainInterfaces;

namespace KisTrader.Silo.Simulation;

/// <summary>The console wording of <see cref="AfterHoursChanged"/>: each checkpoint with observed prices and decisions.</summary>
internal static class AfterHoursWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Word(AfterHoursChanged p) => p.Change switch
    {
        AfterHoursChange.Started => string.Create(Inv, $"after-hours {p.TradingDate:yyyy-MM-dd}: watching {string.Join(", ", p.Codes)}; budget {p.Budget:#,0} won, threshold {p.Threshold:0.0%}"),
        AfterHoursChange.Checkpoint => string.Create(Inv, $"after-hours {p.Checkpoint:HH\\:mm}: threshold {p.Threshold:0.0%} → {p.NextThreshold:0.0%}, orderable cash {p.OrderableCash:#,0} won; {string.Join("; ", p.Decisions.Select(Decision))}"),
        AfterHoursChange.Researched => string.Create(Inv, $"after-hours re-search after {p.Checkpoint:HH\\:mm}: {(p.Codes.IsEmpty ? "no new symbol" : "added " + string.Join(", ", p.Codes))}"),
        AfterHoursChange.EntryHanded => string.Create(Inv, $"after-hours {p.Checkpoint:HH\\:mm}: buy of {string.Join(", ", p.Codes)} handed to its position"),
        AfterHoursChange.Ended => string.Create(Inv, $"after-hours {p.TradingDate:yyyy-MM-dd} over: {p.Committed:#,0} won committed ({string.Join(", ", p.Codes)}); unfilled buys lapse"),
        _ => $"after-hours: {p.Change}",
    };

    private static string Decision(AfterHoursDecisionView d)
    {
        var seen = d.Observed is { } o ? string.Create(Inv, $"{o:#,0} ({d.Source}, {d.Feed}, {d.Change:+0.00%;-0.00%})") : "no price";
        var buy = d.Action == "Buy" ? string.Create(Inv, $" {d.Quantity} @ {d.OrderPrice:#,0}") : d.Replacement is { } r ? $" → {r}" : "";
        return $"{d.Code} {seen} {d.Action}{buy}";
    }
}
