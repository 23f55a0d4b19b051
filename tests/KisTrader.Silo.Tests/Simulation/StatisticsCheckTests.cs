using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Statistics;
using static KisTrader.Silo.Tests.Simulation.StatisticsWordingTests;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The printed statistics checked against our trades and the executions (the day of <see cref="StatisticsWordingTests"/>:
/// net −26,912; sells 540,000 + 520,000 + 1,940,000 = 3,000,000, buys 1,020,000 + 2,000,000 = 3,020,000: −20,000).
/// </summary>
public sealed class StatisticsCheckTests
{
    private static readonly PerformanceReport Report = PerformanceCalculator.Default.Calculate([Facts("2026-11-24")], [TradeA(), TradeB()]);

    [Fact]
    public void Of_EveryFigureMatches_Agrees()
    {
        var check = StatisticsCheck.Of(Closed(-26_912m, -26_912m), Report.Days[0], Report.Overall, -26_912m, -26_912m, -20_000m);

        Assert.True(check.Agrees);
        Assert.Equal(
            "printed day net P&L -26,912 / §9 -26,912 vs trades -26,912 won; printed overall -26,912 / §9 -26,912 vs trades -26,912 won; attribution gap + next day -20,000 vs executions' sells − buys -20,000 won",
            check.Text);
    }

    [Theory]
    [InlineData(-26_911, -26_912, -26_912, -20_000)] // the closed-session line printed another day net
    [InlineData(-26_912, -26_000, -26_912, -20_000)] // the closed-session line printed another overall net
    [InlineData(-26_912, -26_912, -26_000, -20_000)] // our trades sum to another net than the statistics
    [InlineData(-26_912, -26_912, -26_912, -19_999)] // the executions' sells − buys differ from the attribution's legs
    public void Of_OneFigureDiffers_Differs(int printedDay, int printedOverall, int ourNet, int executed)
    {
        var check = StatisticsCheck.Of(Closed(printedDay, printedOverall), Report.Days[0], Report.Overall, ourNet, ourNet, executed);

        Assert.False(check.Agrees, check.Text);
    }

    [Fact]
    public void Of_UnattributedTrade_AttributionNotCompared()
    {
        var report = PerformanceCalculator.Default.Calculate([Facts("2026-11-24")], [TradeA(), TradeB() with { Day2Open = null }]);

        var check = StatisticsCheck.Of(Closed(-26_912m, -26_912m), report.Days[0], report.Overall, -26_912m, -26_912m, 0m);

        Assert.True(check.Agrees);
        Assert.EndsWith("attribution not compared (a trade without a Day-1 close or Day-2 open, or no trade)", check.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoDayInTheStatistics_AgreesOnlyWithoutTrades()
    {
        var empty = PerformanceCalculator.Default.Calculate([], []).Overall;

        Assert.True(StatisticsCheck.Of(Closed(0m, 0m), null, empty, 0m, 0m, 0m).Agrees);
        Assert.False(StatisticsCheck.Of(Closed(0m, 0m), null, empty, -26_912m, -26_912m, 0m).Agrees);
    }

    private static SessionClosed Closed(decimal dayNet, decimal overallNet) => new(
        new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25), 2, [], 2, 1, 1, 0.5m, 0.0023m, dayNet, 37_568m, 64_480m, -0.0026912m, 0.58m, 64_480m,
        ImmutableDictionary<string, int>.Empty, 1, overallNet, 0.5m);
}
