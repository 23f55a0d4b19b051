using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static KisTrader.Grains.Tests.Storage.Trades.TradeResultSamples;

namespace KisTrader.Grains.Tests.Storage.Trades;

/// <summary>The trade journal behaviour on <see cref="PostgresTradeJournal"/>, plus what only the database enforces.</summary>
public sealed class PostgresTradeJournalTests(MigratedDatabaseFixture fixture) : TradeJournalBehaviour, IClassFixture<MigratedDatabaseFixture>
{
    private readonly PostgresTradeJournal _journal = new(fixture.Database.DataSource, NullLogger<PostgresTradeJournal>.Instance);

    protected override ITradeJournal Journal => _journal;

    private TestDatabase Db => fixture.Database;

    [Fact]
    public async Task RecordTrade_FillsAreChildRowsInOrder()
    {
        var trade = Closed(new DateOnly(2030, 4, 1), "005930");

        await _journal.RecordTradeAsync(trade, Ct);

        Assert.Equal(
            ["1 Buy 100 10200 ", "2 Sell 50 10800 PartialTakeProfit", "3 Sell 50 10400 ForcedExit"],
            await Db.ColumnAsync<string>($"""
                SELECT ordinal || ' ' || side || ' ' || quantity || ' ' || price || ' ' || coalesce(exit_reason, '')
                FROM journal.trade_result_fills WHERE position_key = '{trade.PositionKey}' ORDER BY ordinal
                """));
    }

    [Theory]
    [InlineData("UPDATE journal.trade_results SET net_pnl = 0")]
    [InlineData("DELETE FROM journal.trade_results")]
    [InlineData("UPDATE journal.trade_result_fills SET price = 1")]
    [InlineData("DELETE FROM journal.trade_result_fills")]
    public async Task TradeTables_UpdateOrDelete_IsRefused(string sql)
    {
        await _journal.RecordTradeAsync(Closed(new DateOnly(2030, 4, 2), "000660"), Ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Db.ExecuteAsync(sql));

        Assert.Equal("KT100", error.SqlState);
    }

    [Theory]
    [InlineData("'12345678-01'", "'Buy'", "NULL")]
    [InlineData("'1234****-01'", "'Sell'", "NULL")]
    [InlineData("'1234****-01'", "'Buy'", "'Forced'")]
    public async Task TradeTables_RowsTheApplicationWouldRefuse_TheDatabaseRefusesToo(string account, string side, string reason)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Db.ExecuteAsync($"""
            WITH t AS (
                INSERT INTO journal.trade_results (position_key, entry_date, exit_date, code, account_ref, day1_close,
                    entry_checkpoint, rank, score, buy_commission, sell_commission, sell_tax, net_pnl, net_return, opened_at, closed_at)
                VALUES ('2030-04-03/{Guid.NewGuid():N}', '2030-04-03', '2030-04-04', '005930', {account}, 10000, '16:30', 1, 70,
                    0, 0, 0, 0, 0, '2030-04-03T07:30:00Z', '2030-04-04T06:20:00Z')
                RETURNING position_key)
            INSERT INTO journal.trade_result_fills (position_key, ordinal, client_order_id, fill_key, side, quantity, price, filled_at, exit_reason)
            SELECT position_key, 1, 'o', 'f', {side}, 1, 10000, '2030-04-03T07:30:00Z', {reason} FROM t
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
