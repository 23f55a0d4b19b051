using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Exits;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// An exit's window is worded as strategy.md §7 names it, by its base times: a −3% stop at 12:49 is a
/// "StopLoss (09:00–13:00 window)", never "StopLoss (Morning)".
/// </summary>
public sealed class ExitWindowWordingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 3, 49, 0, TimeSpan.Zero); // 12:49 KST

    public static TheoryData<ExitReason, string?, decimal?, string> Exits => new()
    {
        { ExitReason.StopLoss, "Morning", -0.0310m, "StopLoss (09:00–13:00 window): sell 100 limit 9,690, r -3.10%" },
        { ExitReason.TakeProfit, "Morning", 0.05m, "TakeProfit (09:00–13:00 window): sell 100 limit 9,690, r +5.00%" },
        { ExitReason.PartialTakeProfit, "Afternoon", 0.031m, "PartialTakeProfit (13:00–15:00 window): sell 100 limit 9,690, r +3.10%" },
        { ExitReason.StopLoss, "Afternoon", -0.03m, "StopLoss (13:00–15:00 window): sell 100 limit 9,690, r -3.00%" },
        { ExitReason.FlatRangeExit, "PreClose", 0.004m, "FlatRangeExit (15:00–15:20 window): sell 100 limit 9,690, r +0.40%" },
        { ExitReason.ForcedExit, "ClosingAuction", -0.012m, "ForcedExit (15:20–15:30 closing auction): sell 100 limit 9,690, r -1.20%" },
        { ExitReason.Manual, "BeforeOpen", null, "Manual (before the 09:00 open): sell 100 limit 9,690" },
        { ExitReason.Manual, "AfterClose", null, "Manual (after the 15:30 close): sell 100 limit 9,690" },
        { ExitReason.Manual, "Lunch", null, "Manual (Lunch): sell 100 limit 9,690" },
        { ExitReason.Manual, null, null, "Manual (window unknown): sell 100 limit 9,690" },
    };

    [Theory]
    [MemberData(nameof(Exits))]
    public void Word_ExitPlaced_NamesTheStrategyWindowByItsTimes(ExitReason reason, string? window, decimal? r, string expected)
    {
        var placed = new PositionChanged("2026-12-03/005930", new DateOnly(2026, 12, 3), "005930", PositionChange.ExitPlaced, PositionStatus.Open,
            100, 10_000m, 9_690m, 0m, "2026-12-03/005930/S1", reason, 100, 9_690m, r, null, window);

        var line = EventWording.Word(Event(placed));

        Assert.Equal($"position 2026-12-03/005930: {expected} (2026-12-03/005930/S1)", line);
    }

    [Fact]
    public void Word_StopLossAt1249_IsNotWordedMorning()
    {
        var placed = new PositionChanged("2026-12-03/005930", new DateOnly(2026, 12, 3), "005930", PositionChange.ExitPlaced, PositionStatus.Open,
            100, 10_000m, 9_690m, 0m, "2026-12-03/005930/S1", ExitReason.StopLoss, 100, 9_690m, -0.031m, null, nameof(ExitWindow.Morning));

        var line = EventWording.Word(Event(placed));

        Assert.DoesNotContain("Morning", line, StringComparison.Ordinal);
        Assert.Contains("StopLoss (09:00–13:00 window)", line, StringComparison.Ordinal);
    }

    private static TradingEvent Event(TradingEventPayload payload) =>
        new(7, payload.Category, payload.Subject, payload.GetType().Name, At, payload.SessionDate, payload);
}
