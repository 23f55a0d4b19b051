using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
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
}
