using System.Security.Cryptography;
using System.Text;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage.Positions;

/// <summary>
/// <see cref="IPositionJournal"/> on PostgreSQL (<c>journal.positions</c>, <c>journal.exits</c>; 0001 and 0003). The
/// position row's id is derived from the position key (a name-based UUID), so every write of one position hits one row
/// without a lookup; an exit row is identified by its sell order's client id. Instants are written as UTC. The position's
/// entry session must exist in <c>journal.sessions</c> (the session grain journals it before the screen).
/// </summary>
public sealed class PostgresPositionJournal(NpgsqlDataSource dataSource) : IPositionJournal
{
    /// <inheritdoc />
    public async Task SavePositionAsync(PositionRecord position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        const string Sql = """
            INSERT INTO journal.positions AS p (position_id, account_ref, trading_date, code, quantity, average_price, realized_pnl,
                                                state, opened_at, closed_at, updated_at)
            VALUES (@id, @account, @date, @code, @quantity, @average, @pnl, @state, @opened, @closed, @updated)
            ON CONFLICT (position_id) DO UPDATE
                SET quantity = EXCLUDED.quantity, average_price = EXCLUDED.average_price, realized_pnl = EXCLUDED.realized_pnl,
                    state = EXCLUDED.state, closed_at = EXCLUDED.closed_at, updated_at = EXCLUDED.updated_at
                WHERE p.updated_at <= EXCLUDED.updated_at
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = PositionId(position.PositionKey) });
        command.Parameters.Add(Text("account", position.AccountRef));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = position.EntryDate });
        command.Parameters.Add(Text("code", position.Symbol));
        command.Parameters.Add(new NpgsqlParameter<long>("quantity", NpgsqlDbType.Bigint) { TypedValue = position.Quantity });
        command.Parameters.Add(new NpgsqlParameter<decimal>("average", NpgsqlDbType.Numeric) { TypedValue = position.AveragePrice });
        command.Parameters.Add(new NpgsqlParameter<decimal>("pnl", NpgsqlDbType.Numeric) { TypedValue = position.RealizedPnL });
        command.Parameters.Add(Text("state", position.Status.ToString()));
        command.Parameters.Add(Instant("opened", position.OpenedAt));
        command.Parameters.Add(new NpgsqlParameter("closed", NpgsqlDbType.TimestampTz) { Value = position.ClosedAt is { } c ? c.ToUniversalTime() : DBNull.Value });
        command.Parameters.Add(Instant("updated", position.UpdatedAt));
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    /// <inheritdoc />
    public async Task RecordExitAsync(ExitRecord exit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exit);
        const string Sql = """
            INSERT INTO journal.exits (position_id, order_id, decided_at, reason, exit_window, return_ratio, quantity, price, client_order_id)
            VALUES (@id, (SELECT order_id FROM journal.orders WHERE client_order_id = @client), @decided, @reason, @window, @r, @quantity, @price, @client)
            ON CONFLICT (client_order_id) WHERE client_order_id IS NOT NULL DO NOTHING
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = PositionId(exit.PositionKey) });
        command.Parameters.Add(Text("client", exit.ClientOrderId));
        command.Parameters.Add(Instant("decided", exit.DecidedAt));
        command.Parameters.Add(Text("reason", exit.Reason.ToString()));
        command.Parameters.Add(Text("window", exit.Window.ToString()));
        command.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Numeric) { Value = exit.Return is { } r ? r : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<long>("quantity", NpgsqlDbType.Bigint) { TypedValue = exit.Quantity });
        command.Parameters.Add(new NpgsqlParameter("price", NpgsqlDbType.Numeric) { Value = exit.LimitPrice is { } p ? p : DBNull.Value });
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PositionRecord>> ReadPositionsAsync(DateOnly entryDate, CancellationToken cancellationToken = default)
    {
        const string Sql = """
            SELECT account_ref, code, quantity, average_price, realized_pnl, state, opened_at, closed_at, updated_at
            FROM journal.positions WHERE trading_date = @date ORDER BY code
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = entryDate });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PositionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(1);
            list.Add(new PositionRecord(GrainKeys.Position(entryDate, code), reader.GetString(0), entryDate, code, reader.GetInt64(2),
                reader.GetDecimal(3), reader.GetDecimal(4), Enum.Parse<PositionStatus>(reader.GetString(5)), reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExitRecord>> ReadExitsAsync(string positionKey, CancellationToken cancellationToken = default)
    {
        const string Sql = """
            SELECT client_order_id, decided_at, reason, exit_window, return_ratio, quantity, price
            FROM journal.exits WHERE position_id = @id ORDER BY exit_id
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = PositionId(positionKey) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ExitRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ExitRecord(positionKey, reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), Enum.Parse<ExitReason>(reader.GetString(2)),
                Enum.Parse<ExitWindow>(reader.GetString(3)), reader.IsDBNull(4) ? null : reader.GetDecimal(4), reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetDecimal(6)));
        }

        return list;
    }

    /// <summary>The row id of a position: the first 16 bytes of SHA-256 of its key, as a version-8 (custom) UUID.</summary>
    public static Guid PositionId(string positionKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(positionKey);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"KisTrader.Position/{positionKey}")).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<DateTimeOffset> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };
}
