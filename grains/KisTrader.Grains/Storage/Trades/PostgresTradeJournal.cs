using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

/// <summary>
/// <see cref="ITradeJournal"/> on PostgreSQL: <c>journal.trade_results</c> with the fills as child rows in
/// <c>journal.trade_result_fills</c> (0006_trade_results.sql), written in one transaction, append-only. Recording the
/// same trade again is a no-op; a different one for the same position key is refused and the first is kept.
/// </summary>
public sealed partial class PostgresTradeJournal : ITradeJournal
{
    private const string Columns = """
        r.position_key, r.entry_date, r.exit_date, r.code, r.account_ref, r.day1_close, r.day2_open, r.entry_checkpoint,
        r.rank, r.score, r.buy_commission, r.sell_commission, r.sell_tax, r.net_pnl, r.net_return, r.opened_at, r.closed_at
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresTradeJournal> _logger;

    public PostgresTradeJournal(NpgsqlDataSource dataSource, ILogger<PostgresTradeJournal> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(logger);
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The record is not a closed trade (<see cref="TradeResultValidation"/>).</exception>
    public async Task RecordTradeAsync(TradeResultRecord trade, CancellationToken cancellationToken = default)
    {
        TradeResultValidation.ThrowIfInvalid(trade);
        trade = TradeResultValidation.Normalise(trade);
        await using (var connection = await _dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // ON CONFLICT DO NOTHING: a concurrent writer of the same key makes this wait for its commit, then insert nothing.
            await using var header = TradeResultRows.InsertHeader(connection, transaction, trade);
            if (await header.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                await using var fills = new NpgsqlBatch(connection, transaction);
                for (var i = 0; i < trade.Fills.Length; i++)
                {
                    fills.BatchCommands.Add(TradeResultRows.InsertFill(trade.PositionKey, i + 1, trade.Fills[i]));
                }

                await fills.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                LogRecorded(_logger, trade.PositionKey, trade.NetPnL, trade.Fills.Length);
                return;
            }
        }

        var existing = await ReadOneAsync(trade.PositionKey, cancellationToken);
        if (existing is null || !TradeRecords.SameTrade(existing, trade))
        {
            throw new InvalidOperationException($"position {trade.PositionKey}: a different trade result is already recorded");
        }

        LogAlreadyRecorded(_logger, trade.PositionKey);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TradeResultRecord>> ReadTradesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        ReadAsync("r.entry_date BETWEEN @from AND @to", [Date("from", from), Date("to", to)], cancellationToken);

    private async Task<TradeResultRecord?> ReadOneAsync(string positionKey, CancellationToken cancellationToken) =>
        (await ReadAsync("r.position_key = @key", [new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = positionKey }], cancellationToken))
        .SingleOrDefault();

    private async Task<IReadOnlyList<TradeResultRecord>> ReadAsync(
        string where, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT {Columns} FROM journal.trade_results r WHERE {where}
            ORDER BY r.entry_date, r.opened_at, r.position_key COLLATE "C";
            SELECT f.position_key, f.client_order_id, f.fill_key, f.side, f.quantity, f.price, f.filled_at, f.exit_reason
            FROM journal.trade_result_fills f JOIN journal.trade_results r USING (position_key) WHERE {where}
            ORDER BY f.position_key, f.ordinal;
            """;
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await TradeResultRows.ReadAsync(reader, cancellationToken);
    }

    private static NpgsqlParameter<DateOnly> Date(string name, DateOnly value) => new(name, NpgsqlDbType.Date) { TypedValue = value };

    [LoggerMessage(EventId = 1160, Level = LogLevel.Information, Message = "Journal: trade result {PositionKey} recorded (net {NetPnL} KRW, {Fills} fills)")]
    private static partial void LogRecorded(ILogger logger, string positionKey, decimal netPnL, int fills);

    [LoggerMessage(EventId = 1161, Level = LogLevel.Debug, Message = "Journal: trade result {PositionKey} was already recorded identically")]
    private static partial void LogAlreadyRecorded(ILogger logger, string positionKey);
}
