using System.Text.Json;
using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Storage;
using KisTrader.Trading.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using static KisTrader.Grains.Tests.Storage.Trades.TradeResultSamples;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>
/// The statistics service on the in-memory journals: sessions Mon 2030-05-06 (with its screen, budget from the run),
/// Tue 05-07 (no screen: the configured 10,000,000), Wed 05-08 cancelled. Trades: A +37,568 and B −20,000 on 05-06,
/// C +37,568 on 05-07.
/// </summary>
public sealed class TradingStatisticsTests
{
    private static readonly DateOnly Mon = new(2030, 5, 6);
    private static readonly DateTimeOffset Now = new(2030, 5, 8, 6, 35, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Now);
    private readonly InMemoryTradingJournal _journal;
    private readonly InMemoryTradeJournal _trades = new();
    private readonly InMemoryDailyStatisticsStore _store = new();
    private readonly TradingStatistics _statistics;
    private readonly ScreeningRunRecord _run = ScreeningScenario.Record(Guid.NewGuid()) with { TradingDate = Mon };

    public TradingStatisticsTests()
    {
        _journal = new InMemoryTradingJournal(_clock, NullLogger<InMemoryTradingJournal>.Instance);
        _statistics = new TradingStatistics(
            _journal, _trades, _store, new PerformanceOptions(), 10_000_000m, _clock, NullLogger<TradingStatistics>.Instance);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BuildReport_SessionFactsFromTheJournal_BudgetLevelAndBasePassCounts()
    {
        await ArrangeAsync();

        var report = await _statistics.BuildReportAsync(Mon, Mon.AddDays(6), Ct);

        Assert.Equal([Mon, Mon.AddDays(1)], report.Days.Select(d => d.From!.Value)); // 05-08 cancelled, 05-09.. none
        var basePass = _run.Attempts.Single(a => a.Level == Trading.Screening.Conditions.ScreeningLevel.Base);
        Assert.Equal(
            basePass.PassedByCondition.Select((p, i) => new ConditionPassRate($"C{i + 1}", basePass.Evaluated, p, (decimal)p / basePass.Evaluated)),
            report.Days[0].ConditionPassRates);
        Assert.Equal([new AdjustmentLevelUsage(_run.FinalLevel.ToString(), 1, 1m)], report.Overall.AdjustmentLevels);
        Assert.Empty(report.Days[1].ConditionPassRates);
        Assert.Equal(17_568m / _run.Allocation.SessionBudget, report.Days[0].CumulativeReturn);
        Assert.Equal(0.0037568m, report.Days[1].CumulativeReturn);            // 37,568 ÷ 10,000,000
        Assert.Equal((3, 2, 55_136m), (report.Overall.Trades, report.Overall.Wins, report.Overall.TotalNetPnL));
    }

    [Fact]
    public async Task BuildReport_Breakdown_FromTheRecordsCloseOpenCheckpointAndExits()
    {
        await ArrangeAsync();

        var b = (await _statistics.BuildReportAsync(Mon, Mon.AddDays(1), Ct)).Overall.Breakdown;

        // Each sample: close 10,000, buy 100 @ 10,200, open 10,500, sells 50 @ 10,800 + 50 @ 10,400.
        Assert.Equal((3, 0, 3_000_000m), (b.Attribution.Trades, b.Attribution.Unattributed, b.Attribution.CloseValue));
        Assert.Equal((0.02m, 0.03m, 0.01m, 0.06m), (b.Attribution.EntryMove!.Value, b.Attribution.GapMove!.Value, b.Attribution.NextDayMove!.Value, b.Attribution.GrossMove!.Value));
        Assert.Equal(new TimeOnly(16, 30), Assert.Single(b.ByCheckpoint).Checkpoint);
        Assert.Equal("PartialTakeProfit+ForcedExit", Assert.Single(b.ByExitRule).Label);
        Assert.Equal((3, 0), (b.ScoredTrades, b.ByScoreDecile.Length)); // fewer than 10 scored trades
    }

    [Fact]
    public async Task RecordSessionClosed_WritesDayWeekMonthAndOverallRows()
    {
        await ArrangeAsync();
        var budget = _run.Allocation.SessionBudget;

        var rows = await _statistics.RecordSessionClosedAsync(Mon.AddDays(1), Ct);

        Assert.Equal(
            [
                new DailyStatisticsRow(PeriodKind.Day, Mon.AddDays(1), 1, 1, 1, 37_568m, 0.0037568m, 0m, rows[0].DetailsJson, Now),
                new DailyStatisticsRow(PeriodKind.Week, Mon, 2, 3, 2, 55_136m, (17_568m / budget) + 0.0037568m, 0m, rows[1].DetailsJson, Now),
                new DailyStatisticsRow(PeriodKind.Month, new DateOnly(2030, 5, 1), 2, 3, 2, 55_136m, (17_568m / budget) + 0.0037568m, 0m, rows[2].DetailsJson, Now),
                new DailyStatisticsRow(PeriodKind.Overall, Mon, 2, 3, 2, 55_136m, (17_568m / budget) + 0.0037568m, 0m, rows[3].DetailsJson, Now),
            ],
            rows);
        // Read back by kind name ("All", "Day", "Month", "Week"), then start.
        Assert.Equal([rows[3], rows[0], rows[2], rows[1]], await _store.ReadAsync(new DateOnly(2030, 5, 1), Mon.AddDays(6), Ct));
        using var details = JsonDocument.Parse(rows[1].DetailsJson);
        Assert.Equal("2030-W19", details.RootElement.GetProperty("label").GetString());
        Assert.Equal(3, details.RootElement.GetProperty("breakdown").GetProperty("attribution").GetProperty("trades").GetInt32());
        Assert.Equal("PartialTakeProfit", details.RootElement.GetProperty("exitReasons")[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task RecordSessionClosed_LaterSession_OverallStillStartsAtTheFirstAndIsTheOnlyOverallRow()
    {
        await ArrangeAsync();
        await _statistics.RecordSessionClosedAsync(Mon, Ct);
        var nextMonday = Mon.AddDays(7);
        await SessionAsync(nextMonday, SessionState.Closed);
        await _trades.RecordTradeAsync(Closed(nextMonday, "000004") with { NetPnL = -10_000m, NetReturn = -0.01m }, Ct);

        var rows = await _statistics.RecordSessionClosedAsync(nextMonday, Ct);

        var overall = rows.Single(r => r.Kind == PeriodKind.Overall);
        Assert.Equal((Mon, 3, 4, 45_136m), (overall.PeriodStart, overall.Sessions, overall.Trades, overall.NetPnL));
        Assert.Equal(10_000m, overall.MaxDrawdown);
        Assert.Equal((nextMonday, 1), (rows.Single(r => r.Kind == PeriodKind.Week).PeriodStart, rows.Single(r => r.Kind == PeriodKind.Week).Sessions));
        Assert.Single(await _store.ReadAsync(DateOnly.MinValue, DateOnly.MaxValue, Ct), r => r.Kind == PeriodKind.Overall);
    }

    [Fact]
    public async Task RecordSessionClosed_CancelledSessionWithoutTrades_WritesNothing()
    {
        await ArrangeAsync();

        Assert.Empty(await _statistics.RecordSessionClosedAsync(Mon.AddDays(2), Ct));
        Assert.Empty(await _store.ReadAsync(DateOnly.MinValue, DateOnly.MaxValue, Ct));
    }

    [Fact]
    public async Task BuildReport_TradeOfAnUnknownSession_CountsWithTheConfiguredBudget()
    {
        var friday = new DateOnly(2030, 5, 10);
        await _trades.RecordTradeAsync(Closed(friday, "000005"), Ct);

        var report = await _statistics.BuildReportAsync(friday, friday, Ct);

        Assert.Equal((1, 1, 0.0037568m), (report.Overall.Sessions, report.Overall.Trades, report.Overall.CumulativeReturn!.Value));
    }

    private async Task ArrangeAsync()
    {
        await SessionAsync(Mon, SessionState.Closed);
        await _journal.RecordScreeningRunAsync(_run, Ct);
        await _journal.AppendEventAsync(
            new JournalEvent("session", "2030-05-06", "ScreeningFinished", Now, Mon, $$"""{"type":"ScreeningFinished","runId":"{{_run.RunId}}"}"""), Ct);
        await SessionAsync(Mon.AddDays(1), SessionState.Closed);
        await SessionAsync(Mon.AddDays(2), SessionState.Cancelled);
        await _trades.RecordTradeAsync(Closed(Mon, "000001"), Ct);
        await _trades.RecordTradeAsync(Closed(Mon, "000002") with { NetPnL = -20_000m, NetReturn = -0.02m }, Ct);
        await _trades.RecordTradeAsync(Closed(Mon.AddDays(1), "000003"), Ct);
    }

    private Task SessionAsync(DateOnly date, SessionState state) =>
        _journal.RecordSessionStateAsync(new SessionStateChange(date, state, TradingMode.Simulator, Now, "test"), Ct);
}
