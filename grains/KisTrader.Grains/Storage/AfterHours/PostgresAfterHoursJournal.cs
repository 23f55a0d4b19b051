using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage.AfterHours;

/// <summary>
/// <see cref="IAfterHoursJournal"/> on PostgreSQL (tables of deploy/sql/journal/0001_initial.sql): a checkpoint and its
/// observations in one transaction, inserted once (ON CONFLICT DO NOTHING); watch-list rows upserted. Instants as UTC.
/// </summary>
public sealed class PostgresAfterHoursJournal(NpgsqlDataSource dataSource) : IAfterHoursJournal
{
    public async Task RecordCheckpointAsync(AfterHoursCheckpointRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO journal.after_hours_checkpoints (trading_date, checkpoint, evaluated_at, threshold, next_threshold, buys, note)
            VALUES (@date, @checkpoint, @at, @threshold, @next, @buys, @note)
            ON CONFLICT (trading_date, checkpoint) DO NOTHING
            """, connection, tx))
        {
            AddKey(command, record.TradingDate, record.Checkpoint);
            command.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = record.EvaluatedAt.UtcDateTime });
            command.Parameters.Add(new NpgsqlParameter<decimal>("threshold", NpgsqlDbType.Numeric) { TypedValue = record.Threshold });
            command.Parameters.Add(new NpgsqlParameter<decimal>("next", NpgsqlDbType.Numeric) { TypedValue = record.NextThreshold });
            command.Parameters.Add(new NpgsqlParameter<int>("buys", NpgsqlDbType.Integer) { TypedValue = record.Buys });
            command.Parameters.Add(new NpgsqlParameter<string>("note", NpgsqlDbType.Text) { TypedValue = record.Note });
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        foreach (var o in record.Observations)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO journal.after_hours_observations (trading_date, checkpoint, code, observed_price, price_source, change_ratio, action, note)
                VALUES (@date, @checkpoint, @code, @price, @source, @change, @action, @note)
                """, connection, tx);
            AddKey(command, record.TradingDate, record.Checkpoint);
            command.Parameters.Add(new NpgsqlParameter<string>("code", NpgsqlDbType.Text) { TypedValue = o.Code });
            command.Parameters.Add(new NpgsqlParameter("price", NpgsqlDbType.Numeric) { Value = (object?)o.ObservedPrice ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("source", NpgsqlDbType.Text) { Value = (object?)o.PriceSource ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("change", NpgsqlDbType.Numeric) { Value = (object?)o.ChangeRatio ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<string>("action", NpgsqlDbType.Text) { TypedValue = o.Action });
            command.Parameters.Add(new NpgsqlParameter<string>("note", NpgsqlDbType.Text) { TypedValue = o.Note });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task UpsertWatchListAsync(IReadOnlyList<WatchListRecord> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var r in rows)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO journal.watch_list AS w (trading_date, code, name, role, rank, close, allocated_amount, status, source_run_id, added_at, updated_at)
                VALUES (@date, @code, @name, @role, @rank, @close, @amount, @status, @run, @at, @at)
                ON CONFLICT (trading_date, code) DO UPDATE
                    SET allocated_amount = EXCLUDED.allocated_amount, status = EXCLUDED.status,
                        updated_at = GREATEST(w.updated_at, EXCLUDED.updated_at)
                """, connection, tx);
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = r.TradingDate });
            command.Parameters.Add(new NpgsqlParameter<string>("code", NpgsqlDbType.Text) { TypedValue = r.Code });
            command.Parameters.Add(new NpgsqlParameter<string>("name", NpgsqlDbType.Text) { TypedValue = r.Name });
            command.Parameters.Add(new NpgsqlParameter<string>("role", NpgsqlDbType.Text) { TypedValue = r.Role });
            command.Parameters.Add(new NpgsqlParameter<int>("rank", NpgsqlDbType.Integer) { TypedValue = r.Rank });
            command.Parameters.Add(new NpgsqlParameter<decimal>("close", NpgsqlDbType.Numeric) { TypedValue = r.Close });
            command.Parameters.Add(new NpgsqlParameter<decimal>("amount", NpgsqlDbType.Numeric) { TypedValue = r.AllocatedAmount });
            command.Parameters.Add(new NpgsqlParameter<string>("status", NpgsqlDbType.Text) { TypedValue = r.Status });
            command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Uuid) { Value = (object?)r.SourceRunId ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = r.At.UtcDateTime });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AfterHoursCheckpointRecord>> ReadCheckpointsAsync(DateOnly tradingDate, CancellationToken cancellationToken = default)
    {
        var observations = new Dictionary<TimeOnly, List<AfterHoursObservationRecord>>();
        await using (var command = dataSource.CreateCommand(
            "SELECT checkpoint, code, observed_price, price_source, change_ratio, action, note FROM journal.after_hours_observations WHERE trading_date = @date ORDER BY checkpoint, code"))
        {
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = tradingDate });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var at = reader.GetFieldValue<TimeOnly>(0);
                if (!observations.TryGetValue(at, out var list))
                {
                    observations[at] = list = [];
                }

                list.Add(new AfterHoursObservationRecord(
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetDecimal(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                    reader.GetString(5),
                    reader.GetString(6)));
            }
        }

        var result = new List<AfterHoursCheckpointRecord>();
        await using (var command = dataSource.CreateCommand(
            "SELECT checkpoint, evaluated_at, threshold, next_threshold, buys, note FROM journal.after_hours_checkpoints WHERE trading_date = @date ORDER BY checkpoint"))
        {
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = tradingDate });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var at = reader.GetFieldValue<TimeOnly>(0);
                result.Add(new AfterHoursCheckpointRecord(
                    tradingDate, at, new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero), reader.GetDecimal(2), reader.GetDecimal(3),
                    reader.GetInt32(4), reader.GetString(5), [.. observations.GetValueOrDefault(at) ?? []]));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<WatchListRecord>> ReadWatchListAsync(DateOnly tradingDate, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, name, role, rank, close, allocated_amount, status, source_run_id, updated_at FROM journal.watch_list WHERE trading_date = @date ORDER BY code");
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = tradingDate });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = ImmutableArray.CreateBuilder<WatchListRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new WatchListRecord(
                tradingDate, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetDecimal(4), reader.GetDecimal(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetGuid(7), new DateTimeOffset(reader.GetFieldValue<DateTime>(8), TimeSpan.Zero)));
        }

        return rows.ToImmutable();
    }

    private static void AddKey(NpgsqlCommand command, DateOnly date, TimeOnly checkpoint)
    {
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = date });
        command.Parameters.Add(new NpgsqlParameter<TimeOnly>("checkpoint", NpgsqlDbType.Time) { TypedValue = checkpoint });
    }
}
