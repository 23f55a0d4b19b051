using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;

namespace KisTrader.Trading.Tests.StatisticsTests;

internal static class StatisticsTestData
{
    public const decimal Budget = 10_000_000m;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SessionFacts Session(string date, decimal budget = Budget) => new() { SessionDate = D(date), Budget = budget };

    /// <summary>A closed trade with the given outcome; fills only carry quantities and reasons.</summary>
    public static ClosedTrade Trade(string date, string symbol, decimal pnl, decimal netReturn, params (long Qty, ExitReason Reason)[] exits)
    {
        var time = new DateTimeOffset(D(date).ToDateTime(new TimeOnly(16, 10)), TimeSpan.FromHours(9));
        var sold = exits.Length == 0 ? [(100L, ExitReason.ForcedExit)] : exits;
        return new ClosedTrade
        {
            SessionDate = D(date),
            Symbol = symbol,
            Entries = [new Fill(OrderSide.Buy, sold.Sum(e => e.Qty), 10_000m, time)],
            Exits = [.. sold.Select(e => new ExitFill(new Fill(OrderSide.Sell, e.Qty, 10_000m, time.AddHours(18)), e.Reason))],
            NetPnL = pnl,
            NetReturn = netReturn,
        };
    }

    /// <summary>
    /// Four sessions, budget 10,000,000 each:
    /// S1 Mon 2026-11-16 (W47): A +100,000 (+5%), B −40,000 (−2%) → day +60,000, r1 = 0.006;
    /// S2 Tue 2026-11-17 (W47): C −150,000 (−3%) → r2 = −0.015;
    /// S3 Mon 2026-11-23 (W48): no trade → r3 = 0;
    /// S4 Tue 2026-12-01 (W49, December): D +120,000 (+6%) → r4 = 0.012.
    /// </summary>
    public static ImmutableArray<ClosedTrade> Trades { get; } =
    [
        Trade("2026-11-16", "A", 100_000m, 0.05m, (50, ExitReason.PartialTakeProfit), (50, ExitReason.ForcedExit)),
        Trade("2026-11-16", "B", -40_000m, -0.02m, (100, ExitReason.StopLoss)),
        Trade("2026-11-17", "C", -150_000m, -0.03m, (40, ExitReason.StopLoss), (40, ExitReason.StopLoss)),
        Trade("2026-12-01", "D", 120_000m, 0.06m, (120, ExitReason.TakeProfit)),
    ];

    public static ImmutableArray<SessionFacts> Sessions { get; } =
    [
        Session("2026-11-16") with
        {
            ConditionPasses = [new("C1", 100, 20), new("C2", 100, 50)],
            AdjustmentLevel = "Base",
            Checkpoints = [new(new TimeOnly(16, 0), 5, 1), new(new TimeOnly(16, 30), 5, 0)],
            PasserOutcomes = [new("X", true, 0.02m), new("Y", true, 0.04m), new("Z", false, -0.01m)],
        },
        Session("2026-11-17") with
        {
            ConditionPasses = [new("C2", 80, 30), new("C1", 80, 20)],
            AdjustmentLevel = "Relax1",
            Checkpoints = [new(new TimeOnly(16, 0), 5, 0), new(new TimeOnly(16, 30), 5, 2), new(new TimeOnly(17, 0), 4, 1)],
            PasserOutcomes = [new("W", true, -0.03m), new("V", false, 0.01m), new("U", false, 0m)],
        },
        Session("2026-11-23") with { ConditionPasses = [new("C1", 120, 30)], AdjustmentLevel = "Base" },
        Session("2026-12-01"),
    ];
}
