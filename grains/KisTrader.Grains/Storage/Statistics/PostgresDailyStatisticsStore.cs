using KisTrader.Trading.Statistics;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

/// <summary><see cref="IDailyStatisticsStore"/> on <c>journal.daily_statistics</c> (an upsert per row, one transaction).</summary>
public sealed class PostgresDailyStatisticsStore(NpgsqlDataSource dataSource) : IDailyStatisticsStore
{
    private readonly NpgsqlDataSource _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));

    /// <inheritdoc />
    public async Task ReplaceAsync(IReadOnlyList<DailyStatisticsRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        const string Upsert = """
            INSERT INTO journal.daily_statistics AS s (period_kind, period_start, sessions, trades, wins, net_pnl,
                return_on_budget, max_drawdown, details, computed_at)
            VALUES (@kind, @start, @sessions, @trades, @wins, @net_pnl, @return_on_budget, @max_drawdown, @details, @computed_at)
            ON CONFLICT (period_kind, period_start) DO UPDATE SET sessions = EXCLUDED.sessions, trades = EXCLUDED.trades,
                wins = EXCLUDED.wins, net_pnl = EXCLUDED.net_pnl, return_on_budget = EXCLUDED.return_on_budget,
                max_drawdown = EXCLUDED.max_drawdown, details = EXCLUDED.details, computed_at = EXCLUDED.computed_at
            """;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in rows)
        {
            var kind = DailyStatisticsRows.KindName(row.Kind);
            if (row.Kind == PeriodKind.Overall)
            {
                var delete = new NpgsqlBatchCommand("DELETE FROM journal.daily_statistics WHERE period_kind = 'All' AND period_start <> @start");
                delete.Parameters.Add(new NpgsqlParameter<DateOnly>("start", NpgsqlDbType.Date) { TypedValue = row.PeriodStart });
                batch.BatchCommands.Add(delete);
            }

            var command = new NpgsqlBatchCommand(Upsert);
            command.Parameters.Add(new NpgsqlParameter<string>("kind", NpgsqlDbType.Text) { TypedValue = kind });
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("start", NpgsqlDbType.Date) { TypedValue = row.PeriodStart });
            command.Parameters.Add(new NpgsqlParameter<int>("sessions", NpgsqlDbType.Integer) { TypedValue = row.Sessions });
            command.Parameters.Add(new NpgsqlParameter<int>("trades", NpgsqlDbType.Integer) { TypedValue = row.Trades });
            command.Parameters.Add(new NpgsqlParameter<int>("wins", NpgsqlDbType.Integer) { TypedValue = row.Wins });
            command.Parameters.Add(new NpgsqlParameter<decimal>("net_pnl", NpgsqlDbType.Numeric) { TypedValue = row.NetPnL });
            command.Parameters.Add(new NpgsqlParameter<decimal>("return_on_budget", NpgsqlDbType.Numeric) { TypedValue = row.ReturnOnBudget });
            command.Parameters.Add(new NpgsqlParameter<decimal>("max_drawdown", NpgsqlDbType.Numeric) { TypedValue = row.MaxDrawdown });
            command.Parameters.Add(new NpgsqlParameter<string>("details", NpgsqlDbType.Jsonb) { TypedValue = row.DetailsJson });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("computed_at", NpgsqlDbType.TimestampTz) { TypedValue = row.ComputedAt.ToUniversalTime() });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DailyStatisticsRow>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT period_kind, period_start, sessions, trades, wins, net_pnl, return_on_budget, max_drawdown, details::text, computed_at
            FROM journal.daily_statistics WHERE period_start BETWEEN @from AND @to
            ORDER BY period_kind COLLATE "C", period_start
            """);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", NpgsqlDbType.Date) { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", NpgsqlDbType.Date) { TypedValue = to });
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DailyStatisticsRow>();
        while (await r.ReadAsync(cancellationToken))
        {
            rows.Add(new DailyStatisticsRow(
                DailyStatisticsRows.Kind(r.GetString(0)), r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                r.GetDecimal(5), r.GetDecimal(6), r.GetDecimal(7), r.GetString(8), r.GetFieldValue<DateTimeOffset>(9)));
        }

        return rows;
    }
}
