using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Trading.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using static KisTrader.Grains.Tests.Storage.Trades.TradeResultSamples;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>The statistics service on PostgreSQL end to end (its own database: the overall row spans everything in it).</summary>
public sealed class TradingStatisticsPostgresTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly PostgresDailyStatisticsStore _store = new(fixture.Database.DataSource);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordSessionClosed_OnPostgres_WritesTheRowsFromTheJournals()
    {
        var day = new DateOnly(2032, 6, 7);
        var clock = new ManualClock(new DateTimeOffset(2032, 6, 8, 6, 35, 0, TimeSpan.Zero));
        var journal = new PostgresTradingJournal(fixture.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var trades = new PostgresTradeJournal(fixture.Database.DataSource, NullLogger<PostgresTradeJournal>.Instance);
        await journal.RecordSessionStateAsync(new SessionStateChange(day, SessionState.Closed, TradingMode.Simulator, clock.GetUtcNow(), "test"), Ct);
        await trades.RecordTradeAsync(Closed(day, "005930"), Ct);
        var statistics = new TradingStatistics(journal, trades, _store, new PerformanceOptions(), 10_000_000m, clock, NullLogger<TradingStatistics>.Instance);

        await statistics.RecordSessionClosedAsync(day, Ct);

        Assert.Equal(
            ["All 1 1 37568 0.0037568", "Day 1 1 37568 0.0037568", "Month 1 1 37568 0.0037568", "Week 1 1 37568 0.0037568"],
            await fixture.Database.ColumnAsync<string>("""
                SELECT period_kind || ' ' || sessions || ' ' || trades || ' ' || net_pnl || ' ' || return_on_budget
                FROM journal.daily_statistics WHERE period_start BETWEEN '2032-06-01' AND '2032-06-07' ORDER BY period_kind COLLATE "C"
                """));
        Assert.Equal(0.06m, await fixture.Database.ScalarAsync<decimal>(
            "SELECT (details -> 'breakdown' -> 'attribution' ->> 'grossMove')::numeric FROM journal.daily_statistics WHERE period_kind = 'Day' AND period_start = '2032-06-07'"));
    }

    [Fact]
    public async Task BuildReport_OnPostgres_CheckpointHitRatesFromTheAfterHoursJournal()
    {
        var day = new DateOnly(2032, 6, 14);
        var clock = new ManualClock(new DateTimeOffset(2032, 6, 15, 6, 35, 0, TimeSpan.Zero));
        var journal = new PostgresTradingJournal(fixture.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var afterHours = new PostgresAfterHoursJournal(fixture.Database.DataSource);
        await journal.RecordSessionStateAsync(new SessionStateChange(day, SessionState.Closed, TradingMode.Simulator, clock.GetUtcNow(), "test"), Ct);
        // 16:00 at +2.0%: A +1.0%, B without a price → 16:30 at +1.5%: A +2.0% bought, B +1.5% with zero quantity.
        await afterHours.RecordCheckpointAsync(SessionFactsMappingTests.Checkpoint(new TimeOnly(16, 0), 0.02m, 0, ("A", 0.01m, "Hold"), ("B", null, "NoData")) with { TradingDate = day, EvaluatedAt = clock.GetUtcNow() }, Ct);
        await afterHours.RecordCheckpointAsync(SessionFactsMappingTests.Checkpoint(new TimeOnly(16, 30), 0.015m, 1, ("A", 0.02m, "Buy"), ("B", 0.015m, "ZeroQuantity")) with { TradingDate = day, EvaluatedAt = clock.GetUtcNow() }, Ct);
        var statistics = new TradingStatistics(
            journal, new PostgresTradeJournal(fixture.Database.DataSource, NullLogger<PostgresTradeJournal>.Instance), _store, new PerformanceOptions(), 10_000_000m, clock,
            NullLogger<TradingStatistics>.Instance, afterHours);

        var summary = (await statistics.BuildReportAsync(day, day, Ct)).Days.Single();

        Assert.Equal(
            [
                new CheckpointHitRate(new TimeOnly(16, 0), 1, 0, 1, 0, 0m, 0m, 0),
                new CheckpointHitRate(new TimeOnly(16, 30), 1, 1, 2, 2, 1m, 1m, 1),
            ],
            summary.Checkpoints);
    }
}
