using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

/// <summary><see cref="IRiskAlertJournal"/> on the journal's <c>alerts</c> table (migration 0001; instants as UTC).</summary>
public sealed class PostgresRiskAlertJournal(NpgsqlDataSource dataSource) : IRiskAlertJournal
{
    /// <inheritdoc />
    public async Task RaiseAsync(RiskAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        const string Sql = """
            INSERT INTO journal.alerts (raised_at, severity, category, trading_date, code, message)
            VALUES (@at, @severity, @category, @date, @code, @message)
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = alert.RaisedAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<string>("severity", NpgsqlDbType.Text) { TypedValue = alert.Severity });
        command.Parameters.Add(new NpgsqlParameter<string>("category", NpgsqlDbType.Text) { TypedValue = alert.Category });
        command.Parameters.Add(new NpgsqlParameter("date", NpgsqlDbType.Date) { Value = alert.TradingDate is { } d ? d : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)alert.Code ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("message", NpgsqlDbType.Text) { TypedValue = alert.Message });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RiskAlert>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        const string Sql = """
            SELECT raised_at, severity, category, trading_date, code, message FROM journal.alerts
            WHERE raised_at >= @since ORDER BY raised_at, alert_id
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("since", NpgsqlDbType.TimestampTz) { TypedValue = since.UtcDateTime });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<RiskAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new RiskAlert(
                new DateTimeOffset(reader.GetFieldValue<DateTime>(0), TimeSpan.Zero),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5)));
        }

        return alerts;
    }
}
