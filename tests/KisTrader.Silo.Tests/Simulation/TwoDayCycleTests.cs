using System.Globalization;
using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The README's run through the whole cycle (<see cref="CycleRunFixture"/>): the screen, the after-hours buys, the exit
/// day's sells, the session closed with its result, and the printed figures checked against the simulator's account.
/// </summary>
public sealed partial class TwoDayCycleTests(CycleRunFixture run) : IClassFixture<CycleRunFixture>
{
    private static readonly DateOnly Day = new(2026, 11, 24);
    private static readonly DateTimeOffset ExitDayClose = new(2026, 11, 25, 15, 30, 0, TimeSpan.FromHours(9));

    private IGrainFactory Grains => run.Run.Host.Services.GetRequiredService<IGrainFactory>();

    [GeneratedRegex(@"order 2026-11-24/(\d{6})/B1: buy [\d,]+ \d{6} [\d,]+ \(AfterHoursSinglePrice, Entry [\d:]+\): filled ([\d,]+) @")]
    private static partial Regex BuyFill();

    [GeneratedRegex(@"\[(\d\d:\d\d:\d\d)\] session 2026-11-24 closed, exit day 2026-11-25: (\d+) trades? .*?net P&L ([+-]?[\d,]+) won")]
    private static partial Regex ClosedLine();

    [GeneratedRegex(@"check against the simulator's account: net P&L ours ([+-]?[\d,]+) won vs cash change ([+-]?[\d,]+) won .*buys ours ([\d,]+) vs executions ([\d,]+) won; sells ours ([\d,]+) vs executions ([\d,]+) won .*holdings ours (\d+) vs broker's (\d+) — (\w+)")]
    private static partial Regex CheckLine();

    [GeneratedRegex(@"printed day net P&L ([+-]?[\d,]+) / §9 ([+-]?[\d,]+) vs trades ([+-]?[\d,]+) won; printed overall ([+-]?[\d,]+) / §9 ([+-]?[\d,]+) vs trades ([+-]?[\d,]+) won; attribution gap \+ next day ([+-]?[\d,]+) vs executions' sells − buys ([+-]?[\d,]+) won")]
    private static partial Regex StatisticsCheckClause();

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [Fact]
    public void TheRun_FillsAtLeastOneAfterHoursBuy()
    {
        var fills = BuyFill().Matches(run.Output);

        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.True(Number(f.Groups[2].Value) > 0));
    }

    [Fact]
    public async Task TheSession_ClosesFlatBeforeTheExitDaysClose()
    {
        var status = await Grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day)).GetStatusAsync();
        var board = await Grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Day)).GetAsync();
        var bought = board.Symbols.Where(s => s.HandedToPosition).Select(s => s.Code).ToArray();

        Assert.Equal(SessionPhase.Closed, status.Phase);
        Assert.NotEmpty(bought);
        foreach (var code in bought)
        {
            var position = await Grains.GetGrain<IPositionGrain>(GrainKeys.Position(Day, code)).GetAsync();
            Assert.True(position.Status is PositionStatus.Closed or PositionStatus.Abandoned, $"{code} is {position.Status}");
            Assert.Equal(0, position.Quantity);
        }

        // Flat by the exit day's close: the last sell of every trade executed by 15:30 (the closing auction at the latest).
        var trades = await run.Run.Host.Services.GetRequiredService<ITradeJournal>().ReadTradesAsync(Day, Day, TestContext.Current.CancellationToken);
        Assert.NotEmpty(trades);
        Assert.All(trades, t => Assert.True(t.ClosedAt <= ExitDayClose, $"{t.Symbol} closed at {t.ClosedAt:O}"));

        var closed = ClosedLine().Match(run.Output);
        Assert.True(closed.Success, run.Output);
        // Closed once the last fill (at the latest the closing auction's) arrived: within the 5 minutes' grace.
        Assert.True(TimeOnly.Parse(closed.Groups[1].Value, CultureInfo.InvariantCulture) <= new TimeOnly(15, 35));
        Assert.DoesNotContain("NOT FLAT", run.Output, StringComparison.Ordinal);
        Assert.Contains("session 2026-11-24: holding (the after-hours session ended; positions held overnight)", run.Output, StringComparison.Ordinal);
        Assert.Contains("session 2026-11-24: closed (every position is flat)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrintedFigures_EqualTheSimulatorsAccount()
    {
        var closed = ClosedLine().Match(run.Output);
        var check = CheckLine().Match(run.Output);
        Assert.True(closed.Success && check.Success, run.Output);

        var printedNet = Number(closed.Groups[3].Value);
        Assert.Equal(printedNet, Number(check.Groups[1].Value));
        Assert.Equal(printedNet, Number(check.Groups[2].Value));
        Assert.Equal(Number(check.Groups[3].Value), Number(check.Groups[4].Value));
        Assert.True(Number(check.Groups[3].Value) > 0);
        Assert.Equal(Number(check.Groups[5].Value), Number(check.Groups[6].Value));
        Assert.Equal("0", check.Groups[7].Value);
        Assert.Equal("0", check.Groups[8].Value);
        Assert.Equal("AGREES", check.Groups[9].Value);
    }

    [Fact]
    public void TheSessionsClose_PrintsTheSection9FiguresOfTheDayAndOverall()
    {
        var start = run.Output.IndexOf("§9 figures of session 2026-11-24:", StringComparison.Ordinal);
        Assert.True(start >= 0, run.Output);
        var block = run.Output[start..run.Output.IndexOf(SimulationAccountCheck.Marker, start, StringComparison.Ordinal)];
        TestContext.Current.SendDiagnosticMessage(block);

        var overall = block.IndexOf("-- overall since 2026-11-2", StringComparison.Ordinal);
        var day = block.IndexOf("-- the day", StringComparison.Ordinal);
        Assert.True(day >= 0 && overall > day, block);
        foreach (var part in new[] { block[day..overall], block[overall..] })
        {
            foreach (var figure in new[] { "win rate", "average net return", "profit factor", "max drawdown", "Sharpe", "exit mix:", "attribution: after-hours entry", "by checkpoint: 16:", "by score decile:", "by exit rule:", "screen: pass rates" })
            {
                Assert.Contains(figure, part, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ThePrintedStatistics_AgreeWithTheTradesAndTheExecutions()
    {
        var clause = StatisticsCheckClause().Match(run.Output);
        Assert.True(clause.Success, run.Output);

        var dayNet = Number(clause.Groups[3].Value);
        Assert.Equal((dayNet, dayNet), (Number(clause.Groups[1].Value), Number(clause.Groups[2].Value)));
        var overallNet = Number(clause.Groups[6].Value);
        Assert.Equal((overallNet, overallNet), (Number(clause.Groups[4].Value), Number(clause.Groups[5].Value)));
        Assert.Equal(Number(clause.Groups[8].Value), Number(clause.Groups[7].Value));
    }
}
